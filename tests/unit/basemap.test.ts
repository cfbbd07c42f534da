import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { cutRegion, REGION_BOX, REGION_COUNTRIES, RIVERS, TOWNS, type Geography } from '../../src/lib/graphics/map/basemap.ts';
import { mapModel, mapNames, placeLabels, regionLabels, staticMapModel, type MapNames } from '../../src/lib/graphics/map/static-map.ts';
import { realData } from '../helpers/data.ts';

const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const region = cutRegion(world);
const { projects } = realData()['projects.json'];
const words = realData()['story.json'].graphics.map!;
const geography = JSON.parse(readFileSync('data/raw/map-geography.json', 'utf8')) as Geography;

describe('the basemap cut from Natural Earth', () => {
  it('keeps Serbia, Kosovo and the neighbours, each under its code, and the map’s words name every one', () => {
    const codes = feature(region, region.objects.countries as GeometryCollection<{ code: string }>).features.map((f) => f.properties.code);
    expect(codes.sort()).toEqual(REGION_COUNTRIES.map((c) => c.code).sort());
    for (const code of codes) expect(words.countries[code as keyof typeof words.countries], code).toBeTruthy();
  });

  it('keeps only the arcs the region uses, and stays small', () => {
    expect(region.arcs.length).toBeLessThan(world.arcs.length / 10);
    expect(gzipSync(JSON.stringify(region)).length).toBeLessThan(60_000);
  });

  it('gives every located project a mark, and draws the Kosovo border apart', () => {
    const model = staticMapModel(region, projects);
    for (const m of model.projects) {
      if (!m.project.location) continue;
      expect(m.d || m.points.length, m.project.id).toBeTruthy();
    }
    expect(model.disputedBorder.length).toBeGreaterThan(0);
  });
});

describe('the geography cut from Natural Earth and GeoNames (data/raw/map-geography.json)', () => {
  it('has every river the map names and every town, inside the region, and the map’s words name them', () => {
    for (const river of RIVERS) {
      expect(geography.rivers.find((r) => r.id === river.id)?.lines.length, river.id).toBeGreaterThan(0);
      expect(words.rivers[river.id], river.id).toBeTruthy();
    }
    expect(geography.towns.map((t) => t.id)).toEqual(TOWNS.map((t) => t.id));
    const [west, south, east, north] = REGION_BOX;
    for (const { id, lngLat: [x, y] } of geography.towns) {
      expect(x > west && x < east && y > south && y < north, id).toBe(true);
      expect(words.towns[id], id).toBeTruthy();
    }
    expect(geography.lakes.length).toBeGreaterThan(0);
  });

  it('is small: the live map fetches it (map/basemap.json)', () => {
    expect(gzipSync(readFileSync('data/raw/map-geography.json')).length).toBeLessThan(15_000);
  });

  it('draws rivers and lakes, and names the main towns and rivers on the map of all Serbia', () => {
    const model = staticMapModel(region, projects, undefined, mapNames(words), geography);
    expect(model.rivers.length).toBeGreaterThan(1000);
    expect(model.lakes.length).toBeGreaterThan(0);
    const shown = model.places.filter((l) => l.shown).map((l) => l.id);
    expect(shown).toEqual(expect.arrayContaining(['belgrade', 'novi-sad', 'nis', 'danube', 'sava']));
    // Belgrade's neighbours are named in close-ups only.
    expect(shown).not.toContain('zemun');
  });
});

describe('what the browser lays the map out from, without the shapes (virtual:basemap-labels)', () => {
  // As the build serves it: through JSON.
  const labels = JSON.parse(JSON.stringify(regionLabels(region, geography))) as ReturnType<typeof regionLabels>;
  const shapeless = ({ d: _, ...country }: { d: string }) => country;

  it.each([
    ['the English names', mapNames(words)],
    // Other words take other places: names twice as long push labels aside or out.
    ['longer names', { countries: lengthen(mapNames(words).countries), towns: lengthen(mapNames(words).towns), rivers: lengthen(mapNames(words).rivers) }],
  ])('gives the same map as the shapes do, with %s: every country name, project mark, town and river label in its place', (_, names) => {
    const full = staticMapModel(region, projects, undefined, names, geography);
    const lean = mapModel(labels.countries, projects, undefined, names, labels.geography);
    expect(lean.places.filter((l) => l.shown).length).toBeGreaterThan(5);
    expect(lean).toEqual({ width: full.width, height: full.height, countries: full.countries.map(shapeless), projects: full.projects, places: full.places });
  });

  it('is a few kB and holds no shape: the map island carries it', () => {
    expect(JSON.stringify(labels)).not.toMatch(/"arcs"|"lakes"|"d":/);
    expect(gzipSync(JSON.stringify(labels)).length).toBeLessThan(5_000);
  });
});

function lengthen<K extends string>(names: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(names).map(([k, v]) => [k, `${v} ${v}`])) as Record<K, string>;
}

describe('placing the labels', () => {
  const names: MapNames = {
    countries: Object.fromEntries(REGION_COUNTRIES.map((c) => [c.code, c.code])) as MapNames['countries'],
    towns: Object.fromEntries(TOWNS.map((t) => [t.id, `Town ${t.id}`])) as MapNames['towns'],
    rivers: Object.fromEntries(RIVERS.map((r) => [r.id, `River ${r.id}`])) as MapNames['rivers'],
  };
  /** A flat map of 600 × 400 units, a degree to 100 units, from (18, 46). */
  const project = ([lng, lat]: [number, number]): [number, number] => [(lng - 18) * 100, (46 - lat) * 100];
  const town = (id: (typeof TOWNS)[number]['id'], lngLat: [number, number]) => ({ id, lngLat });
  const base = { width: 600, height: 400, countries: [], names, project, closeUp: true };
  const estimate = (l: ReturnType<typeof placeLabels>[number]) => {
    const w = l.name.length * (l.kind === 'town' ? 12 : 10.5);
    const x0 = l.anchor === 'start' ? l.tx : l.anchor === 'end' ? l.tx - w : l.tx - w / 2;
    return { x0, x1: x0 + w, y0: l.ty - 16, y1: l.ty + 5 };
  };

  it('puts a town’s name on the side of its dot that stays inside the map', () => {
    const labels = placeLabels({ ...base, geography: { rivers: [], towns: [town('belgrade', [23.9, 45.95])] } });
    expect(labels[0]).toMatchObject({ shown: true, anchor: 'end' });
    const box = estimate(labels[0]);
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.y0).toBeGreaterThanOrEqual(0);
  });

  it('leaves out a name that has no room, never laying it on another', () => {
    // Four towns on one spot: each side of the dot is taken once, the fifth town has none left.
    const spot: [number, number] = [21, 44];
    const towns = (['belgrade', 'novi-sad', 'nis', 'kragujevac', 'subotica'] as const).map((id) => town(id, spot));
    const labels = placeLabels({ ...base, geography: { rivers: [], towns } });
    const shown = labels.filter((l) => l.shown);
    expect(shown.length).toBeLessThan(towns.length);
    const boxes = shown.map(estimate);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${shown[i].name} / ${shown[j].name}`).toBe(true);
      }
  });

  it('names a river at a point of its course inside the map, and towns only in close-ups when they ask for it', () => {
    const lines: [number, number][][] = [[[17, 45], [19, 45], [21, 45], [25, 45]]];
    const labels = placeLabels({ ...base, closeUp: false, geography: { rivers: [{ id: 'danube', lines }], towns: [town('zemun', [20, 44])] } });
    const river = labels.find((l) => l.id === 'danube')!;
    expect(river.shown).toBe(true);
    expect(river.x).toBeGreaterThan(0);
    expect(river.x).toBeLessThan(600);
    expect(labels.find((l) => l.id === 'zemun')).toMatchObject({ shown: false, closeUp: true });
  });

  it('names a town whose dot markers cover beside them, and no town on a marker', () => {
    // Three markers stacked on the town (as at Bor), a fourth beside it.
    const [x, y] = project([21, 44]);
    const points: [number, number][] = [[x, y - 14], [x, y], [x, y + 14], [x + 16, y]];
    const radius = 7;
    const labels = placeLabels({ ...base, geography: { rivers: [], towns: [town('bor', [21, 44])] }, markers: { points, radius } });
    expect(labels[0]).toMatchObject({ shown: true, onMarkers: true });
    const box = estimate(labels[0]);
    for (const [mx, my] of points) expect(Math.hypot(Math.max(box.x0 - mx, 0, mx - box.x1), Math.max(box.y0 - my, 0, my - box.y1)), `marker at ${mx},${my}`).toBeGreaterThanOrEqual(radius);
    // Beside the markers, not across the map.
    expect(Math.hypot(Math.max(box.x0 - x, 0, x - box.x1), Math.max(box.y0 - y, 0, y - box.y1))).toBeLessThan(40);
  });

  it('puts a project’s name on a side that leaves a town’s dot free', () => {
    const [x, y] = project([21, 44]);
    // A town right of the project's marker, where its name would go first.
    const labels = placeLabels({ ...base, geography: { rivers: [], towns: [town('borca', [21.4, 44])] }, focus: [{ id: 'bridge', name: 'A bridge', x, y }] });
    expect(labels.find((l) => l.kind === 'focus')).toMatchObject({ anchor: 'end' });
    expect(labels.find((l) => l.id === 'borca')?.shown).toBe(true);
  });

  it('drops a neighbour’s name that the map’s edge would cut', () => {
    const countries = [{ code: 'RO' as const, d: 'M0,0', serbia: false, label: [590, 200] as [number, number], anchor: 'middle' as const }];
    placeLabels({ ...base, countries, geography: { rivers: [], towns: [] } });
    expect(countries[0].label).toBeUndefined();
  });
});
