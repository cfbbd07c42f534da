import { describe, expect, it } from 'vitest';
import { periodsFrom } from '../../src/lib/graphics/trade-partners/model.ts';
import { i18n, readData, storyFigures } from './data-files.ts';
import { openPage } from './harness.ts';

const periods = periodsFrom(readData('trade-partners.json').series);
const { format, words } = i18n();
const [figure] = storyFigures('trade-partners');
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
          expect(tableRow[i + 1]).toBe(value == null ? words.chart.noValue : format.number(value));
        });
      }
      const barLabels = await island.locator('.tp-value').allTextContents();
      for (const row of period.rows)
        for (const flow of period.flows) {
          const value = row.values[flow]?.value;
          if (value != null) expect(barLabels.some((l) => l.replace('≈', '') === format.number(value))).toBe(true);
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
    await firstRow.locator('.tp-cell').first().dispatchEvent('pointerenter');
    await expect.poll(() => tooltip.textContent()).toContain(await firstRow.locator('.tp-name').textContent());
    await finish({ axe: ISLAND });
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
