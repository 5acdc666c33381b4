#!/usr/bin/env bash
# Makes the packaged app's class-data-sharing archives from training runs of the app itself: it
# imports a generated dataset into a scratch database (--training-import), then the window opens on
# a virtual display, loads the bundled week, and quits after its first frame with data
# (--measure-startup).
#  1. The runtime's default archive, lib/server/classes.jsa: the classes the first run loaded from
#     the runtime (the JDK and JavaFX). Paths inside the runtime are relative, so it holds wherever
#     the package is unpacked.
#  2. The app's layer on top of it, lib/app/parley.jsa: Parley's classes and its libraries' (with a
#     JDK 25 runtime, an AOT cache lib/app/parley.aot in its place, holding all of them). JDK 17
#     checks archived class-path entries by their full path, so this layer is made with the image
#     mounted where the package installs (INSTALL_DIR, in a private mount namespace: nothing
#     outside this script sees it); anywhere else the JVM skips the layer and keeps the first.
# Usage: train-cds.sh APP_IMAGE WORK_DIR [INSTALL_DIR]
set -euo pipefail
image=$(cd "$1" && pwd)
work=$2
install_dir=${3:-/opt/parley}
runtime="$image/lib/runtime"
launcher="$image/bin/Parley"
list="$work/classes.lst"
scratch="$work/training"
mkdir -p "$scratch/data"
scratch=$(cd "$scratch" && pwd)

if ! command -v xvfb-run >/dev/null; then
  echo "xvfb-run not found: no display for the training run" >&2
  exit 1
fi

cfg="$image/lib/app/Parley.cfg"
# With a JDK 25 runtime the AOT cache holds the runtime's classes as well, and a JVM given one uses
# no other archive: the runtime keeps only jlink's default archive, and step 1 is skipped.
if grep -q '^java-options=-XX:AOTCache=' "$cfg"; then
  layer=parley.aot
else
  layer=parley.jsa
fi

# The training run imports a generated dataset before its window opens, so that the cache holds the import's
# classes and the profiles of its hot code too (decision 0157): trained on the start alone, a user's first import
# ran its reader and writer interpreted until the JIT caught up. 20,000 events are enough for that.
training_data="$scratch/generated"
rm -rf "$training_data"
env XDG_DATA_HOME="$scratch/data" "$launcher" generate --events 20000 --actors 1000 --places 500 \
  --out "$training_data" >/dev/null
said="first frame|^Imported|training import"

if [ "$layer" = parley.jsa ]; then
  env XDG_DATA_HOME="$scratch/data" \
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dprism.order=es2,sw" \
    timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --training-import "$training_data" \
    --db "$scratch/training.db" --measure-startup 2>&1 | grep -iE "$said" || true
  [ -s "$list" ] || { echo "the training run recorded no classes" >&2; exit 1; }

  # Only the runtime's own classes: archived app jars would pin the build folder's paths.
  "$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" \
    -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off >/dev/null
  echo "CDS archive: $(du -h "$runtime/lib/server/classes.jsa" | cut -f1), from $(wc -l < "$list") classes loaded in training"
fi

# The app's layer: the launcher's own options name the archive to use, which a dumping JVM refuses,
# so for this one run its configuration asks for the dump instead (and is put back afterwards).
# JDK 17: a dynamic CDS layer, parley.jsa. JDK 25: an AOT cache, parley.aot (decision 0099).
cp "$cfg" "$work/Parley.cfg.orig"
trap 'cp "$work/Parley.cfg.orig" "$cfg"' EXIT
if [ "$layer" = parley.aot ]; then
  sed -i "s#^java-options=-XX:AOTCache=.*#java-options=-XX:AOTCacheOutput=\$APPDIR/parley.aot#" "$cfg"
else
  sed -i "s#^java-options=-XX:SharedArchiveFile=.*#java-options=-XX:SharedArchiveFile=\$APPDIR/../runtime/lib/server/classes.jsa\njava-options=-XX:ArchiveClassesAtExit=\$APPDIR/parley.jsa#" "$cfg"
  grep -q ArchiveClassesAtExit "$cfg" || { echo "the launcher does not name the CDS archives: no app layer" >&2; exit 0; }
fi
rm -f "$image/lib/app/$layer"
# As root a mount namespace is enough; otherwise a user namespace brings one (most Linux systems allow it).
ns=(unshare -m --propagation private)
[ "$(id -u)" -eq 0 ] || ns=(unshare -r -m --propagation private)
if ! "${ns[@]}" true 2>/dev/null; then
  echo "no private mount namespace here: the package starts without the app's CDS layer" >&2
  exit 0
fi
parent=$(dirname "$install_dir")
"${ns[@]}" env IMAGE="$image" INSTALL_DIR="$install_dir" PARENT="$parent" SCRATCH="$scratch" \
  TRAINING_DATA="$training_data" SAID="$said" bash -c '
  set -euo pipefail
  mount -t tmpfs none "$PARENT"
  mkdir -p "$INSTALL_DIR"
  mount --bind "$IMAGE" "$INSTALL_DIR"
  # OpenGL tried first, as on a desktop with a GPU, so its classes are in the cache too; the app skips
  # the attempt only where no GPU device is there (RenderingPipeline, decision 0109).
  env XDG_DATA_HOME="$SCRATCH/data" JAVA_TOOL_OPTIONS="-Dprism.order=es2,sw" \
    timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" "$INSTALL_DIR/bin/Parley" \
    --training-import "$TRAINING_DATA" --db "$SCRATCH/training.db" --measure-startup 2>&1 | grep -iE "$SAID" || true
' || echo "the app's CDS layer could not be made: the package starts without it" >&2
if [ -s "$image/lib/app/$layer" ]; then
  echo "App layer $layer: $(du -h "$image/lib/app/$layer" | cut -f1), valid when installed in $install_dir"
fi
