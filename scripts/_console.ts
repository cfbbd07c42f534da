import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { serveDist } from '../tests/browser/static-server.ts';
const server = await serveDist('/work/main/dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: Number(process.env.W ?? 1280), height: 800 } })).newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(server.origin + '/', { waitUntil: 'networkidle' });
for (const sel of ['[data-scrolly="trade-scrolly-1"] [data-step="1"]', '[data-scrolly="trade-scrolly-3"] [data-step="2"]', '[data-scrolly="money-scrolly-1"] [data-step="1"]']) {
  await page.locator(sel).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(1500);
  console.log(sel, await page.locator(sel).getAttribute('class'), await page.locator(sel).evaluate((el) => { const r = el.getBoundingClientRect(); return [r.top, r.bottom, innerHeight, scrollY]; }));
  console.log(await page.locator(sel).locator('xpath=ancestor::div[@data-scrolly]').locator('[data-state]').first().getAttribute('data-state'));
}
console.log(await page.evaluate(() => [...document.querySelectorAll('[data-island]')].map((e) => e.getAttribute('data-island') + ':' + (e as HTMLElement).dataset.hydrated)));
await browser.close(); await server.close();
