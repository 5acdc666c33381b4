#!/bin/sh
# Regenerates the example images in this folder with the command line, headless.
# Run from the project root after `./mvnw package -DskipTests`.
set -eu
cd "$(dirname "$0")/../.."
out=docs/examples
tmp=$(mktemp -d)
db=$tmp/examples.db
parley() { java -Djava.awt.headless=true -jar target/parley.jar "$@"; }

parley import --db "$db"
parley export-image --db "$db" --view timeline --format png --scale 1 --theme light \
    --from 2022-01-09 --to 2022-01-14 --out "$out/week-timeline.png"
parley export-image --db "$db" --view timeline --format svg --scale 1 --theme light \
    --from 2022-01-09 --to 2022-01-14 --out "$out/week-timeline.svg"
# The week rather than 1990–2022: the whole range leaves the week a sliver at the right edge.
parley export-image --db "$db" --view dashboard --format png --scale 1 --theme light \
    --from 2022-01-09 --to 2022-01-14 --out "$out/dashboard.png"
rm -rf "$tmp"
