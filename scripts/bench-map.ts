/**
 * Part of npm run bench (after bench.ts has built dist/): what the map costs, and when.
 * - the bytes the story loads before the reader nears a map (none of them may be the map's);
 * - the map's own chunks and the shipped basemap (budget: basemap at most 60 kB gzip);
 * - the time from scrolling to the map to MapLibre's first full render (median of 3, software WebGL).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import { cutRegion } from '../src/lib/graphics/map/basemap.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { serveDist } from '../tests/browser/static-server.ts';

const BASEMAP_BUDGET = 60_000;
const MAP_FILES = /^(live-map|maplibre|graphic-map)/;
const dist = resolve('dist');
const kB = (n: number) => (n / 1000).toFixed(1).padStart(7) + ' kB';
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
let failed = false;

console.log('\nThe map\n');
const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const basemap = gzip(JSON.stringify(cutRegion(world)));
failed ||= basemap > BASEMAP_BUDGET;
console.log(`${'basemap (Natural Earth 10m, cut to the region)'.padEnd(52)} ${kB(basemap)}  budget ${kB(BASEMAP_BUDGET).trim()}${basemap > BASEMAP_BUDGET ? '  OVER BUDGET' : '  ok'}`);
for (const file of readdirSync(join(dist, 'assets')).filter((f) => MAP_FILES.test(f)))
  console.log(`${('chunk ' + file).padEnd(52)} ${kB(gzip(readFileSync(join(dist, 'assets', file))))}`);

const server = await serveDist(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const timings: number[] = [];
  for (const run of [0, 1, 2]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.origin + '/', { waitUntil: 'networkidle' });
    if (run === 0) {
      const before = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => ({ name: (r as PerformanceResourceTiming).name, bytes: (r as PerformanceResourceTiming).transferSize })),
      );
      const nav = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).transferSize);
      const total = before.reduce((s, r) => s + r.bytes, nav);
      const mapBytes = before.filter((r) => MAP_FILES.test(r.name.split('/').pop()!)).reduce((s, r) => s + r.bytes, 0);
      failed ||= mapBytes > 0;
      console.log(`${'loaded before a map is near (HTML, JS, CSS, transferred)'.padEnd(52)} ${kB(total)}, of which the map's: ${kB(mapBytes).trim()}${mapBytes ? '  MAP IN FIRST LOAD' : '  ok'}`);
    }
    const map = page.locator('.projects .project-map');
    const started = await page.evaluate(() => performance.now());
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => document.querySelector('.projects .project-map')?.getAttribute('data-map-status') === 'ready', null, { timeout: 60_000 });
    timings.push((await page.evaluate(() => performance.now())) - started);
    await context.close();
  }
  const median = timings.sort((a, b) => a - b)[1];
  console.log(`${'from reaching the map to its first full render'.padEnd(52)} ${Math.round(median).toString().padStart(7)} ms (median of 3; runs ${timings.map(Math.round).join(', ')} ms)`);
} finally {
  await browser.close();
  await server.close();
}
console.log('');
if (failed) {
  console.error('The map is over a budget (see above).');
  process.exitCode = 1;
}
