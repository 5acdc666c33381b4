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
parley export-image --db "$db" --view dashboard --format pdf --shape a4 --paper a4 --theme print --force --out "$out/dashboard-a4.pdf"
parley export-image --db "$db" --view actors --format png --scale 1 --theme light --force --out "$out/actors.png"
parley export-data --db "$db" --format html --force --out "$out/week.html"
parley handout --db "$db" --out "$tmp/handout.pdf"
# The handout's opening page and its first step's page as pictures, for the README. The list of
# steps may go on over the next pages, so the first step is the first page without the list.
pdftoppm -png -r 40 -f 1 -l 1 "$tmp/handout.pdf" "$tmp/opening"
first=2
while pdftotext -f "$first" -l "$first" "$tmp/handout.pdf" - | grep -q "The steps (continued)"; do
  first=$((first + 1))
done
pdftoppm -png -r 40 -f "$first" -l "$first" -singlefile "$tmp/handout.pdf" "$tmp/step"
mv "$tmp/opening-1.png" "$out/handout-page1.png" 2>/dev/null || mv "$tmp/opening-01.png" "$out/handout-page1.png"
mv "$tmp/step.png" "$out/handout-page2.png"
rm -rf "$tmp"
