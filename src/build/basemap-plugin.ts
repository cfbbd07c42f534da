/**
 * The basemap, cut at build time: Natural Earth 10m borders (world-atlas) cut to Serbia's region, and the region's
 * rivers, lakes and towns (data/raw/map-geography.json, which scripts/cut-geography.ts writes).
 * - `virtual:basemap`: the topology (the default export) and `geography`, for what the build draws (the pages,
 *   map/basemap.svg, the pictures). No browser module imports it: it is about 20 kB of script (gzip).
 * - `virtual:basemap-labels`: what the browser's maps need to lay out the map without the shapes (RegionLabels).
 * - map/basemap.json (BASEMAP_DATA_FILE): both, as one file that the live map and the scrolly's close-ups fetch.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { BASEMAP_DATA_FILE, cutRegion, type Geography } from '../lib/graphics/map/basemap.ts';
import { regionLabels } from '../lib/graphics/map/static-map.ts';

const ID = 'virtual:basemap';
const LABELS_ID = 'virtual:basemap-labels';
const GEOGRAPHY = fileURLToPath(new URL('../../data/raw/map-geography.json', import.meta.url));

/** Read anew each time (the dev server picks up a new map-geography.json). */
function region(): { topology: Topology; geography: Omit<Geography, 'source'> } {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  const world = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const { source: _, ...geography } = JSON.parse(readFileSync(GEOGRAPHY, 'utf8')) as Geography;
  return { topology: cutRegion(world), geography };
}

export function basemap(): Plugin {
  return {
    name: 'basemap',
    resolveId(id) {
      if (id === ID || id === LABELS_ID) return '\0' + id;
    },
    load(id) {
      if (id !== '\0' + ID && id !== '\0' + LABELS_ID) return;
      this.addWatchFile(GEOGRAPHY);
      const { topology, geography } = region();
      if (id === '\0' + LABELS_ID) return `export default ${JSON.stringify(regionLabels(topology, geography))};`;
      return `export default ${JSON.stringify(topology)};\nexport const geography = ${JSON.stringify(geography)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? '/', 'http://x').pathname !== `/${BASEMAP_DATA_FILE}`) return next();
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(region()));
      });
    },
    generateBundle() {
      if (this.environment.name !== 'client') return;
      this.emitFile({ type: 'asset', fileName: BASEMAP_DATA_FILE, source: JSON.stringify(region()) });
    },
  };
}
