/**
 * The SVG project maps, without MapLibre: the scrolly's map, each step's close-up of its projects named beside their
 * markers; and the static maps a browser without WebGL keeps. The explorable live map is in map.test.ts.
 */
import pixelmatch from 'pixelmatch';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from './chromium.ts';
import { readData } from './data-files.ts';
import { openPage } from './harness.ts';
import { settledTextProblems, textProblems } from './text-fit.ts';
import { EXPLORE, located, mapScrolly, mapWords, staticNames, TOWN_CLOSE_UP } from './map-parts.ts';

/** What a reader sees of the scrolly's SVG map at a step (in the page, from the map's root). */
function scrollyView(root: Element, focus: string[]) {
  const svg = root.querySelector<SVGSVGElement>('.scrolly-map svg')!;
  const area = root.querySelector('.scrolly-map .map-area')!.getBoundingClientRect();
  const camera = svg.querySelector('.camera')!;
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const inside = (r: DOMRect) => r.left >= area.left - 1 && r.right <= area.right + 1 && r.top >= area.top - 1 && r.bottom <= area.bottom + 1;
  const gap = (a: DOMRect, b: DOMRect) => Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));
  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
  const texts = [...svg.querySelectorAll('text')].filter(visible);
  // A marker's circle reaching into a name's box (the glyphs' em box) hides part of the name.
  const markers = [...svg.querySelectorAll('.project-point')].filter(visible).map((el) => el.getBoundingClientRect());
  const underMarker = (r: DOMRect) =>
    markers.some((m) => {
      const [cx, cy] = [(m.left + m.right) / 2, (m.top + m.bottom) / 2];
      return Math.hypot(Math.max(r.left - cx, 0, cx - r.right), Math.max(r.top - cy, 0, cy - r.bottom)) < m.width / 2;
    });
  const projects = focus.map((id) => {
    const marks = [...svg.querySelectorAll(`[data-project="${id}"] .project-point, path.project-line[data-project="${id}"]`)].map((el) => el.getBoundingClientRect());
    const name = svg.querySelector(`text.focus[data-project="${id}"]`);
    const named = name && visible(name) ? name.getBoundingClientRect() : null;
    return {
      id,
      marks: marks.length,
      inside: marks.every(inside),
      named: !!named,
      // How far the name is from the nearest of its marks (px).
      nameGap: named ? Math.min(...marks.map((m) => gap(named, m))) : Infinity,
    };
  });
  return {
    area: box(area),
    settled: svg.classList.contains('screen') && !svg.querySelector('.labels.fading') && camera.getAnimations().length === 0,
    zoom: Number(svg.dataset.camera?.split(',')[0] ?? 0),
    rivers: texts.filter((t) => t.classList.contains('river')).length,
    towns: texts.filter((t) => t.classList.contains('town')).map((t) => t.textContent!.trim()),
    townsUnderMarkers: texts.filter((t) => t.classList.contains('town') && underMarker(t.getBoundingClientRect())).map((t) => t.textContent!.trim()),
    // In CSS pixels: the font's size in the picture's units times the picture's scale.
    smallestFont: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM()!.a)),
    projects,
  };
}

/** Scrolls a step's card to the reading line (two thirds down the screen) and waits for the map to show its state. */
async function readStep(page: Page, map: Locator, scrolly: Locator, i: number, focus: string[] | undefined) {
  await scrolly.locator('.step-card').nth(i).evaluate((card) => scrollBy({ top: card.getBoundingClientRect().top - (innerHeight * 2) / 3 + 40, behavior: 'instant' }));
  await expect.poll(async () => JSON.parse((await map.getAttribute('data-state'))!).projects, { message: `step ${i}'s state` }).toEqual(focus);
}

describe('the map as a scrolly graphic (SVG)', () => {
  const stepFocus = (i: number) => (mapScrolly.block.steps[i].state as { projects?: string[] }).projects;

  it.each([320, 375, 1280])(
    'at %i px every step frames its projects and names them beside their markers, with rivers and towns, no label cut or on another, no MapLibre',
    async (width) => {
      expect(mapScrolly, 'the story has a map scrolly').toBeDefined();
      const { block, id } = mapScrolly;
      // The smallest phone screen at 320 px (the map gets least height there).
      const { page, finish } = await openPage('/', { width, height: width === 320 ? 568 : width < 400 ? 812 : 900, reducedMotion: 'reduce' });
      const scrolly = page.locator(`[data-scrolly="${id}"]`);
      const map = scrolly.locator('.project-map');
      const townNames = Object.values(mapWords.towns);
      let wholeZoom = 0;
      let closeUpTowns = 0;
      const maplibre = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((u) => /maplibre|live-map/.test(u)));
      for (let i = 0; i < block.steps.length; i++) {
        const focus = stepFocus(i);
        await readStep(page, map, scrolly, i, focus);
        // Until the explorable map below comes near (it loads MapLibre then).
        if (i === 1) expect(await maplibre(), 'the scrolly loads no MapLibre').toEqual([]);
        await expect.poll(async () => (await map.evaluate(scrollyView, focus ?? [])).settled, { message: `step ${i} settles` }).toBe(true);
        const seen = await map.evaluate(scrollyView, focus ?? []);
        const where = `step ${i} at ${width} px`;
        expect(seen.rivers, `${where}: a river named`).toBeGreaterThan(0);
        expect(seen.towns.filter((t) => townNames.includes(t)).length, `${where}: a town named`).toBeGreaterThan(0);
        expect(seen.townsUnderMarkers, `${where}: town names a project's marker covers`).toEqual([]);
        expect(seen.smallestFont, `${where}: the smallest label's size (CSS px)`).toBeGreaterThan(10.9);
        if (!focus) wholeZoom = seen.zoom;
        else {
          expect(seen.zoom, `${where}: a close-up`).toBeGreaterThan(wholeZoom * 1.5);
          closeUpTowns += seen.towns.filter((t) => TOWN_CLOSE_UP.includes(t)).length;
          for (const p of seen.projects) {
            expect(p.marks, `${where}: ${p.id} drawn`).toBeGreaterThan(0);
            expect(p.inside, `${where}: ${p.id} inside the visible map`).toBe(true);
            expect(p.named, `${where}: ${p.id} named`).toBe(true);
            expect(p.nameGap, `${where}: ${p.id}'s name beside its marker (px)`).toBeLessThan(16);
          }
        }
        expect(await settledTextProblems(page, `[data-scrolly="${id}"] .project-map`), where).toEqual([]);
      }
      expect(closeUpTowns, 'towns named only in close-ups (Zemun, Borča…) appear in some close-up').toBeGreaterThan(0);
      // The map takes the width the pinned graphic has (less its padding), not a narrow column.
      const column = await scrolly.locator('.scrolly-graphic').evaluate((el) => el.getBoundingClientRect().width);
      const area = await map.evaluate((el) => el.querySelector('.map-area')!.getBoundingClientRect().width);
      expect(area, 'the map is as wide as the pinned graphic lets it').toBeGreaterThan(Math.min(column, 704) * 0.9);
      await finish({ axe: width === 375 ? `[data-scrolly="${id}"]` : false });
    },
    120_000,
  );

  it('glides from step to step, and jumps under reduced motion', async () => {
    const { block, id } = mapScrolly;
    const { page, finish } = await openPage('/', { width: 1280, height: 900 });
    const scrolly = page.locator(`[data-scrolly="${id}"]`);
    const map = scrolly.locator('.project-map');
    const closeUps = block.steps.map((_, i) => i).filter((i) => stepFocus(i));
    const moving = () => map.evaluate((el) => el.querySelector('.scrolly-map .camera')!.getAnimations().length > 0);
    await readStep(page, map, scrolly, 0, stepFocus(0));
    await expect.poll(() => map.evaluate((el) => !!el.querySelector('.scrolly-map svg.screen'))).toBe(true);
    await readStep(page, map, scrolly, closeUps[0], stepFocus(closeUps[0]));
    // (Once the countries' shapes are in, fetched as the map hydrated: a close-up names neighbours on their land.)
    await expect.poll(moving, { message: 'the camera glides to the close-up', interval: 20 }).toBe(true);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await readStep(page, map, scrolly, closeUps[1], stepFocus(closeUps[1]));
    expect(await moving(), 'under reduced motion the camera jumps').toBe(false);
    await expect
      .poll(async () => (await map.evaluate(scrollyView, stepFocus(closeUps[1])!)).projects.every((p) => p.inside && p.named), { message: 'at the close-up, its projects named' })
      .toBe(true);
    await finish({ axe: false });
  }, 60_000);
});

describe('the map without WebGL', () => {
  // One browser without WebGL for these tests (the shared one has it).
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...TEST_CHROMIUM_ARGS, '--disable-3d-apis'] });
  });
  afterAll(() => browser.close());

  it('at 375 and 1280 px the static maps name rivers and towns, none cut by the edge or on another label', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    try {
      const page = await context.newPage();
      await page.goto(inject('origin') + '/');
      await page.evaluate(() => document.fonts.ready);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 812 });
        for (const map of await page.locator('.project-map').all()) {
          await map.scrollIntoViewIfNeeded();
          const names = await staticNames(map);
          expect(names, `at ${width} px`).toEqual(expect.arrayContaining([mapWords.rivers.danube, mapWords.towns.belgrade]));
        }
        expect(await page.evaluate(textProblems, '.project-map'), `at ${width} px`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  }, 60_000);

  it.each(['/embed/map.html', '/sr-cyrl/embed/map.html'])(
    '%s draws the same map without JavaScript as once its island has hydrated, countries, borders, rivers and lakes included',
    async (path) => {
      const pictures: PNG[] = [];
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled });
        try {
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(m.text()));
          await page.goto(inject('origin') + path);
          await page.evaluate(() => document.fonts.ready);
          if (javaScriptEnabled) await expect.poll(() => page.locator('.projects [data-island="map"]').getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
          const svg = page.locator('.static-map svg');
          // The countries it is drawn over (the drawing its <use> shows) cover the map.
          const [drawn, map] = await svg.evaluate((el) => [el.querySelector('use')!.getBoundingClientRect().width, el.getBoundingClientRect().width]);
          expect(drawn, `the countries under the map, ${javaScriptEnabled ? 'hydrated' : 'without JavaScript'}`).toBeGreaterThan(map * 0.9);
          pictures.push(PNG.sync.read(await svg.screenshot()));
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      }
      const [before, after] = pictures;
      expect([after.width, after.height]).toEqual([before.width, before.height]);
      expect(pixelmatch(before.data, after.data, null, before.width, before.height, { threshold: 0.1 }), 'pixels the hydration changed').toBe(0);
    },
    60_000,
  );

  it('shows the static map with every project, and no error', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(inject('origin') + '/#projects');
      const map = page.locator(EXPLORE);
      // The reader scrolls on to the map (the page no longer holds the section's heading where the link landed).
      await page.mouse.wheel(0, 1);
      await map.scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('.projects [data-island="map"]').getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
      await page.waitForTimeout(500);
      expect(await map.getAttribute('data-map-status')).toBe('static');
      expect(await map.locator('.static-map svg').isVisible()).toBe(true);
      expect(await map.locator('.static-map g.project').count()).toBe(located.length);
      // The legend still filters the static map.
      await map.locator('.legend button', { hasText: readData('story.json').graphics.map!.sectors.transport }).click();
      const transport = located.filter((p) => p.sector === 'transport').length;
      expect(await map.locator('.static-map g.project:visible').count()).toBe(located.length - transport);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
