/** Serves `virtual:basemap`: Natural Earth 10m (world-atlas) cut to Serbia's region at build time. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { cutRegion } from '../lib/graphics/map/basemap.ts';

const ID = 'virtual:basemap';

export function basemap(): Plugin {
  return {
    name: 'basemap',
    resolveId(id) {
      if (id === ID) return '\0' + ID;
    },
    load(id) {
      if (id !== '\0' + ID) return;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
      const world = JSON.parse(readFileSync(file, 'utf8')) as Topology;
      return `export default ${JSON.stringify(cutRegion(world))};`;
    },
  };
}
