import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { cutRegion, type Geography } from '../../src/lib/graphics/map/basemap.ts';
import { mapNames, mapProjection, staticMapModel } from '../../src/lib/graphics/map/static-map.ts';
import { fitCamera, screenMap, SCREEN_FONT } from '../../src/lib/graphics/map/svg-camera.ts';
import { realData } from '../helpers/data.ts';

const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const region = cutRegion(world);
const words = realData()['story.json'].graphics.map!;
const geography = JSON.parse(readFileSync('data/raw/map-geography.json', 'utf8')) as Geography;
const projection = mapProjection();
const project = (lngLat: [number, number]) => projection(lngLat) as [number, number];

describe('a close-up of the scrolly map', () => {
  it('names a neighbour whose land is in view though its centre is above or below the picture, on its own land', () => {
    const model = staticMapModel(region, []);
    // Serbia's north-east corner at the Iron Gates: Romania across the Danube, its centre far above and right.
    const [x0, y0] = project([21.6, 44.9]);
    const [x1, y1] = project([22.9, 44.2]);
    const [width, height] = [700, 500];
    const camera = fitCamera(width, height, [[x0, y0], [x1, y1]]);
    const view = screenMap({ model, project, camera, width, height, names: mapNames(words), geography, focus: [], font: SCREEN_FONT, closeUp: true });
    const romania = view.countries.find((c) => c.code === 'RO');
    expect(romania, 'Romania named').toBeDefined();
    const [lng, lat] = projection.invert!([(romania!.x - camera.x) / camera.k, (romania!.y - camera.y) / camera.k])!;
    // North of the Danube there (Romania's side), inside the view.
    expect(lat).toBeGreaterThan(44.45);
    expect(lng).toBeGreaterThan(21.6);
    expect(lng).toBeLessThan(22.9);
    expect(romania!.x).toBeGreaterThan(0);
    expect(romania!.x).toBeLessThan(width);
  });
});
