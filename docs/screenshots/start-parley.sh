# Sourced by the screenshot scripts, inside their virtual X display: starts openbox and the built
# jar as a user starts it, waits for its first frame with data, and gives the window the focus.
# Sets $app (the app's process) and $win (its X window). The data folder is $XDG_DATA_HOME's.
#   start_parley HOME   (HOME: a folder for the database and the app's output)
start_parley() {
  local home=$1
  openbox >/dev/null 2>&1 &
  sleep 1
  java -jar target/parley.jar --db "$home/parley.db" >"$home/app.log" 2>&1 &
  app=$!
  for _ in $(seq 120); do
    grep -q "First frame with data" "$XDG_DATA_HOME/parley/parley.log" 2>/dev/null && break
    sleep 1
  done
  win=$(xdotool search --sync --name "^Parley — " | head -1)
  xdotool windowactivate --sync "$win" >/dev/null 2>&1 || true
  sleep 2
}
