/**
 * npm run screenshots: full-page screenshots of the built site at 375 px and 1280 px, light and dark,
 * into screenshots/ (not committed), for looking at the page as a reader would.
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
      await context.close();
    }
await browser.close();
await server.close();
