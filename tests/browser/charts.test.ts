/** Each chart draws one mark per data row, and its table shows the same numbers as the data file. */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { i18n, readData, storyFigures } from './data-files.ts';
import { openPage, type OpenPage } from './harness.ts';

async function tableRows(open: OpenPage, island: string): Promise<string[][]> {
  return open.page
    .locator(`[data-island="${island}"]`)
    .first()
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
}

const { format } = i18n();

describe('chart: Serbia–China trade over time', () => {
  const years = readData('china-trade.json').years;
  const expectedBars = (currency: string) =>
    years
      .filter((y) => y.currency === currency)
      .reduce((n, y) => n + (y.exports || y.imports ? Number(!!y.exports) + Number(!!y.imports) : Number(!!y.total)), 0);

  it('draws a bar per published figure in each currency, gaps as gaps, and its table has every figure', async () => {
    const open = await openPage('/#trade');
    const island = open.page.locator('[data-island="china-trade"]').first();
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');
    for (const currency of [...new Set(years.map((y) => y.currency))]) {
      await island.getByRole('radio', { name: currency }).focus();
      await open.page.keyboard.press('Space');
      await expect.poll(() => island.locator('.ct-bar').count(), { message: currency }).toBe(expectedBars(currency));
      const shown = years.filter((y) => y.currency === currency).map((y) => y.year);
      const span = Math.max(...shown) - Math.min(...shown) + 1;
      const gaps = await island.locator('.ct-gap').count();
      if (span > shown.length) expect(gaps, `${currency}: missing years are drawn as gaps`).toBeGreaterThan(0);
      else expect(gaps).toBe(0);
    }
    const rows = await tableRows(open, 'china-trade');
    expect(rows.length).toBe(years.length);
    for (const y of years) {
      const row = rows.find((r) => r[0] === String(y.year) && r.join(' ').includes(y.currency))!;
      expect(row, `${y.year} ${y.currency}`).toBeDefined();
      for (const figure of [y.exports, y.imports, y.total])
        if (figure) expect(row).toContain(format.number(figure.value));
    }
    await open.finish({ axe: '[data-island="china-trade"]' });
  });
});

describe('chart: Chinese official finance (AidData)', () => {
  const records = readData('aiddata-finance.json').records;
  it('draws one segment per year and sector group with commitments, and lists every record in its table', async () => {
    const totals = new Map<string, number>();
    for (const r of records) if (r.amountUsd2021) totals.set(r.sector, (totals.get(r.sector) ?? 0) + r.amountUsd2021);
    const named = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([s]) => s);
    const cells = new Set(
      records.filter((r) => r.amountUsd2021 && r.commitmentYear).map((r) => `${r.commitmentYear}|${named.includes(r.sector) ? r.sector : 'other'}`),
    );
    const open = await openPage('/', { javaScriptEnabled: false });
    const island = open.page.locator('[data-island="finance"]').first();
    expect(await island.locator('.fc-seg').count()).toBe(cells.size);
    const rows = await tableRows(open, 'finance');
    expect(rows.length).toBe(records.length);
    for (const r of records) expect(rows.some((row) => row.includes(String(r.id))), `record ${r.id}`).toBe(true);
    await open.finish({ axe: false });
  });
});

describe('chart: Serbia’s debt to China', () => {
  const series = readData('debt.json').series;
  it('draws one point per figure, in separate series, and its table has every figure', async () => {
    const open = await openPage('/', { javaScriptEnabled: false });
    const island = open.page.locator('[data-island="debt"]').first();
    expect(await island.locator('.dc-row .mark').count()).toBe(series.reduce((n, s) => n + s.points.length, 0));
    expect(await island.locator('svg path, svg line, svg polyline').count(), 'no line joins the points').toBe(0);
    const rows = await tableRows(open, 'debt');
    expect(rows.length).toBe(series.reduce((n, s) => n + s.points.length, 0));
    for (const s of series)
      for (const p of s.points) expect(rows.some((row) => row.join(' ').includes(format.number(p.value))), `${s.id} ${p.date}`).toBe(true);
    await open.finish({ axe: false });
  });
});

/**
 * What a reader would see wrong with a chart's words: a text outside the chart's box (its .chart-body), cut by
 * its box's overflow or an ellipsis, or overlapping another text. Texts are measured as drawn (a text node's
 * client rects, in CSS pixels; SVG text against the SVG's own rect, which is the chart's box there too).
 */
function labelProblems(chart: Locator): Promise<string[]> {
  return chart.evaluate((root) => {
    const box = root.querySelector('.chart-body')!.getBoundingClientRect();
    const problems: string[] = [];
    const texts: { text: string; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(root.querySelector('.chart-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const element = node.parentElement!;
      if (!text || element.closest('.tooltip, .sr-only') || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (!rect.width || !rect.height) continue;
      const svg = element.closest('svg');
      const frame = svg ? svg.getBoundingClientRect() : box;
      if (rect.left < frame.left - 0.5 || rect.right > frame.right + 0.5 || rect.top < frame.top - 0.5 || rect.bottom > frame.bottom + 0.5)
        problems.push(`"${text}" lies outside the chart (${Math.round(rect.left - frame.left)}, ${Math.round(rect.top - frame.top)}; box ${Math.round(frame.width)} × ${Math.round(frame.height)})`);
      const style = getComputedStyle(element);
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) problems.push(`"${text}" is cut with an ellipsis`);
      for (let el: HTMLElement | null = element; el && el !== root; el = el.parentElement) {
        const s = getComputedStyle(el);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const clip = el.getBoundingClientRect();
        if (rect.left < clip.left - 0.5 || rect.right > clip.right + 0.5 || rect.top < clip.top - 0.5 || rect.bottom > clip.bottom + 0.5)
          problems.push(`"${text}" is cut by the overflow of its box (${el.className})`);
      }
      texts.push({ text, rect });
    }
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].rect;
        const b = texts[j].rect;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) problems.push(`"${texts[i].text}" overlaps "${texts[j].text}" (${Math.round(x)} × ${Math.round(y)} px)`);
      }
    return problems;
  });
}

describe('the finance and debt charts’ labels fit in the Serbian editions', () => {
  const editions = ['sr/', 'sr-cyrl/'];
  const widths = [320, 375, 1280];

  it('in the story, at every step, nothing is outside its chart, cut or overlapping', async () => {
    for (const edition of editions) {
      // Motion as most readers have it: under reduced motion every change still takes a frame (global.css), which a
      // busy page can make long, and what is measured then is the frame before.
      const { page, finish } = await openPage(`/${edition}`, { width: widths[0] });
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        for (const graphic of ['finance', 'debt']) {
          const [{ block, figureId }] = storyFigures(graphic);
          const scrolly = page.locator(`[data-scrolly="${figureId}"]`);
          const figure = scrolly.locator('[data-island]');
          await scrolly.scrollIntoViewIfNeeded();
          await expect.poll(() => figure.getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
          const steps = block.type === 'scrolly' ? block.steps : [];
          for (let i = 0; i < steps.length; i++) {
            await scrolly.locator(`[data-step="${i}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
            const expected = { ...steps[0].state, ...steps[i].state };
            await expect.poll(async () => JSON.parse((await figure.locator('[data-state]').first().getAttribute('data-state'))!)).toMatchObject(expected);
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            expect.soft(await labelProblems(figure), `${edition} ${width} px, ${graphic}, step ${i}`).toEqual([]);
          }
        }
      }
      await finish({ axe: false });
    }
  }, 120_000);

  it('in the embeds, nothing is outside its chart, cut or overlapping', async () => {
    for (const edition of editions)
      for (const graphic of ['finance', 'debt']) {
        const { page, finish } = await openPage(`/${edition}embed/${graphic}.html`, { width: widths[0] });
        const figure = page.locator(`[data-island="${graphic}"]`);
        await expect.poll(() => figure.getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          expect.soft(await labelProblems(figure), `${edition} ${width} px, ${graphic}`).toEqual([]);
        }
        await finish({ axe: false });
      }
  }, 60_000);
});

describe('the static map of projects (no JavaScript, no WebGL)', () => {
  const projects = readData('projects.json').projects;
  it('shows every located project, the disputed Kosovo border and its note', async () => {
    const open = await openPage('/', { javaScriptEnabled: false, width: 375 });
    const map = open.page.locator('.projects .static-map');
    const expected = projects.reduce(
      (n, p) => n + (!p.location ? 0 : p.location.type === 'Point' ? 1 : p.location.type === 'MultiPoint' ? p.location.coordinates.length : 1),
      0,
    );
    expect(await map.locator('.project-point, .project-line').count()).toBe(expected);
    // The story's maps share one file of countries and borders (map/basemap.svg, <use href="…#countries">).
    const href = (await map.locator('use').getAttribute('href'))!;
    const shapes = await (await open.page.request.get(new URL(href, open.page.url()).href)).text();
    expect(shapes.match(/stroke-dasharray/g), 'the disputed border, dashed').toHaveLength(1);
    expect(shapes.match(/<path d="M/g)!.length).toBeGreaterThan(8);
    const basemap = map;
    const words = readData('story.json').graphics.map!;
    expect(await map.locator('figcaption').textContent()).toContain(words.caption.kosovo);
    // Each town is labelled once, and Serbia's own name is on the map.
    expect(await basemap.locator('text.country-label.serbia').textContent()).toBe(words.countries.RS);
    const towns = await map.locator('text.place').allTextContents();
    expect(towns.length).toBeGreaterThan(0);
    expect(new Set(towns).size).toBe(towns.length);
    await open.finish({ axe: false });
  });
});
