// Turns a dataset in Parley's exchange format into vis-timeline items: one per event, in the
// event's track as its group, from the start of its first period to the end of its last.
// Usage: node to-items.mjs DATASET.json OUT.js   (OUT.js sets window.ITEMS and window.GROUPS)
import { readFileSync, writeFileSync } from 'node:fs';

const [, , input, output] = process.argv;
const dataset = JSON.parse(readFileSync(input, 'utf8'));

// The generated data is in UTC; a period's end is the start of the period after it.
function periodStart(text, precision) {
  switch (precision) {
    case 'year': return Date.UTC(+text, 0, 1);
    case 'month': return Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, 1);
    case 'day': return Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10));
    case 'hour': return Date.parse(text + ':00Z');
    case 'minute': return Date.parse(text + 'Z');
    default: throw new Error('unsupported precision ' + precision);
  }
}
function periodAfter(start, precision) {
  const d = new Date(start);
  switch (precision) {
    case 'year': return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    case 'month': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    case 'day': return start + 86400000;
    case 'hour': return start + 3600000;
    case 'minute': return start + 60000;
    default: throw new Error('unsupported precision ' + precision);
  }
}

const groups = new Map();
const items = dataset.events.map((e) => {
  if (e.zone !== 'UTC') throw new Error('expected generated data in UTC, got ' + e.zone);
  const start = periodStart(e.start, e.precision);
  const last = e.end ? periodStart(e.end, e.precision) : start;
  groups.set(e.track, groups.size);
  return { id: e.id, content: e.title, start, end: periodAfter(last, e.precision), group: e.track };
});
writeFileSync(output, 'window.ITEMS = ' + JSON.stringify(items) + ';\nwindow.GROUPS = '
  + JSON.stringify([...groups.keys()].map((id) => ({ id, content: id }))) + ';\n');
console.log(`${items.length} items in ${groups.size} groups -> ${output}`);
