#!/usr/bin/env bash
# Shows the presentation on two real screens, as a teacher with a laptop and a projector has them:
# the built jar under a window manager (openbox) on a virtual X display with two monitors side by
# side, the slides full screen on one and the presenter view on the other. Starts the presentation
# with F5 and "reveal" on, steps with the keys a clicker sends, and takes a picture of both
# screens at each stage.
#
# Xvfb and Xephyr cannot make two monitors that GTK (and so JavaFX) sees: GTK reads RandR 1.5
# monitors, which need one output each, and those servers have one. TigerVNC's X server makes an
# output per screen a VNC viewer asks for, so a few lines of Python ask it for two, as a
# multi-monitor viewer would (RFB SetDesktopSize over the server's unix socket; nothing listens on
# the network).
#
# Needs (Debian package names): tigervnc-standalone-server, openbox, xdotool, imagemagick,
# x11-xserver-utils, python3, libgtk-3-0, fonts-dejavu-core.
# Usage: docs/screenshots/two-screens.sh [--no-build] [WIDTHxHEIGHT] [OUT_DIR]
#   each screen WIDTHxHEIGHT (default 1280x720); a picture of each stage goes to OUT_DIR (default
#   /tmp/parley-two-screens), and the README's one (quotation held back) to docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  ./mvnw -B -q -ntp -DskipTests package
fi
size=${1:-1280x720}
out=${2:-${TMPDIR:-/tmp}/parley-two-screens}
mkdir -p "$out"
w=${size%x*}
h=${size#*x}
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

display=90
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
export DISPLAY=:$display
Xtigervnc ":$display" -geometry "$((2 * w))x$h" -depth 24 -SecurityTypes None -rfbport -1 \
  -rfbunixpath "$work/vnc.sock" >"$work/x.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [[ -S "$work/vnc.sock" ]] && xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done

# Two screens side by side, as a viewer with two monitors asks for them.
python3 - "$work/vnc.sock" "$w" "$h" <<'EOF'
import socket, struct, sys
path, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
s = socket.socket(socket.AF_UNIX)
s.connect(path)
def recv(n):
    data = b''
    while len(data) < n:
        chunk = s.recv(n - len(data))
        if not chunk:
            raise SystemExit('the VNC server closed the connection')
        data += chunk
    return data
recv(12)
s.sendall(b'RFB 003.008\n')
recv(recv(1)[0])
s.sendall(bytes([1]))                            # security: none
if struct.unpack('>I', recv(4))[0] != 0:
    raise SystemExit('the VNC server refused the connection')
s.sendall(bytes([1]))                            # ClientInit, shared
recv(20)
recv(struct.unpack('>I', recv(4))[0])            # ServerInit: size, pixel format, name
s.sendall(struct.pack('>BxHi', 2, 1, -308))      # SetEncodings: ExtendedDesktopSize
screen = lambda sid, x: struct.pack('>IHHHHI', sid, x, 0, w, h, 0)
s.sendall(struct.pack('>BxHHBx', 251, 2 * w, h, 2) + screen(1, 0) + screen(2, w))  # SetDesktopSize
s.settimeout(2)
try:
    s.recv(64)
except socket.timeout:
    pass
EOF
monitors=$(xrandr --listmonitors | head -1)
echo "$monitors"
[[ $monitors == "Monitors: 2" ]] || { echo "the X server did not make two monitors" >&2; exit 1; }

openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1
home="$work/home"
mkdir -p "$home"
XDG_DATA_HOME="$home/data" java \
  -jar target/parley.jar --db "$home/parley.db" >"$home/app.log" 2>&1 &
app=$!
pids+=($app)
for _ in $(seq 120); do
  grep -q "First frame with data" "$home/data/parley/parley.log" 2>/dev/null && break
  sleep 1
done
main=$(timeout 60 xdotool search --sync --name "^Parley — " | head -1)
xdotool windowactivate --sync "$main" >/dev/null 2>&1 || true
sleep 2

# Real key presses (XTEST) into the focused window: F5, "reveal", "All events" (Alt+A).
xdotool key F5
dialog=$(timeout 60 xdotool search --sync --name "^Present$" | head -1)
xdotool windowactivate --sync "$dialog" >/dev/null 2>&1 || true
sleep 1.5
# The focus starts on "All events"; two steps back (past "Handout…") is the reveal box.
xdotool key shift+Tab
sleep 0.3
xdotool key shift+Tab
sleep 0.3
xdotool key space
sleep 1
import -window root "$out/two-screens-$size-0-dialog.png"
echo "$out/two-screens-$size-0-dialog.png: the Present dialog, reveal ticked"
xdotool key alt+a
slides=$(timeout 60 xdotool search --sync --name "^Parley — presentation$" | head -1)
presenter=$(timeout 60 xdotool search --sync --name "^Parley — presenter view$" | head -1)
[[ -n $slides && -n $presenter ]] || { echo "no presentation on two screens (see $out/two-screens-$size-0-dialog.png)" >&2; exit 1; }
sleep 3

where() { # where WINDOW: its position and size
  xwininfo -id "$1" | awk '/Absolute upper-left X/{x=$NF} /Absolute upper-left Y/{y=$NF} /Width/{w=$NF} /Height/{h=$NF}
    END {print w "x" h "+" x "+" y}'
}
shoot() { # shoot NAME: both screens, with where each window is
  import -window root "$out/two-screens-$size-$1.png"
  echo "$out/two-screens-$size-$1.png: slides $(where "$slides"), presenter $(where "$presenter"), focus: $(xdotool getactivewindow getwindowname)"
}
shoot 1-start
# To Ryabkov's warning (step 4): "3" Enter jumps to step 3, Right goes on. Its quotation waits.
xdotool key 3 Return
sleep 1.5
xdotool key Right
sleep 1.5
shoot 2-quote-held
# The teacher's own window has the focus now: a clicker's PageDown still drives the slides.
xdotool windowactivate --sync "$presenter" >/dev/null 2>&1 || true
sleep 0.5
xdotool key Next
sleep 1.5
shoot 3-quote-shown
xdotool key Next
sleep 1.5
shoot 4-next-step
cp "$out/two-screens-$size-2-quote-held.png" "docs/screenshots/two-screens-$size.png"
echo "docs/screenshots/two-screens-$size.png"
kill "$app"
wait "$app" 2>/dev/null || true
