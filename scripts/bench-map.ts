/**
 * Part of npm run bench (after bench.ts has built dist/): what the map costs, and when.
 * - the bytes the story loads before the reader nears a map (none of them may be the map's);
 * - the map's own chunks and the shipped basemap (budget: basemap at most 60 kB gzip);
 * - the time from scrolling to the map to MapLibre's first full render (median of 3, software WebGL);
 * - the story's map scrolly (SVG) and the map embed (MapLibre) as a reader on a mid-range phone meets them
 *   (Lighthouse's mobile CPU profile, 4× slower): the time from reaching the map to a drawn map (the scrolly's
 *   camera view placed; the embed's MapLibre ready), the longest task while stepping through the scrolly, and the
 *   JavaScript fetched before the map is reached and after.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
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
  for (const [name, path] of [['story, map scrolly', '/'], ['map embed', '/embed/map.html']]) {
    const runs: { drawn: number; starting: number; longest: number; before: number; after: number }[] = [];
    for (const _ of [0, 1, 2]) runs.push(await scrollyMap(browser, server.origin + path));
    const median = (key: keyof (typeof runs)[number]) => runs.map((r) => r[key]).sort((a, b) => a - b)[1];
    console.log(`${name} (CPU 4× slower, median of 3):`);
    console.log(`${'  from reaching the map to a drawn map'.padEnd(52)} ${Math.round(median('drawn')).toString().padStart(7)} ms`);
    console.log(`${'  longest task until it is drawn (its start)'.padEnd(52)} ${Math.round(median('starting')).toString().padStart(7)} ms`);
    console.log(`${'  longest task while stepping (until MapLibre starts)'.padEnd(52)} ${Math.round(median('longest')).toString().padStart(7)} ms`);
    console.log(`${'  JavaScript fetched before the map / after'.padEnd(52)} ${kB(median('before'))} / ${kB(median('after')).trim()} (gzip)`);
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * Opens a page with the CPU slowed as Lighthouse's mobile profile does, scrolls to its first map (a scrolly's when
 * there is one), waits until the map is drawn (the live map ready, or the static map left in place), then reads
 * each step card to the reading line in turn, watching long tasks.
 */
async function scrollyMap(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const js = new Map<string, number>();
  let reached = false;
  const after = new Map<string, number>();
  // The explorable map below the scrolly starts MapLibre as the last steps bring it near: its start is the
  // explorable map's cost, not the scrolly's, so the watch for long tasks while stepping ends there.
  context.on('request', (request) => {
    if (reached && /live-map/.test(request.url())) void page.evaluate(() => ((window as unknown as { watching: boolean }).watching = false)).catch(() => {});
  });
  context.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'script') return;
    const size = (await request.sizes()).responseBodySize || gzip((await (await request.response())?.body()) ?? '');
    (reached ? after : js).set(request.url(), size);
  });
  await page.addInitScript(() => {
    (window as unknown as { longest: number }).longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const w = window as unknown as { longest: number; watching?: boolean };
        if (w.watching) w.longest = Math.max(w.longest, entry.duration);
      }
    }).observe({ type: 'longtask' });
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const map = page.locator('[data-scrolly] [data-map-status], [data-map-status]').first();
  reached = true;
  const started = await page.evaluate(() => performance.now());
  await map.evaluate((el) => {
    (window as unknown as { watching: boolean }).watching = true;
    el.scrollIntoView({ block: 'start' });
  });
  // The scrolly's SVG map is drawn once its camera view is placed (svg.screen); the explorable map once MapLibre is
  // ready (or has given way to the static map).
  await page.waitForFunction(
    (el) => {
      const status = el?.getAttribute('data-map-status');
      return status === 'svg' ? el!.querySelector('svg.screen') !== null : status === 'ready' || (status === 'static' && el!.closest('[data-hydrated="true"]') !== null && !('WebGL2RenderingContext' in window));
    },
    await map.elementHandle(),
    { timeout: 60_000, polling: 50 },
  );
  const drawn = (await page.evaluate(() => performance.now())) - started;
  // The longest task until then (the island's start), and from then on only what stepping costs.
  const starting = await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    const longest = w.longest;
    w.longest = 0;
    return longest;
  });
  const cards = page.locator('[data-scrolly]:has([data-map-status]) .step-card');
  for (let i = 0; i < (await cards.count()); i++) {
    await cards.nth(i).evaluate((card) => scrollBy({ top: card.getBoundingClientRect().top - (innerHeight * 2) / 3 + 40, behavior: 'instant' }));
    await page.waitForTimeout(1500);
  }
  await page.waitForTimeout(1000);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await context.close();
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { drawn, starting, longest, before: sum(js), after: sum(after) };
}
console.log('');
if (failed) {
  console.error('The map is over a budget (see above).');
  process.exitCode = 1;
}
