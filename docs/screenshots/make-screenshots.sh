#!/usr/bin/env bash
# Remakes the README's screenshots of the real application window: the built jar, started as a
# user starts it, under a real window manager (openbox) on a virtual X display, at three screen
# sizes and in both themes. The window must fill the screen on its own: nothing here sizes it.
#
# Needs (Debian package names): xvfb, openbox, xdotool, imagemagick, libgtk-3-0, fonts-dejavu-core.
# Usage: docs/screenshots/make-screenshots.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -q -ntp -DskipTests package
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # shoot WIDTHxHEIGHT light|dark
  local size=$1 theme=$2 name="main-$1-$2"
  # A fresh data folder, database and preferences each time: a first start, as a new user sees it.
  local home="$work/$name"
  mkdir -p "$home"
  XDG_DATA_HOME="$home/data" xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    home=$1; theme=$2; png=$3
    source docs/screenshots/start-parley.sh
    start_parley "$home"
    # Real key presses (XTEST) into the focused window: JavaFX ignores synthetic X events.
    # Alt+→ steps through the week in narrative order, from the first event in view (the dinner in
    # Geneva) to the NATO–Russia meeting in Brussels.
    for _ in $(seq 7); do xdotool key alt+Right; sleep 0.15; done
    if [[ $theme == dark ]]; then xdotool key ctrl+d; fi
    sleep 4
    xwininfo -id "$win" | grep -E "Width|Height" | tr -s " " | tr "\n" " " >"$home/geometry"
    import -window root "$png"
    kill "$app"
    wait "$app" 2>/dev/null || true
    kill %1 2>/dev/null || true  # openbox
  ' _ "$home" "$theme" "$out/$name.png"
  echo "$out/$name.png: window $(cat "$home/geometry")"
}

for size in 1280x720 1366x768 1920x1080; do
  for theme in light dark; do
    shoot "$size" "$theme"
  done
done
# A 4K screen at scale 1 (Xvfb reports no HiDPI): the layout's upper end.
shoot 3840x2160 light
