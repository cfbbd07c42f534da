/**
 * Serves `virtual:basemap`: Natural Earth 10m borders (world-atlas) cut to Serbia's region at build time (the default
 * export), and the region's rivers, lakes and towns (`geography`, from data/raw/map-geography.json, which
 * scripts/cut-geography.ts writes).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { cutRegion } from '../lib/graphics/map/basemap.ts';

const ID = 'virtual:basemap';
const GEOGRAPHY = fileURLToPath(new URL('../../data/raw/map-geography.json', import.meta.url));

export function basemap(): Plugin {
  return {
    name: 'basemap',
    resolveId(id) {
      if (id === ID) return '\0' + ID;
    },
    load(id) {
      if (id !== '\0' + ID) return;
      this.addWatchFile(GEOGRAPHY);
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
      const world = JSON.parse(readFileSync(file, 'utf8')) as Topology;
      const geography = JSON.parse(readFileSync(GEOGRAPHY, 'utf8')) as { source?: string };
      delete geography.source;
      return `export default ${JSON.stringify(cutRegion(world))};\nexport const geography = ${JSON.stringify(geography)};`;
    },
  };
}
