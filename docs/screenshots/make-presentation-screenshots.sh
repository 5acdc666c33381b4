#!/usr/bin/env bash
# Remakes the README's screenshots of the presentation: the built jar under openbox on a virtual
# X display, started as a teacher starts it (F5, Enter), then a step chosen by number (the slides
# take a step's number followed by Enter), at a projector's 1280×720 and at 1920×1080.
#
# Needs (Debian package names): xvfb, openbox, xdotool, imagemagick, libgtk-3-0, fonts-dejavu-core.
# Usage: docs/screenshots/make-presentation-screenshots.sh [--no-build] [STEP]   (default step 13)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  ./mvnw -B -q -ntp -DskipTests package
fi
step=${1:-13}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # shoot WIDTHxHEIGHT
  local size=$1 home="$work/$1"
  mkdir -p "$home"
  XDG_DATA_HOME="$home/data" xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    home=$1; step=$2; png=$3
    source docs/screenshots/start-parley.sh
    start_parley "$home"
    xdotool key F5; sleep 2; xdotool key Return; sleep 3
    for c in $(echo "$step" | grep -o .); do xdotool key "$c"; done
    xdotool key Return; sleep 2
    import -window root "$png"
    kill "$app"; wait "$app" 2>/dev/null || true
  ' _ "$home" "$step" "$out/present-$size.png"
  echo "$out/present-$size.png"
}

shoot 1280x720
shoot 1920x1080
