/** Each chart draws one mark per data row, and its table shows the same numbers as the data file. */
import { describe, expect, it } from 'vitest';
import type { ChinaTradeState } from '../../src/lib/graphics/china-trade/graphic.ts';
import { signOf, statedValue, tradeView } from '../../src/lib/graphics/china-trade/model.ts';
import { i18n, readData, storyFigures } from './data-files.ts';
import { fitProblems, limitChartBody } from './fit.ts';
import { openPage, type OpenPage } from './harness.ts';

async function tableRows(open: OpenPage, island: string): Promise<string[][]> {
  const frame = open.page.locator(`[data-island="${island}"]`).first();
  // A long table is drawn when its panel is opened (with JavaScript).
  await frame.locator('.chart-data details').evaluate((details: HTMLDetailsElement) => (details.open = true));
  return frame
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
    const open = await openPage('/');
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

  const [figure] = storyFigures('china-trade');
  const steps = figure?.block.type === 'scrolly' ? figure.block.steps.map((s) => s.state as ChinaTradeState) : [];
  const agreement = readData('china-trade.json').agreement;

  it('draws a computed or approximate figure as solid as a sourced one, marked by its sign, with a legend of what is drawn', async () => {
    const open = await openPage('/embed/china-trade.html');
    const island = open.page.locator('[data-island="china-trade"]');
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');
    for (const currency of [...new Set(years.map((y) => y.currency))]) {
      await island.getByRole('radio', { name: currency }).check();
      const view = tradeView(years, currency, agreement);
      const marks = view.bands.flatMap((b) => b.marks).filter((m) => m.value);
      await expect.poll(() => island.locator('.ct-bar').count()).toBe(marks.length);
      const paint = await island.locator('.ct-bar').evaluateAll((bars) =>
        bars.map((bar) => {
          const style = getComputedStyle(bar.querySelector('rect')!);
          const el = bar as SVGElement;
          return { key: el.dataset.key!, sign: el.dataset.sign, fill: `${style.fill} ${style.fillOpacity} ${getComputedStyle(bar).opacity}` };
        }),
      );
      for (const flow of ['exports', 'imports', 'total']) {
        const fills = new Set(paint.filter((p) => p.key.endsWith(flow)).map((p) => p.fill));
        expect([...fills], `${currency} ${flow}: one fill whatever the confidence`).toHaveLength(Math.min(1, fills.size));
      }
      // The year a step is about writes its signs in its callout.
      const { year } = JSON.parse((await island.locator('[data-state]').getAttribute('data-state'))!) as ChinaTradeState;
      // Each sign over its own bar (drawn from the bar's data-sign).
      for (const m of marks) expect(paint.find((p) => p.key === m.key)!.sign, m.key).toBe(m.year === year ? undefined : signOf(m.value!.confidence) || undefined);
      // Its sign written just over it, in the middle.
      const signed = await island.locator('.ct-bar[data-sign]').evaluateAll((bars) =>
        bars.map((bar) => {
          const b = bar.querySelector('rect')!.getBoundingClientRect();
          const sign = (bar as SVGElement).dataset.sign!;
          const over = [...bar.closest('svg.plot')!.querySelectorAll('text')].some((t) => {
            const r = t.getBoundingClientRect();
            return t.textContent === sign && r.bottom <= b.top + 1 && r.bottom >= b.top - 8 && Math.abs((r.left + r.right) / 2 - (b.left + b.right) / 2) < 2;
          });
          return { sign, over };
        }),
      );
      expect(signed.length).toBeGreaterThan(0);
      for (const s of signed) expect(s, 'a sign over its bar').toEqual({ sign: expect.stringMatching(/^[*≈?]$/), over: true });
      const flowsDrawn = new Set(marks.map((m) => m.flow));
      expect(await island.locator('.ct-legend li').count()).toBe(flowsDrawn.size);
    }
    await open.finish({ axe: '[data-island="china-trade"]' });
  });

  it('draws and labels the values of the year each step is about, at 375 px, even USD 8.9 million on a billions scale', async () => {
    const open = await openPage('/', { width: 375, height: 812, reducedMotion: 'reduce' });
    const island = open.page.locator('[data-island="china-trade"]').first();
    for (const [i, state] of steps.entries()) {
      if (state.year === undefined) continue;
      await open.page.locator(`[data-scrolly="${figure.figureId}"] [data-step="${i}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const view = tradeView(years, state.currency, agreement);
      const band = view.bands.find((b) => b.year === state.year)!;
      for (const mark of band.marks.filter((m) => m.value)) {
        const bar = island.locator(`.ct-bar[data-key="${mark.key}"]`);
        await expect.poll(() => bar.evaluate((el) => el.getBoundingClientRect().height), { message: mark.key }).toBeGreaterThanOrEqual(2);
        await expect
          .poll(() => island.locator('.ct-callout').evaluate((el) => (el.checkVisibility({ visibilityProperty: true }) ? el.textContent : null)), { message: mark.key })
          .toContain(statedValue(mark.value!, format));
      }
    }
    await open.finish({ axe: false });
  });

  it('fits a phone’s pinned graphic in every edition: nothing overflows, is cut or overlaps', async () => {
    for (const edition of ['/', '/sr-cyrl/']) {
      const open = await openPage(edition, { width: 375, height: 812, reducedMotion: 'reduce' });
      const island = open.page.locator('[data-island="china-trade"]').first();
      for (const i of steps.keys()) {
        await open.page.locator(`[data-scrolly="${figure.figureId}"] [data-step="${i}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect.poll(async () => JSON.parse((await island.locator('[data-state]').getAttribute('data-state'))!)).toMatchObject(steps[i]);
        for (const height of [0, 260, 420]) {
          await limitChartBody(island, height);
          await expect.poll(() => fitProblems(island), { message: `${edition} step ${i} in ${height || 'its own'} px` }).toEqual([]);
        }
      }
      await open.finish({ axe: false });
    }
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
    // A table this long is not in the story's page: its panel links to the chart's own page, which has it.
    const link = island.locator('.long-table a');
    const tablePage = (await link.count()) ? await openPage(new URL((await link.getAttribute('href'))!, open.url).pathname, { javaScriptEnabled: false }) : open;
    const rows = await tableRows(tablePage, 'finance');
    expect(rows.length).toBe(records.length);
    for (const r of records) expect(rows.some((row) => row.includes(String(r.id))), `record ${r.id}`).toBe(true);
    if (tablePage !== open) await tablePage.finish({ axe: false });
    await open.finish({ axe: false });
  });

  it('draws its long table in the story when the reader opens its panel', async () => {
    const open = await openPage('/');
    const island = open.page.locator('[data-island="finance"]').first();
    await island.evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');
    const summary = island.locator('.chart-data summary');
    await summary.focus();
    await open.page.keyboard.press('Enter');
    await expect.poll(() => island.locator('tbody tr').count()).toBe(records.length);
    await open.finish({ axe: '[data-island="finance"] .chart-data' });
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
