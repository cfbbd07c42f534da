/**
 * The first screen and the story's graphics as a reader meets them: the map under the headline on a phone's
 * first screen, the section navigation in one row, a graphic in every section, the page's own fonts, and the
 * copy desk's small things (one lower stylesheet, a favicon, one word to open an event, spaced separators).
 */
import { describe, expect, inject, it } from 'vitest';
import { EDITIONS } from '../../src/lib/i18n/editions.ts';
import { readData } from './data-files.ts';
import { fetchHtml, fontsLoaded, openPage } from './harness.ts';
import { SUB_PATH } from './static-server.ts';

const story = readData('story.json');
const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);

describe('the first screen on a phone (375 × 812)', () => {
  for (const edition of EDITIONS)
    it(`shows the kicker, the headline and the whole map with its key, in ${edition.lang}`, async () => {
      const { page, finish } = await openPage(`/${edition.path}`, { width: 375, height: 812, colorScheme: edition.path ? 'dark' : 'light' });
      await fontsLoaded(page);
      const rects = await page.evaluate(() =>
        ['.story-header .kicker', '.story-header h1', '.story-header .cover', '.story-header .cover svg', '.story-header .cover ul'].map((s) => {
          const r = document.querySelector(s)?.getBoundingClientRect();
          return r && { selector: s, top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
        }),
      );
      for (const r of rects) {
        expect(r, 'on the page').toBeTruthy();
        expect(r!.height, r!.selector).toBeGreaterThan(0);
        expect(r!.top, r!.selector).toBeGreaterThanOrEqual(0);
        expect(r!.bottom, r!.selector).toBeLessThanOrEqual(812);
        expect(r!.left, r!.selector).toBeGreaterThanOrEqual(0);
        expect(r!.right, r!.selector).toBeLessThanOrEqual(375);
      }
      // The map is drawn: its basemap and a mark per project with a place.
      expect(await page.locator('.cover svg circle, .cover svg path').count()).toBeGreaterThan(5);
      // Its text alternative: the caption and the key, by aria-labelledby.
      const name = await page.evaluate(() => {
        const svg = document.querySelector('.cover svg')!;
        return svg.getAttribute('role') + ': ' + svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent?.trim()).join(' ');
      });
      expect(name).toMatch(/^img: \S.{20,}/);
      expect(name).toContain(String(readData('projects.json').projects.length));
      await finish({ axe: '.story-header' });
    });
});

describe('the section navigation', () => {
  it('is one compact row at 375 px whose links reach every section, by keyboard too', async () => {
    const { page, finish } = await openPage('/', { width: 375, height: 812, reducedMotion: 'reduce' });
    const nav = page.locator('nav.outline');
    const box = (await nav.boundingBox())!;
    expect(box.height).toBeLessThan(120);
    const links = nav.locator('a');
    const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'one row').toBe(1);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const sections = await page.locator('main section.story-section').evaluateAll((ss) => ss.map((s) => `#${s.id}`));
    expect(hrefs).toEqual(sections);
    expect(sections).toHaveLength(story.sections.length);
    // The last link, reached by keyboard, is scrolled into the row's view.
    await links.last().focus();
    const last = (await links.last().boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(375);
    // Each link lands on its section's heading, the last ones too (parts above are laid out only as the page nears
    // them, and move it after the jump: land-on-section.ts keeps it in place).
    const landing = (id: string) =>
      page.evaluate((id) => {
        const section = document.querySelector(id)!;
        return Math.round(section.getBoundingClientRect().top - parseFloat(getComputedStyle(section).scrollMarginTop));
      }, id);
    for (const [i, id] of sections.entries()) {
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      await links.nth(i).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => Math.abs(await landing(id)), { message: `${id} lands on its heading` }).toBeLessThanOrEqual(3);
      await page.waitForTimeout(600);
      // On a busy machine a late layout may move it for a moment; the page puts it back (land-on-section.ts).
      const state = () => page.evaluate(() => `scrollY ${Math.round(scrollY)}, bar pinned: ${document.querySelector('.edition-bar nav')?.classList.contains('is-pinned')}`);
      await expect
        .poll(async () => Math.abs(await landing(id)), { timeout: 5_000 })
        .toBeLessThanOrEqual(3)
        .catch(async () => expect.fail(`${id} stays on its heading: ${await landing(id)} px off (${await state()})`));
    }
    await finish({ axe: 'nav.outline' });
  });
});

describe('the graphics of the story', () => {
  it('gives every section but the back matter (the last) a graphic, and links each strip mark to its event', async () => {
    const doc = new jsdom.JSDOM(await fetchHtml('/')).window.document;
    const sections = [...doc.querySelectorAll('main section.story-section')];
    expect(sections).toHaveLength(story.sections.length);
    for (const section of sections.slice(0, -1))
      expect(section.querySelector('figure, .scrolly, .timeline, .projects'), `#${section.id} has a graphic`).not.toBeNull();
    const marks = [...doc.querySelectorAll('figure.strip a')];
    expect(marks.length).toBeGreaterThan(0);
    for (const a of marks) {
      expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
      expect(a.getAttribute('aria-label')).toMatch(/\d{4}/);
    }
  });

  it('draws the strips without a mark over another, at 375 px, in Cyrillic and dark', async () => {
    const { page, finish } = await openPage('/sr-cyrl/', { width: 375, colorScheme: 'dark' });
    const strips = page.locator('figure.strip');
    expect(await strips.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await strips.count()); i++) {
      const strip = strips.nth(i);
      await strip.scrollIntoViewIfNeeded();
      const boxes = await strip.locator('a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
      const figure = (await strip.boundingBox())!;
      for (const [j, a] of boxes.entries()) {
        expect(a.width).toBeGreaterThanOrEqual(24);
        expect(a.left).toBeGreaterThanOrEqual(figure.x - 1);
        expect(a.right).toBeLessThanOrEqual(figure.x + figure.width + 1);
        for (const b of boxes.slice(j + 1)) expect(a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5, 'marks apart').toBe(true);
      }
    }
    await finish({ axe: 'figure.strip' });
  });
});

describe('the fonts', () => {
  for (const [path, assets, family, text] of [
    ['/', 'assets/', 'Noto Serif', 'China'],
    [`${SUB_PATH}sr-cyrl/`, '../assets/', 'Noto Serif', 'Кина'],
  ] as const)
    it(`come from the page's own site (${path}): the headline is set in ${family}`, async () => {
      const { page, finish, url } = await openPage(path, { width: 375 });
      const fonts: string[] = [];
      page.on('requestfinished', (r) => r.url().endsWith('.woff2') && fonts.push(r.url()));
      await fontsLoaded(page);
      const loaded = await page.evaluate(
        ([f, t]) => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded' && face.weight === '700').length > 0 && document.fonts.check(`700 32px "${f}"`, t),
        [family, text],
      );
      expect(loaded).toBe(true);
      const sources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.woff2')));
      expect(sources.length).toBeGreaterThan(0);
      for (const source of [...sources, ...fonts]) expect(source.startsWith(new URL(assets, url).href), source).toBe(true);
      // None is asked for before the first words are painted: a font file would hold that paint.
      const [fcp, firstFont] = await page.evaluate(() => [
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        Math.min(...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).map((e) => e.startTime)),
      ]);
      expect(fcp).toBeGreaterThan(0);
      expect(firstFont, 'first font request after the first contentful paint').toBeGreaterThanOrEqual(fcp!);
      await finish({ axe: false });
    });
  // The text is set in size-matched local fallbacks until the files arrive: the swap must not move what is on screen.
  // Not yet in the Latin Serbian edition: its letters with a diacritic (č, ć, đ, š, ž) come in a second file, and
  // while one file has come and the other not, a line can wrap differently for a moment.
  const swapEditions = EDITIONS.filter((e) => e.id !== 'sr-Latn');
  it.each(swapEditions.flatMap((e) => [360, 412].map((width) => [e.lang, width, e.path] as const)))('swap in, in %s at %i px (a phone at 1.75 device pixels), without moving the first screen', async (_, width, path) => {
    const { page, finish } = await openPage(`/${path}`, {
      width,
      height: 823,
      deviceScaleFactor: 1.75,
      setup: async (context) => {
        // The files come late, as on a slow network: the first screen is painted in the fallbacks first.
        await context.route(/\.woff2$/, async (route) => {
          await new Promise((done) => setTimeout(done, 800));
          await route.continue();
        });
        await context.addInitScript(() => {
          const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
      },
    });
    await fontsLoaded(page);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, v) => sum + v, 0), 'layout shift as the fonts swap in').toBeLessThan(0.001);
    await finish({ axe: false });
  });

  it('come without JavaScript too: the headline is set in Noto Serif', async () => {
    const { page, finish } = await openPage('/', { width: 375, javaScriptEnabled: false });
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('700 32px "Noto Serif"', 'China') && [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Serif' && f.status === 'loaded'))).toBe(true);
    await finish({ axe: false });
  });
});

describe('the copy desk’s small things', () => {
  for (const edition of EDITIONS)
    it(`${edition.lang}: one lower stylesheet, a favicon, one word to open every event, spaced separators, closed ranges`, async () => {
      const html = await fetchHtml(`/${edition.path}`);
      const doc = new jsdom.JSDOM(html).window.document;
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
      expect(sheets, 'each stylesheet linked once').toEqual([...new Set(sheets)]);
      expect(html.match(/below-[0-9a-f]+\.css/g)).toHaveLength(1);
      const icon = doc.querySelector('link[rel="icon"]')!.getAttribute('href')!;
      const response = await fetch(new URL(icon, `${inject('origin')}/${edition.path}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/svg/);
      const summaries = new Set([...doc.querySelectorAll('.timeline .event summary')].map((s) => s.textContent!.trim()));
      expect(summaries.size).toBe(1);
      for (const meta of doc.querySelectorAll(".project-meta")) expect(meta.textContent!.replace(/\s+/g, ' '), 'a space either side of ·').not.toMatch(/\S·|·\S/);
      // A range within one month is closed up ("17–19 June 2016"); only ranges across months are spaced.
      const ranges = [...doc.querySelectorAll('.timeline .date')].filter((a) => a.querySelectorAll('time').length === 2);
      expect(ranges.length).toBeGreaterThan(0);
      for (const a of ranges) {
        const [start, end] = [...a.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);
        if (start.slice(0, 7) === end.slice(0, 7)) expect(a.textContent, start).toMatch(/^\d+\.?–\d/);
      }
    });
});
