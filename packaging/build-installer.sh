#!/usr/bin/env bash
# Builds Parley's installer for the system it runs on, with a Java runtime of its own:
#   Linux: .deb   macOS: .dmg   Windows (Git Bash): .msi
# Called by `./mvnw -B -DskipTests -Pinstaller package` after parley.jar and target/lib/ exist.
# Usage: packaging/build-installer.sh TARGET_DIR VERSION
set -euo pipefail

target=$(cd "${1:-target}" && pwd)
version=${2:-0.1.0}
here=$(cd "$(dirname "$0")" && pwd)
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
# The package's runtime may come from a newer JDK than the one that built the jar: Parley is Java 17
# code, and a JDK 25 runtime starts it faster from an ahead-of-time cache (decision 0099).
java_home=${PARLEY_RUNTIME_JDK:-$java_home}
jlink="$java_home/bin/jlink"
jpackage="$java_home/bin/jpackage"
# JDK 25 and later: an AOT cache (JEP 483, 514, 515) instead of the app's CDS layer.
aot=no
"$java_home/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput ' && aot=yes

arch=$(uname -m)
case "$(uname -s)" in
  Linux*)  platform=linux; [ "$arch" = aarch64 ] && platform=linux-aarch64; type=deb ;;
  Darwin*) platform=mac;   [ "$arch" = arm64 ] && platform=mac-aarch64;     type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) platform=win; type=msi ;;
  *) echo "No installer type for $(uname -s)" >&2; exit 1 ;;
esac

out="$target/installer"
work="$out/work"
rm -rf "$out"
mkdir -p "$work/input"

# The app's jars; JavaFX goes into the runtime instead, as named modules.
cp "$target/parley.jar" "$target"/lib/*.jar "$work/input/"
javafx="$target/lib/javafx/$platform"

# ControlsFX reaches into JavaFX internals. On the class path it may; with JavaFX as named modules
# the launcher opens every JavaFX package to the class path, as the plain jar's launcher does.
opens=()
for jar in "$javafx"/*.jar; do
  module=$(unzip -p "$jar" module-info.class >/dev/null 2>&1 && "$java_home/bin/jar" --describe-module --file "$jar" \
    | head -1 | sed 's/@.*//')
  while read -r pkg; do
    opens+=("--add-opens=$module/$pkg=ALL-UNNAMED")
  done < <(unzip -Z1 "$jar" | grep '\.class$' | grep -v '^META-INF/\|module-info' | sed 's#/[^/]*$##' | sort -u | tr / .)
done

echo "Linking the runtime ($platform)"
"$jlink" --module-path "$javafx" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.sql,java.xml,jdk.unsupported,jdk.unsupported.desktop,jdk.charsets,jdk.zipfs,javafx.controls,javafx.swing \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$work/runtime"

# JavaFX's native libraries sit inside its jars; put them where the runtime loads its own, so the
# app does not unpack them into the user's home folder on its first start.
for jar in "$javafx"/*.jar; do
  case "$platform" in
    win) unzip -q -o -j "$jar" '*.dll' -d "$work/runtime/bin" 2>/dev/null || true ;;
    *)   unzip -q -o -j "$jar" '*.so' '*.dylib' -d "$work/runtime/lib" 2>/dev/null || true ;;
  esac
done

# SQLite's native library sits inside sqlite-jdbc's jar too, and the driver would copy it to a new
# file in the temporary folder and compare it byte by byte on every start (0.3–0.45 s of a cold
# start here). Put it beside JavaFX's and point the driver at it (decision 0089).
sqlite_jar=$(ls "$target"/lib/sqlite-jdbc-*.jar)
case "$platform" in
  linux)         sqlite_lib=Linux/x86_64/libsqlitejdbc.so;    sqlite_dir=lib ;;
  linux-aarch64) sqlite_lib=Linux/aarch64/libsqlitejdbc.so;   sqlite_dir=lib ;;
  mac)           sqlite_lib=Mac/x86_64/libsqlitejdbc.dylib;   sqlite_dir=lib ;;
  mac-aarch64)   sqlite_lib=Mac/aarch64/libsqlitejdbc.dylib;  sqlite_dir=lib ;;
  win)           sqlite_lib=Windows/x86_64/sqlitejdbc.dll;    sqlite_dir=bin ;;
esac
unzip -q -o -j "$sqlite_jar" "org/sqlite/native/$sqlite_lib" -d "$work/runtime/$sqlite_dir"

java_options=("${opens[@]}")
if [ "$aot" = yes ]; then
  # JDK 24 and later warn on stderr, on every start, about JavaFX's and SQLite's native libraries
  # and Marlin's off-heap arrays unless the launcher allows them.
  java_options+=("--enable-native-access=javafx.graphics,ALL-UNNAMED" "--sun-misc-unsafe-memory-access=allow")
fi
java_options+=("-Dorg.sqlite.lib.path=\$APPDIR/../runtime/$sqlite_dir" "-Dorg.sqlite.lib.name=${sqlite_lib##*/}")
# C2, the optimising compiler, starts on a method ten times later than by default. In the first
# seconds its compilations took the second core from building the window: 0.3 s of the 1.6–1.9 s
# to the week's first frame here. Code that stays hot (painting, layouts) is still optimised within
# seconds of use (decision 0090).
java_options+=("-XX:Tier4InvocationThreshold=50000" "-XX:Tier4MinInvocationThreshold=6000"
               "-XX:Tier4CompileThreshold=150000" "-XX:Tier4BackEdgeThreshold=400000")
# Linux: two class-data-sharing layers (packaging/linux/train-cds.sh). The runtime's own archive
# (the JDK and JavaFX) holds wherever the package is unpacked; the app's layer on top holds only at
# the path the package installs to, and is skipped without a word anywhere else (or when missing).
# With a JDK 25 runtime the app's layer is an AOT cache instead, valid on the same terms: classes
# loaded and linked, and the training run's method profiles, so the compilers start informed.
install_dir=/opt/parley
if [ "$type" = deb ] && [ "$aot" = yes ]; then
  java_options+=("-XX:AOTCache=\$APPDIR/parley.aot" "-Xlog:cds=off" "-Xlog:aot=off")
elif [ "$type" = deb ]; then
  java_options+=("-XX:SharedArchiveFile=\$APPDIR/../runtime/lib/server/classes.jsa:\$APPDIR/parley.jsa"
                 "-Xlog:cds=off" "-Xlog:cds+dynamic=off")
fi
icon="$here/icons/parley.png"
[ "$type" = msi ] && icon="$here/icons/parley.ico"
if [ "$type" = dmg ]; then
  # macOS wants .icns; its own tools make one from the PNG.
  set_dir="$work/parley.iconset"
  mkdir -p "$set_dir"
  for s in 16 32 128 256; do sips -z $s $s "$icon" --out "$set_dir/icon_${s}x${s}.png" >/dev/null; done
  iconutil -c icns "$set_dir" -o "$work/parley.icns"
  icon="$work/parley.icns"
fi

common=(--name Parley --app-version "$version" --vendor "Parley"
  --description "Timeline, actors and map of the US–NATO–Russia talks of January 2022")

extra_launchers=()
[ "$type" = msi ] && extra_launchers=(--add-launcher "ParleyCLI=$here/windows/ParleyCLI.properties")

echo "Building the app image"
jopts=()
for o in "${java_options[@]}"; do jopts+=(--java-options "$o"); done
"$jpackage" --type app-image "${common[@]}" \
  --input "$work/input" --main-jar parley.jar --main-class org.parley.launch.Launcher \
  --runtime-image "$work/runtime" --icon "$icon" "${jopts[@]}" "${extra_launchers[@]}" \
  --dest "$work/image"

case "$type" in
  dmg) image="$work/image/Parley.app" ;;
  *)   image="$work/image/Parley" ;;
esac

# Class-data sharing: a training run that opens the window with the week and quits records the
# classes start-up loads; they become the runtime's default CDS archive, which every start maps in
# instead of parsing the classes again. Paths inside the runtime are relative, so the archive
# stays valid wherever the package installs. Needs a display: Xvfb on a headless Linux.
if [ "$type" = deb ]; then
  "$here/linux/train-cds.sh" "$image" "$work" "$install_dir" || echo "CDS training skipped: start-up will be slower" >&2
fi

# The app's CDS layer records each jar's modification time, and jpackage's copy into the .deb gives
# them new ones: put the image's times back into the package, or the layer would never be used.
restore_jar_times() {
  [ -s "$image/lib/app/parley.jsa" ] || [ -s "$image/lib/app/parley.aot" ] || return 0
  local deb tree root=()
  deb=$(ls "$out"/*.deb)
  tree="$work/deb-tree"
  rm -rf "$tree"
  dpkg-deb -R "$deb" "$tree"
  for jar in "$image"/lib/app/*.jar; do
    touch -r "$jar" "$tree$install_dir/lib/app/$(basename "$jar")"
  done
  [ "$(id -u)" -eq 0 ] || root=(fakeroot)
  "${root[@]}" dpkg-deb -b "$tree" "$deb" >/dev/null
  rm -rf "$tree"
}

echo "Packaging .$type"
case "$type" in
  deb)
    "$jpackage" --type deb "${common[@]}" --app-image "$image" --dest "$out" \
      --resource-dir "$here/linux/deb" \
      --icon "$icon" --linux-package-name parley --linux-app-release 1 --linux-app-category Education \
      --linux-deb-maintainer dev@parley.invalid \
      --linux-menu-group "Education;Science;" --linux-shortcut
    restore_jar_times ;;
  dmg)
    "$jpackage" --type dmg "${common[@]}" --app-image "$image" --dest "$out" \
      --mac-package-name Parley --mac-package-identifier org.parley ;;
  msi)
    "$jpackage" --type msi "${common[@]}" --app-image "$image" --dest "$out" \
      --win-menu --win-menu-group Parley --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6f1c2b5e-8e0a-4f6e-9a53-2a8f4f7e0c11 ;;
esac
ls -l "$out"
