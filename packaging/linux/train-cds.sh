#!/usr/bin/env bash
# Makes the packaged runtime's class-data-sharing archive from a training run of the app itself:
# the window opens on a virtual display, loads the bundled week, logs its first frame and quits
# (--measure-startup). The classes it loaded from the runtime (the JDK and JavaFX) are
# then dumped into the runtime's default archive, lib/server/classes.jsa, which every start maps.
# Usage: train-cds.sh APP_IMAGE WORK_DIR
set -euo pipefail
image=$1
work=$2
runtime="$image/lib/runtime"
launcher="$image/bin/Parley"
list="$work/classes.lst"
scratch="$work/training"
mkdir -p "$scratch/data"

if ! command -v xvfb-run >/dev/null; then
  echo "xvfb-run not found: no display for the training run" >&2
  exit 1
fi

env XDG_DATA_HOME="$scratch/data" \
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Djava.util.prefs.userRoot=$scratch/prefs" \
  timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --db "$scratch/training.db" --measure-startup 2>&1 \
  | grep -i "first frame" || true
[ -s "$list" ] || { echo "the training run recorded no classes" >&2; exit 1; }

# Only the runtime's own classes: archived app jars would pin the build folder's paths.
"$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" \
  -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" -Xlog:cds=off -Xlog:cds+map=off >/dev/null
echo "CDS archive: $(du -h "$runtime/lib/server/classes.jsa" | cut -f1), from $(wc -l < "$list") classes loaded in training"
