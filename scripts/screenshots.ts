/**
 * npm run screenshots: full-page screenshots of the built site at 375 px and 1280 px, light and dark, plus
 * views of the live maps, into screenshots/ (not committed), for looking at the page as a reader would.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { serveDist } from '../tests/browser/static-server.ts';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const path of pages)
  for (const width of [375, 1280])
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
      // The live maps (MapLibre) are drawn only near the reader: a view of a scrolly step and of the explorable map.
      for (const [label, selector, status] of [
        ['map-step', '[data-scrolly]:has(.project-map) [data-step="3"]', '[data-scrolly] .project-map'],
        ['map', '.projects .project-map', '.projects .project-map'],
      ] as const) {
        if (!(await page.locator(selector).count())) continue;
        await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page
          .waitForFunction((s) => document.querySelector(s)?.getAttribute('data-map-status') !== 'loading', status, { timeout: 30_000 })
          .catch(() => undefined);
        await page.waitForTimeout(2000);
        const shot = name.replace(/\.png$/, `-${label}.png`);
        await page.screenshot({ path: shot });
        console.log(shot);
      }
      await context.close();
    }
await browser.close();
await server.close();
