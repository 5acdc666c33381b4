#!/usr/bin/env bash
# Draws the same generated data at 1,000 / 10,000 / 100,000 events with vis-timeline (headless
# Chromium, 1920×1080) and with Parley (--measure-startup), and writes docs/benchmarks.md.
# Not part of the build. Needs: a JDK, Node.js ≥ 18 with npm, Debian's `chromium`, and xvfb-run
# when there is no display. Downloads vis-timeline, vis-data and puppeteer-core (no browser) into
# bench/compare/node_modules, which git ignores.
#
#   bench/compare/run.sh              # 3 measured runs per figure after one warm-up
#   RUNS=5 SIZES="1000 10000" bench/compare/run.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=${RUNS:-3}
sizes=${SIZES:-"1000 10000 100000"}
jar=${PARLEY_JAR:-"$repo/target/parley.jar"}   # PARLEY_JAR: another build of the app, e.g. a copy
out="$repo/docs/benchmarks.md"

if [ -z "${DISPLAY:-}" ]; then
    # Parley needs a screen for its first frame; one virtual screen serves every run.
    PARLEY_COMPARE_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
command -v chromium >/dev/null || { echo "run.sh: needs Debian's chromium (apt-get install chromium)" >&2; exit 1; }
command -v node >/dev/null || { echo "run.sh: needs Node.js 18 or newer with npm" >&2; exit 1; }
if [ ! -f "$jar" ]; then
    (cd "$repo" && ./mvnw -B -q -ntp package -DskipTests)
fi
if [ ! -d "$here/node_modules/vis-timeline" ] || [ ! -d "$here/node_modules/puppeteer-core" ]; then
    (cd "$here" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi

work="$here/work"
rm -rf "$work"
mkdir -p "$work"
export XDG_DATA_HOME="$work/xdg"   # Parley's log and preferences stay out of your own folder
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

rows=""
for n in $sizes; do
    echo "== $n events" >&2
    java -jar "$jar" generate --events "$n" --out "$work/data-$n" >/dev/null
    node "$here/to-items.mjs" "$work/data-$n/dataset.json" "$work/items.js" >&2
    vis_line=$(cd "$here" && node measure.mjs "$runs")
    vis_ms=${vis_line%% ms*}
    echo "vis-timeline: $vis_line" >&2

    java -jar "$jar" import --db "$work/parley-$n.db" "$work/data-$n" >/dev/null
    java -jar "$jar" --db "$work/parley-$n.db" --measure-startup >/dev/null 2>&1   # warm-up
    parley_all=""
    for ((i = 0; i < runs; i++)); do
        ms=$(java -jar "$jar" --db "$work/parley-$n.db" --measure-startup 2>/dev/null | grep -Eo '[0-9]+ ms$' | tail -1)
        parley_all="$parley_all ${ms% ms}"
    done
    parley_ms=$(printf '%s\n' $parley_all | median)
    echo "Parley: $parley_ms ms median of $runs:$parley_all" >&2
    ratio=$(awk -v v="$vis_ms" -v p="$parley_ms" 'BEGIN { printf "%.1f×", v / p }')
    rows="$rows| $(echo "$n" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta') | $vis_ms ms (${vis_line#*: }) | $parley_ms ms ($(echo $parley_all | tr ' ' ',' | sed 's/,/, /g')) | $ratio |"$'\n'
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //' || echo "unknown")
# Sections measured by other means (the CLI paths) follow a marker and are kept as they are.
kept=$(sed -n '/^<!-- kept by bench\/compare\/run.sh -->$/,$p' "$out" 2>/dev/null || true)
cat > "$out" <<MD
# Benchmarks: Parley and vis-timeline on the same data

Made by \`bench/compare/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Each figure is the median of $runs runs after
one warm-up (the runs themselves are listed in brackets). The data is \`parley generate --events N\` (1,000 actors, 500 places, seed 42: events
over 2000–2024 in bursts, mostly day-long, some with clock times, a few months and years). vis-timeline
gets the same events as items, one group per track (Parley's lanes), in a 1920×1080 page.

- **vis-timeline** $(node -p "require('$here/node_modules/vis-timeline/package.json').version") in headless $(chromium --version 2>/dev/null | head -1):
  from navigation start to the first painted frame after the timeline's first redraw (the
  items are in the page as a script, so parsing them counts).
- **Parley** (\`java -jar target/parley.jar --db FILE --measure-startup\`, the data imported beforehand):
  from JVM start to the first frame with data, under $( [ -n "${PARLEY_COMPARE_XVFB:-}" ] && echo "xvfb (1920×1080)" || echo "the display \`$DISPLAY\`").
  Above 5,000 events that frame draws the events around the focus, read first while the rest is read
  (decision 0100): like vis-timeline's first view, what the screen shows, not every event in memory.
  The jar runs without the installed package's class-data sharing; the package is faster (the sections
  below).

The ratio is vis-timeline's time over Parley's: above 1× Parley is faster.

| events | vis-timeline, first view | Parley, first frame with data | ratio |
|---:|---:|---:|---:|
$rows
Machine: $(nproc) cores, $cpu, $(uname -sr), $(java -version 2>&1 | head -1), Node.js $(node --version).
Load average (1, 5, 15 min) before: $load_before; after: $load_after. The machine is shared: a
high load makes both columns slower, Parley's start (a JVM and a toolkit) more than a warm browser's.
MD
if [ -n "$kept" ]; then
    printf '\n%s\n' "$kept" >> "$out"
fi
echo "Wrote $out" >&2
