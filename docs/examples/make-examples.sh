#!/bin/sh
# Regenerates the examples in this folder with the command line, headless.
# Run from the project root after `./mvnw package -DskipTests`.
set -eu
cd "$(dirname "$0")/../.."
out=docs/examples
tmp=$(mktemp -d)
db=$tmp/examples.db
parley() { java -Djava.awt.headless=true -jar target/parley.jar "$@"; }

parley import --db "$db"
# No range: the dataset's focus period, 9–13 January 2022 for the bundled week.
parley export-image --db "$db" --view timeline --format png --scale 1 --theme light --force --out "$out/week-timeline.png"
parley export-image --db "$db" --view timeline --format svg --scale 1 --theme light --force --out "$out/week-timeline.svg"
parley export-image --db "$db" --view dashboard --format png --scale 1 --theme light --force --out "$out/dashboard.png"
parley export-image --db "$db" --view dashboard --format pdf --paper a4 --theme print --force --out "$out/dashboard-a4.pdf"
parley export-image --db "$db" --view actors --format png --scale 1 --theme light --force --out "$out/actors.png"
parley export-data --db "$db" --format html --force --out "$out/week.html"
parley handout --db "$db" --out "$tmp/handout.pdf"
# The handout's first two pages as pictures, for the README.
pdftoppm -png -r 40 -f 1 -l 2 "$tmp/handout.pdf" "$tmp/handout"
mv "$tmp/handout-01.png" "$out/handout-page1.png"
mv "$tmp/handout-02.png" "$out/handout-page2.png"
rm -rf "$tmp"
