import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { serveDist } from '../tests/browser/static-server.ts';
const server = await serveDist('/work/main/dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const width = Number(process.argv[2] ?? 1280);
const scheme = (process.argv[3] ?? 'light') as 'light' | 'dark';
const js = process.argv[4] !== 'nojs';
const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: js });
const page = await ctx.newPage();
await page.goto(server.origin + '/', { waitUntil: 'networkidle' });
const targets = process.argv.slice(5);
for (const sel of targets) {
  const el = page.locator(sel).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(700);
  const name = `/tmp/shots/${width}-${scheme}-${js ? 'js' : 'nojs'}-${sel.replace(/[^a-z0-9]+/gi, '_')}.png`;
  await page.screenshot({ path: name });
  console.log(name);
}
await browser.close(); await server.close();
