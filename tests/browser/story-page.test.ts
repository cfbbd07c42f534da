import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUB_PATH } from './static-server.ts';
import { fetchHtml, openPage } from './harness.ts';

const story = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'story.json'), 'utf8'));

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('the story page, prerendered', () => {
  it('has the header and every section heading in the HTML before any JavaScript runs', async () => {
    const html = await fetchHtml('/');
    expect(html).toMatch(new RegExp(`<h1[^>]*>${escapeHtml(story.headline)}</h1>`));
    for (const section of story.sections) expect(html).toContain(escapeHtml(section.heading));
    expect(html).toContain('ODC-By');
    expect(html).toContain('Natural Earth');
  });

  it('shows the header to a reader without JavaScript', async () => {
    const { page, finish } = await openPage('/', { javaScriptEnabled: false, width: 375 });
    await expect(page.locator('h1').textContent()).resolves.toBe(story.headline);
    expect(await page.locator('section h2').count()).toBe(story.sections.length);
    await finish({ axe: false }); // axe needs JavaScript; the pages with it are checked below
  });

  it('hydrates without a console error, keeping the prerendered text', async () => {
    const { page, finish } = await openPage('/');
    await page.waitForFunction(() => document.querySelector('#app')?.children.length);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.locator('h1').textContent()).resolves.toBe(story.headline);
    await finish();
  });

  it('works from a sub-path, loading its assets relative to the page', async () => {
    const { page, finish } = await openPage(SUB_PATH);
    const stylesheetLoaded = await page.evaluate(() => getComputedStyle(document.body).margin === '0px');
    expect(stylesheetLoaded).toBe(true);
    await finish();
  });

  for (const width of [375, 1280])
    for (const colorScheme of ['light', 'dark'] as const)
      it(`passes axe at ${width} px in ${colorScheme} mode`, async () => {
        const { page, finish } = await openPage('/', { width, colorScheme });
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(colorScheme === 'dark' ? 'rgb(20, 20, 20)' : 'rgb(251, 250, 247)');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
        await finish();
      });
});
