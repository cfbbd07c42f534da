/**
 * Pictures of what a reader sees: every chart of the story at every step, in every edition, at 375 and 1280 px,
 * compared with a committed reference (tests/fixtures/screens/). They are taken on the site built from the frozen
 * fixture data (dist-fixture/, `npm run build:fixture`), so a journalist's edit of data/ never changes them.
 *
 * After a deliberate change of a chart's look: `UPDATE_REFERENCE=1 npx vitest run --project browser tests/browser/pictures.test.ts`
 * rewrites the references; look at each new picture before committing it. A failing comparison leaves the picture
 * taken and a picture of the differences in test-results/screens/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { outlinePlot, svgToPixels } from '../../src/build/images.ts';
import { embedsOf } from '../../src/lib/embeds/embeds.ts';
import chinaTrade, { type ChinaTradeState } from '../../src/lib/graphics/china-trade/graphic.ts';
import { drawPlot } from '../../src/lib/graphics/china-trade/picture.ts';
import type { FinanceState } from '../../src/lib/graphics/finance/graphic.ts';
import { financeModel, groupKeyFor } from '../../src/lib/graphics/finance/model.ts';
import { financeSvg } from '../../src/lib/graphics/finance/picture.ts';
import { createI18n } from '../../src/lib/i18n/context.ts';
import { EDITIONS } from '../../src/lib/i18n/editions.ts';
import { pictureOf } from '../../src/lib/publishing/pictures/pictures.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/publishing/site.ts';
import { editionsOf, FIXTURE_DIR, loadData, ROOT } from '../helpers/data.ts';
import { fontsLoaded, openPage } from './harness.ts';

const REFERENCES = join(ROOT, 'tests', 'fixtures', 'screens');
const RESULTS = join(ROOT, 'test-results', 'screens');
const UPDATE = !!process.env.UPDATE_REFERENCE;
/** Share of pixels that nothing near them in the other picture explains: a moved, lost or new label or bar is far more. */
const TOLERANCE = 0.002;
/** How far (of 255) a channel may lie outside its neighbourhood's range: smoothing, not a mark. */
const SLACK = 24;
/** A chart's picture against its page: two renderers smooth text differently; a moved or lost label is far more. */
const PICTURE_TOLERANCE = 0.004;

const story = loadData(FIXTURE_DIR)['story.json'];
const charts = story.sections.flatMap((section) =>
  section.blocks.flatMap((block, i) =>
    block.type === 'scrolly' && block.graphic !== 'map' ? [{ id: `${section.id}-scrolly-${i}`, steps: block.steps.length }] : [],
  ),
);
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

/**
 * Pixels of `a` that `b` does not explain: a pixel is explained when each of its channels lies within the range of
 * that channel in the 3 × 3 pixels around the same place in `b`. So a line or a letter drawn half a pixel lower
 * (another sub-pixel position, smoothed differently) is explained, and a label that is gone, moved or new is not.
 */
function unexplained(a: PNG, b: PNG): number {
  const { width, height } = a;
  let count = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (a.data[i] === b.data[i] && a.data[i + 1] === b.data[i + 1] && a.data[i + 2] === b.data[i + 2]) continue;
      for (let c = 0; c < 3; c++) {
        let min = 255;
        let max = 0;
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const yy = Math.min(height - 1, Math.max(0, y + dy));
            const xx = Math.min(width - 1, Math.max(0, x + dx));
            const v = b.data[(yy * width + xx) * 4 + c];
            if (v < min) min = v;
            if (v > max) max = v;
          }
        const v = a.data[(y * width + x) * 4 + c];
        if (v < min - SLACK || v > max + SLACK) {
          count++;
          break;
        }
      }
    }
  return count;
}

/** The picture and the reference differ in this share of their pixels (1 when their sizes differ); `diff` shows where. */
function difference(actual: PNG, reference: PNG, diff: PNG): number {
  if (actual.width !== reference.width || actual.height !== reference.height) return 1;
  pixelmatch(actual.data, reference.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  return Math.max(unexplained(actual, reference), unexplained(reference, actual)) / (actual.width * actual.height);
}

describe('pictures of the charts at every step', () => {
  it('the fixture story has charts with steps', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(EDITIONS.flatMap((e) => VIEWPORTS.map((v) => [e.lang, v.width, e, v] as const)))(
    'in %s at %i px, each looks as its reference',
    async (_, __, edition, viewport) => {
      const { page, finish } = await openPage(`/${edition.path}`, { ...viewport, reducedMotion: 'reduce', origin: inject('fixtureOrigin') });
      // Every face loaded first: a face first used by a later step would otherwise arrive between two pictures.
      await fontsLoaded(page);
      const folder = join(REFERENCES, edition.id);
      mkdirSync(UPDATE ? folder : RESULTS, { recursive: true });
      for (const { id, steps } of charts) {
        const scrolly = page.locator(`[data-scrolly="${id}"]`);
        await scrolly.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
        await expect.poll(() => scrolly.locator('[data-island]').getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
        for (let step = 0; step < steps; step++) {
          // The card just past the reading line: the graphic shows its step.
          await scrolly.locator(`[data-step="${step}"] .step-card`).evaluate(async (card) => {
            scrollBy({ top: card.getBoundingClientRect().top - ((innerHeight * 2) / 3 - 40), behavior: 'instant' });
            for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
          });
          await expect.poll(() => scrolly.locator(`[data-step="${step}"]`).getAttribute('class')).toContain('is-active');
          const name = `${id}-${step}-${viewport.width}.png`;
          const shot = PNG.sync.read(await scrolly.locator('.scrolly-pinned').screenshot({ animations: 'disabled', caret: 'hide' }));
          if (UPDATE) {
            writeFileSync(join(folder, name), PNG.sync.write(shot));
            continue;
          }
          const reference = PNG.sync.read(readFileSync(join(folder, name)));
          const diff = new PNG({ width: shot.width, height: shot.height });
          const share = difference(shot, reference, diff);
          if (share > TOLERANCE) {
            writeFileSync(join(RESULTS, `${edition.id}-${name}`), PNG.sync.write(shot));
            if (share < 1) writeFileSync(join(RESULTS, `${edition.id}-${name.replace('.png', '.diff.png')}`), PNG.sync.write(diff));
          }
          expect.soft(share, `${edition.id}/${name}: share of pixels unlike the reference (${shot.width}×${shot.height} against ${reference.width}×${reference.height})`).toBeLessThanOrEqual(TOLERANCE);
        }
      }
      await finish({ axe: false }); // axe runs on the story built from data/ in story-page.test.ts
    },
    120_000,
  );
});

/**
 * A plot's picture against the page's screenshot of it: the picture put on the page's background (the plot has none
 * of its own: the picture's frame gives it the page's; resvg's pixels are premultiplied by their opacity), and the
 * share of pixels that the other drawing does not explain, each pixel by one near it. Over the tolerance, both are
 * left in test-results/screens/ as `<name>-picture.png` and `<name>-page.png`.
 */
async function comparedOnPage(page: Page, shot: PNG, picture: { width: number; height: number; pixels: Buffer }, name: string): Promise<{ pixels: PNG; unlike: number }> {
  const bg = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g)!.map(Number);
  for (let i = 0; i < picture.pixels.length; i += 4)
    for (let c = 0; c < 3; c++) picture.pixels[i + c] = picture.pixels[i + c] + Math.round((bg[c] * (255 - picture.pixels[i + 3])) / 255);
  const pixels = { width: picture.width, height: picture.height, data: picture.pixels } as unknown as PNG;
  expect([picture.width, picture.height]).toEqual([shot.width, shot.height]);
  const unlike = Math.max(unexplained(shot, pixels), unexplained(pixels, shot)) / (shot.width * shot.height);
  if (unlike > PICTURE_TOLERANCE) {
    mkdirSync(RESULTS, { recursive: true });
    const png = new PNG({ width: picture.width, height: picture.height });
    picture.pixels.copy(png.data);
    for (let i = 3; i < png.data.length; i += 4) png.data[i] = 255;
    writeFileSync(join(RESULTS, `${name}-picture.png`), PNG.sync.write(png));
    writeFileSync(join(RESULTS, `${name}-page.png`), PNG.sync.write(shot));
  }
  return { pixels, unlike };
}

/** Where the coloured marks are (debt's dots and keys, a focused panel's edge; finance's bars; a highlighted partner's bars): each patch of at least `least` strongly coloured pixels, its middle and size. */
function patches(png: { width: number; height: number; data: Uint8Array }, least = 12): { x: number; y: number; area: number }[] {
  const { width, height, data } = png;
  const coloured = (i: number) => Math.max(data[i * 4], data[i * 4 + 1], data[i * 4 + 2]) - Math.min(data[i * 4], data[i * 4 + 1], data[i * 4 + 2]) > 40;
  const seen = new Uint8Array(width * height);
  const found: { x: number; y: number; area: number }[] = [];
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || !coloured(start)) continue;
    const stack = [start];
    seen[start] = 1;
    let [sx, sy, area] = [0, 0, 0];
    while (stack.length) {
      const i = stack.pop()!;
      const [x, y] = [i % width, Math.floor(i / width)];
      sx += x;
      sy += y;
      area++;
      for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]])
        if (nx >= 0 && ny >= 0 && nx < width && ny < height && !seen[ny * width + nx] && coloured(ny * width + nx)) {
          seen[ny * width + nx] = 1;
          stack.push(ny * width + nx);
        }
    }
    if (area >= least) found.push({ x: sx / area, y: sy / area, area });
  }
  return found.sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * A chart's picture (share card, downloads, a step without JavaScript) is its page's own drawing: drawn at the size
 * the page gives the plot, it has its marks where the page has them and its text where the page has it.
 */
describe('the debt chart’s picture, against its page', () => {
  it.each(EDITIONS.filter((e) => e.id !== 'sr-Latn').flatMap((e) => [375, 768].map((width) => [e.lang, width, e] as const)))(
    'in %s at %i px, the picture has the page’s marks and text in their places',
    async (_, width, edition) => {
      const data = editionsOf(FIXTURE_DIR)[edition.id]!;
      const state = embedsOf(data['story.json']).find((e) => e.id === 'debt')!.state;
      const { page, finish } = await openPage(`/${edition.path}embed/debt.html`, { width, height: 1000, reducedMotion: 'reduce', origin: inject('fixtureOrigin') });
      await fontsLoaded(page);
      const plot = page.locator('[data-island="debt"] svg.plot');
      await expect.poll(() => page.locator('[data-island="debt"]').getAttribute('data-hydrated')).toBe('true');
      const box = (await plot.boundingBox())!;
      // The page's plot at whole pixels, as a picture is drawn.
      await plot.evaluate((svg, size) => Object.assign((svg.parentElement as HTMLElement).style, { width: `${size.width}px`, height: `${size.height}px`, flex: 'none' }), {
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      const at = (await plot.boundingBox())!;
      const shot = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), ...size }, animations: 'disabled', caret: 'hide' }));
      const drawn = pictureOf('debt', data, createI18n(edition.lang, data['interface.json'], '', DEFAULT_SITE_URL), state)!.draw(size.width, size.height);
      const picture = svgToPixels(outlinePlot(drawn.props.svg!), size.width);
      const { pixels, unlike } = await comparedOnPage(page, shot, picture, `debt-${edition.id}-${width}`);
      const [onPage, inPicture] = [patches(shot), patches(pixels)];
      expect(onPage.length, 'the page draws its marks').toBeGreaterThan(4);
      expect(inPicture.length, 'as many marks in the picture as on the page').toBe(onPage.length);
      onPage.forEach((mark, i) => {
        const other = inPicture[i];
        expect(Math.hypot(mark.x - other.x, mark.y - other.y), `mark ${i} at (${mark.x.toFixed(1)}, ${mark.y.toFixed(1)}) on the page`).toBeLessThanOrEqual(1.5);
        // Its size in pixels, up to the smoothing of its edge.
        expect(Math.abs(mark.area - other.area), `mark ${i}'s size (${mark.area} pixels on the page)`).toBeLessThanOrEqual(Math.max(16, 0.2 * mark.area));
      });
      expect(unlike, 'share of pixels the other drawing does not explain').toBeLessThanOrEqual(PICTURE_TOLERANCE);
      await finish({ axe: false });
    },
    60_000,
  );
});

/**
 * The finance chart's picture is its page's own drawing: drawn at the size the page gives the chart (its bars' track
 * and the room around it for the labels), it has its bars where the page has them and its text where the page has it.
 */
describe('the finance chart’s picture, against its page', () => {
  it.each(EDITIONS.filter((e) => e.id !== 'sr-Latn').flatMap((e) => [375, 1024].map((width) => [e.lang, width, e] as const)))(
    'in %s at %i px, the picture has the page’s bars and text in their places',
    async (_, width, edition) => {
      const data = editionsOf(FIXTURE_DIR)[edition.id]!;
      const state = embedsOf(data['story.json']).find((e) => e.id === 'finance')!.state as FinanceState;
      const { page, finish } = await openPage(`/${edition.path}embed/finance.html`, { width, height: 1000, reducedMotion: 'reduce', origin: inject('fixtureOrigin') });
      await fontsLoaded(page);
      await expect.poll(() => page.locator('[data-island="finance"]').getAttribute('data-hydrated')).toBe('true');
      // The chart with the room for its labels, at whole pixels, as a picture is drawn.
      const chart = page.locator('[data-island="finance"] .fc-chart');
      const box = (await chart.boundingBox())!;
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      await chart.evaluate((el, s) => Object.assign((el as HTMLElement).style, { width: `${s.width}px`, height: `${s.height}px`, flex: 'none' }), size);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const at = (await chart.boundingBox())!;
      const shot = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), ...size }, animations: 'disabled', caret: 'hide' }));
      const i18n = createI18n(edition.lang, data['interface.json'], '', DEFAULT_SITE_URL);
      const w = data['story.json'].graphics.finance!;
      const model = financeModel(data['aiddata-finance.json'].records, w);
      const show = { focus: groupKeyFor(model.groups, state.sector), year: state.year ?? null };
      const picture = svgToPixels(outlinePlot(financeSvg(model, { w, format: i18n.format }, show, size)), size.width);
      const { pixels, unlike } = await comparedOnPage(page, shot, picture, `finance-${edition.id}-${width}`);
      const [onPage, inPicture] = [patches(shot), patches(pixels)];
      expect(onPage.length, 'the page draws its bars').toBeGreaterThan(4);
      expect(inPicture.length, 'as many bars in the picture as on the page').toBe(onPage.length);
      // Each bar against the picture's nearest (bars level with each other have no order of their own).
      onPage.forEach((mark, i) => {
        const distance = (p: { x: number; y: number }) => Math.hypot(mark.x - p.x, mark.y - p.y);
        const other = inPicture.reduce((a, b) => (distance(b) < distance(a) ? b : a));
        expect(distance(other), `bar ${i} at (${mark.x.toFixed(1)}, ${mark.y.toFixed(1)}) on the page`).toBeLessThanOrEqual(1.5);
        // Its size in pixels, up to the smoothing of its edges (a bar a pixel wider in one renderer).
        expect(Math.abs(mark.area - other.area), `bar ${i}'s size (${mark.area} pixels on the page)`).toBeLessThanOrEqual(Math.max(16, 0.2 * mark.area));
      });
      expect(unlike, 'share of pixels the other drawing does not explain').toBeLessThanOrEqual(PICTURE_TOLERANCE);
      await finish({ axe: false });
    },
    60_000,
  );
});

describe('the trade partners’ picture, against its page', () => {
  /** A period with two flows, a gap and more partners than a picture of a phone's width shows. */
  const state = { period: 'January–October 2023', flow: 'imports', partner: 'China' } as const;

  it.each(EDITIONS.filter((e) => e.id !== 'sr-Latn').flatMap((e) => [375, 768].map((width) => [e.lang, width, e] as const)))(
    'in %s at %i px, the picture has the page’s bars and text in their places',
    async (_, width, edition) => {
      const data = editionsOf(FIXTURE_DIR)[edition.id]!;
      const query = new URLSearchParams(state).toString();
      const island = '[data-island="trade-partners"]';
      const { page, finish } = await openPage(`/${edition.path}embed/trade-partners.html?${query}`, { width, height: 1000, reducedMotion: 'reduce', origin: inject('fixtureOrigin') });
      await fontsLoaded(page);
      await expect.poll(() => page.locator(island).getAttribute('data-hydrated')).toBe('true');
      await expect.poll(async () => JSON.parse((await page.locator(`${island} [data-state]`).getAttribute('data-state'))!)).toMatchObject(state);
      const plot = page.locator(`${island} svg.plot`);
      const box = (await plot.boundingBox())!;
      // The page's plot at whole pixels, as a picture is drawn.
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      await plot.evaluate((svg, s) => Object.assign((svg.parentElement as HTMLElement).style, { width: `${s.width}px`, height: `${s.height}px`, flex: 'none' }), size);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const drawn = pictureOf('trade-partners', data, createI18n(edition.lang, data['interface.json'], '', DEFAULT_SITE_URL), state)!.draw(size.width, size.height);
      const picture = svgToPixels(outlinePlot(drawn.props.svg!), size.width);
      const at = (await plot.boundingBox())!;
      const shot = PNG.sync.read(
        await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), width: size.width, height: picture.height }, animations: 'disabled', caret: 'hide' }),
      );
      // The picture ends below its last row; the page's box, a pixel or so lower.
      expect(size.height - picture.height, 'the picture is as tall as the page’s plot').toBeLessThanOrEqual(1);
      const { pixels, unlike } = await comparedOnPage(page, shot, picture, `trade-partners-${edition.id}-${width}`);
      // The highlighted partner's bars, the only strongly coloured shapes larger than a letter.
      const [onPage, inPicture] = [patches(shot, 100), patches(pixels, 100)];
      expect(onPage.length, 'the page draws the highlighted bars').toBe(2);
      expect(inPicture.length, 'as many in the picture').toBe(onPage.length);
      onPage.forEach((bar, i) => {
        const other = inPicture[i];
        expect(Math.hypot(bar.x - other.x, bar.y - other.y), `bar ${i} at (${bar.x.toFixed(1)}, ${bar.y.toFixed(1)}) on the page`).toBeLessThanOrEqual(1.5);
        expect(Math.abs(bar.area - other.area), `bar ${i}'s size (${bar.area} pixels on the page)`).toBeLessThanOrEqual(Math.max(16, 0.1 * bar.area));
      });
      expect(unlike, 'share of pixels the other drawing does not explain').toBeLessThanOrEqual(PICTURE_TOLERANCE);
      await finish({ axe: false });
    },
    60_000,
  );
});

/** The trade chart's picture is its page's own drawing: drawn at the size of the page's box, its text and marks where the page has them. */
describe('the china-trade chart’s picture, against its page', () => {
  it.each(EDITIONS.filter((e) => e.id !== 'sr-Latn').flatMap((e) => [375, 768].map((width) => [e.lang, width, e] as const)))(
    'in %s at %i px, the picture has the page’s marks and text in their places',
    async (_, width, edition) => {
      const data = editionsOf(FIXTURE_DIR)[edition.id]!;
      const state = embedsOf(data['story.json']).find((e) => e.id === 'china-trade')!.state;
      const { page, finish } = await openPage(`/${edition.path}embed/china-trade.html`, { width, height: 1000, reducedMotion: 'reduce', origin: inject('fixtureOrigin') });
      await fontsLoaded(page);
      await expect.poll(() => page.locator('[data-island="china-trade"]').getAttribute('data-hydrated')).toBe('true');
      const plot = page.locator('[data-island="china-trade"] svg.plot');
      const box = (await plot.boundingBox())!;
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      // The page's box at whole pixels, as a picture is drawn.
      await plot.evaluate((svg, s) => Object.assign((svg.parentElement as HTMLElement).style, { width: `${s.width}px`, height: `${s.height}px`, flex: 'none' }), size);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const at = (await plot.boundingBox())!;
      const shot = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), ...size }, animations: 'disabled', caret: 'hide' }));
      const i18n = createI18n(edition.lang, data['interface.json'], '', DEFAULT_SITE_URL);
      const words = data['story.json'].graphics['china-trade']!;
      const svg = drawPlot({ props: chinaTrade.props(data), words, state: state as ChinaTradeState, format: i18n.format }, size);
      const picture = svgToPixels(outlinePlot(svg), size.width);
      const { unlike } = await comparedOnPage(page, shot, picture, `china-trade-${edition.id}-${width}`);
      expect(unlike, 'share of pixels the other drawing does not explain').toBeLessThanOrEqual(PICTURE_TOLERANCE);
      await finish({ axe: false });
    },
    60_000,
  );
});
