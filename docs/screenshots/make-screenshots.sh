#!/usr/bin/env bash
# Remakes the README's screenshots from the real main window, on a virtual X display.
# Needs: xvfb (xvfb-run), libgtk-3-0 and fonts-dejavu-core (Debian package names).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  java -cp "$cp" -Djava.util.prefs.userRoot=target/java-prefs -Dparley.prefs.node=org/parley/screenshots -Dprism.order=sw \
  org.parley.ui.tools.Screenshots docs/screenshots
echo "Wrote docs/screenshots/main-light.png, main-dark.png, source-reader.png"
