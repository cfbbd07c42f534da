import { describe, expect, it } from 'vitest';
import { readData } from './data-files.ts';
import { SUB_PATH } from './static-server.ts';
import { fetchHtml, openPage } from './harness.ts';

const story = readData('story.json');
const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);

describe('the story page, prerendered', () => {
  it('has the header, every section heading and the credits in the HTML before any JavaScript runs', async () => {
    const doc = new jsdom.JSDOM(await fetchHtml('/')).window.document;
    // Whatever the headline holds ("$&", "</script>"…), it is the page's one <h1>, as text.
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([story.headline]);
    expect([...doc.querySelectorAll('section > h2')].map((h) => h.textContent)).toEqual(story.sections.map((s) => s.heading));
    const credits = doc.querySelector('.credits')!.textContent!;
    expect(credits).toContain(readData('aiddata-finance.json').dataset.licence);
    expect(credits).toContain('Natural Earth');
  });

  it('shows the header to a reader without JavaScript', async () => {
    const { page, finish } = await openPage('/', { javaScriptEnabled: false, width: 375 });
    await expect(page.locator('h1').textContent()).resolves.toBe(story.headline);
    expect(await page.locator('section h2').count()).toBe(story.sections.length);
    await finish({ axe: false }); // axe needs JavaScript; the pages with it are checked below
  });

  it('hydrates every island as the reader scrolls, without an error, keeping the prerendered text', async () => {
    const { page, finish } = await openPage('/', { reducedMotion: 'reduce' });
    const islands = page.locator('[data-island]');
    const count = await islands.count();
    expect(count).toBeGreaterThan(0);
    // The text an island rendered, leaving out what MapLibre adds to its own container once it loads.
    const islandText = (els: Element[]) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('.maplibregl-map').forEach((map) => map.replaceChildren());
        // A text field's text is its value once live (the embed code, checked in embeds.test.ts).
        copy.querySelectorAll('textarea').forEach((field) => field.replaceChildren());
        return copy.textContent ?? '';
      });
    const prerendered = await islands.evaluateAll(islandText);
    for (let i = 0; i < count; i++) {
      await islands.nth(i).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect.poll(() => islands.nth(i).getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
    }
    // Scroll steps change the graphics in scrollies; the others must read exactly as prerendered.
    const hydrated = await islands.evaluateAll(islandText);
    const standalone = await islands.evaluateAll((els) => els.map((el) => !el.closest('[data-scrolly]')));
    hydrated.forEach((text, i) => {
      if (standalone[i]) expect(text, `island ${i} text after hydration`).toBe(prerendered[i]);
    });
    await expect(page.locator('h1').textContent()).resolves.toBe(story.headline);
    await finish({ axe: false }); // the whole page is checked by axe below and after scrolling in scrolly.test.ts
  }, 120_000);

  it('works from a sub-path, loading its assets relative to the page', async () => {
    const { page, finish } = await openPage(SUB_PATH);
    const stylesheetLoaded = await page.evaluate(() => getComputedStyle(document.body).margin === '0px');
    expect(stylesheetLoaded).toBe(true);
    const island = page.locator('[data-island]').first();
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');
    await finish({ axe: 'main > article > header' });
  });

  // Whole-page axe at 375 px light here; at 1280 px dark on the Cyrillic edition with every island live
  // (editions.test.ts). One page, resized and switched between themes, is checked at both widths in both themes.
  it('fits at 375 and 1280 px in dark and light mode, and passes axe at 375 px in light mode', async () => {
    const { page, finish } = await openPage('/', { width: 1280, colorScheme: 'dark' });
    for (const [width, colorScheme] of [
      [1280, 'dark'],
      [375, 'dark'],
      [1280, 'light'],
      [375, 'light'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg, `${width} px, ${colorScheme}`).toBe(colorScheme === 'dark' ? 'rgb(20, 20, 20)' : 'rgb(251, 250, 247)');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `no sideways scrolling at ${width} px, ${colorScheme}`).toBeLessThanOrEqual(0);
    }
    await finish();
  }, 120_000);
});
