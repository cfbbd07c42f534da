import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { cutRegion, REGION_COUNTRIES } from '../../src/lib/graphics/map/basemap.ts';
import { staticMapModel } from '../../src/lib/graphics/map/static-map.ts';
import { realData } from '../helpers/data.ts';

const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const region = cutRegion(world);
const { projects } = realData()['projects.json'];
const words = realData()['story.json'].graphics.map!;

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
    // Town labels come from the projects' first places.
    for (const place of model.places) expect(projects.some((p) => p.places[0] === place.name)).toBe(true);
    expect(model.places.length).toBeGreaterThan(0);
  });
});
