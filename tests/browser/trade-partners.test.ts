import { describe, expect, it } from 'vitest';
import type { TradePartnersState } from '../../src/lib/graphics/trade-partners/graphic.ts';
import { periodsFrom } from '../../src/lib/graphics/trade-partners/model.ts';
import { i18n, readData, storyFigures } from './data-files.ts';
import { fitProblems, limitChartBody } from './fit.ts';
import { openPage } from './harness.ts';

const series = readData('trade-partners.json').series;
const periods = periodsFrom(series);
const { format, words } = i18n();
const [figure] = storyFigures('trade-partners');
const w = readData('story.json').graphics['trade-partners']!;
const ISLAND = `[data-island="trade-partners"]`;

describe('chart: Serbia’s trade partners', () => {
  it('is in the story', () => {
    expect(figure, 'story.json has a trade-partners graphic').toBeDefined();
  });

  it('draws one bar per value for each period chosen by keyboard, its table shows the same numbers, and tooltips work by keyboard and mouse', async () => {
    const { page, finish } = await openPage(`/#${figure.section}`);
    const island = page.locator(ISLAND).first();
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');

    for (const period of periods) {
      if (periods.length > 1) {
        await island.getByRole('radio', { name: period.period }).focus();
        await page.keyboard.press('Space');
        await expect.poll(() => island.getByRole('radio', { name: period.period }).isChecked()).toBe(true);
      }
      const expectedBars = period.rows.flatMap((r) => period.flows.filter((f) => r.values[f]?.value != null)).length;
      await expect.poll(() => island.locator('.tp-bar').count()).toBe(expectedBars);
      const cells = await island.locator('tbody tr').evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())),
      );
      expect(cells.length).toBe(period.rows.length);
      // The CSV link follows the period: the file written with the site, or a data: URL made for another period.
      const href = await island.locator('a.download[download$=".csv"]').evaluate((a) => (a as HTMLAnchorElement).href);
      const csv = href.startsWith('data:') ? decodeURIComponent(href.slice(href.indexOf(',') + 1)) : new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await page.request.get(href)).body());
      expect(csv.trimEnd().split('\r\n').length, period.period).toBe(period.rows.length + 1);
      for (const row of period.rows) {
        const tableRow = cells.find((c) => c[0] === row.label)!;
        period.flows.forEach((flow, i) => {
          const value = row.values[flow]?.value;
          expect(tableRow[i + 1]).toBe(value == null ? words.chart.noValue : format.number(value, period.decimals));
        });
      }
      const barLabels = await island.locator('.tp-value').allTextContents();
      for (const row of period.rows)
        for (const flow of period.flows) {
          const value = row.values[flow]?.value;
          if (value != null) expect(barLabels.some((l) => l.replace(/^≈\s*/, '') === format.number(value, period.decimals))).toBe(true);
        }
    }

    // Keyboard: one tab stop, arrow keys, the value announced.
    await island.locator('.explorable').focus();
    await page.keyboard.press('ArrowDown');
    const tooltip = island.locator('.tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = (await tooltip.textContent())!;
    expect(await island.locator('[aria-live="polite"]').textContent()).toContain(text.split(',')[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);

    // Mouse.
    const firstRow = island.locator('.tp-row').first();
    // The hit area is the drawing's cell (pointerenter does not bubble: sent to the shape itself).
    await firstRow.locator('.tp-cell rect').first().dispatchEvent('pointerenter');
    await expect.poll(() => tooltip.textContent()).toContain(await firstRow.locator('.tp-name').textContent());
    await finish({ axe: ISLAND });
  });

  it('lists its periods in date order, and writes every view in one unit with one precision', async () => {
    // The order of the dates in the file, not the model's: a period starts with its earliest series.
    const starts = new Map<string, string>();
    for (const s of series) if (!starts.has(s.period) || s.from < starts.get(s.period)!) starts.set(s.period, s.from);
    const byDate = [...starts.keys()].sort((a, b) => starts.get(a)!.localeCompare(starts.get(b)!));
    const { page, finish } = await openPage(`/#${figure.section}`, { width: 375 });
    const island = page.locator(ISLAND).first();
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');
    expect(await island.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value))).toEqual(byDate);

    const units = new Set<string>();
    for (const period of byDate) {
      await island.getByRole('radio', { name: period }).check();
      await expect.poll(() => island.locator('tbody tr').count()).toBe(periods.find((p) => p.period === period)!.rows.length);
      const unit = (await island.locator('.tp-unit').textContent())!;
      units.add(unit);
      for (const heading of await island.locator('thead th.num').allTextContents()) expect(heading, period).toContain(unit);
      // One precision: as many decimals in every value the chart and its table write.
      const numbers = [...(await island.locator('.tp-value').allTextContents()), ...(await island.locator('tbody td.num').allTextContents())]
        .map((t) => t.replace(/^≈\s*/, ''))
        .filter((t) => /^[\d,.]+$/.test(t));
      const decimals = new Set(numbers.map((t) => (t.split('.')[1] ?? '').length));
      expect([...decimals], `${period}: ${numbers.join(' ')}`).toHaveLength(1);
    }
    expect([...units], 'one unit across the periods').toHaveLength(new Set(series.map((s) => s.currency)).size);
    await finish({ axe: false });
  });

  it('fits a phone’s pinned graphic: the rows that fit, always with the partner a step is about, and how many more the table has', async () => {
    const { page, finish } = await openPage('/', { width: 375, height: 812, reducedMotion: 'reduce' });
    const island = page.locator(ISLAND).first();
    const steps = figure.block.type === 'scrolly' ? figure.block.steps : [];
    for (const [i, step] of steps.entries()) {
      const state = step.state as TradePartnersState;
      const period = periods.find((p) => p.period === state.period) ?? periods[0];
      const partner = state.partner ?? w.highlight;
      await page.locator(`[data-scrolly="${figure.figureId}"] [data-step="${i}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(async () => JSON.parse((await island.locator('[data-state]').getAttribute('data-state'))!)).toMatchObject(state);
      // Two limits, then the story's own pinned layout at this screen (0: no limit of the test's).
      for (const height of [260, 420, 0]) {
        await limitChartBody(island, height);
        // Read at once, when the chart has settled: what overflows, the rows shown, the line under them.
        const snapshot = async () => ({
          problems: await fitProblems(island),
          rows: await island.locator('.tp-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.partner)),
          more: await island.locator('.tp-more').allTextContents(),
        });
        const expected = (rows: unknown[]) => {
          const hidden = period.rows.length - rows.length;
          return hidden ? [format.plural(w.more, hidden)] : [];
        };
        await expect
          .poll(async () => {
            const now = await snapshot();
            return { ...now, rows: now.rows.includes(partner) || !period.rows.some((r) => r.partner === partner), more: now.more.join() === expected(now.rows).join() };
          }, { message: `step ${i} in ${height} px` })
          .toEqual({ problems: [], rows: true, more: true });
      }
    }
    await finish({ axe: false });
  });

  it('offers a CSV download of the period shown: a file written with the site, without JavaScript, that reads accents', async () => {
    const { page, finish } = await openPage('/', { javaScriptEnabled: false });
    const firstState = (figure.block.type === 'scrolly' ? figure.block.steps[0].state : figure.block.state) as { period?: string };
    const firstPeriod = periods.find((p) => p.period === firstState?.period) ?? periods[0];
    const link = page.locator(`${ISLAND} a[download]`).first();
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toMatch(/\/data\/[^/]+\.csv$/);
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.body());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines.length).toBe(firstPeriod.rows.length + 1);
    for (const row of firstPeriod.rows) expect(lines.some((l) => l.startsWith(row.partner.includes(',') ? `"${row.partner}` : row.partner))).toBe(true);
    await finish({ axe: false });
  });
});
