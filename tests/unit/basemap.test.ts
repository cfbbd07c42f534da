import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { cutRegion, REGION_COUNTRIES } from '../../src/lib/map/basemap.ts';
import { staticMapModel } from '../../src/lib/map/static-map.ts';
import { projectsFile } from '../../src/lib/data/schema.ts';

const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const region = cutRegion(world);
const projects = projectsFile.parse(JSON.parse(readFileSync(new URL('../../data/projects.json', import.meta.url), 'utf8'))).projects;

describe('the basemap cut from Natural Earth', () => {
  it('keeps Serbia, Kosovo and the neighbours, with the names readers should see', () => {
    const names = feature(region, region.objects.countries as GeometryCollection<{ name: string }>).features.map((f) => f.properties.name);
    expect(names.sort()).toEqual(REGION_COUNTRIES.map((c) => c.name).sort());
    expect(names).toContain('Bosnia and Herzegovina');
    expect(names).toContain('North Macedonia');
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
    expect(model.places.map((p) => p.name)).toContain('Belgrade');
  });
});
