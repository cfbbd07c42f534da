/** Serbia's trade partners: periods, rows, sorting, the title's claim, URL options and the rendered figure. */
import { describe, expect, it } from 'vitest';
import Figure from '../../src/lib/graphics/trade-partners/Figure.svelte';
import graphic from '../../src/lib/graphics/trade-partners/graphic.ts';
import { maxValue, periodsFrom, rankOf, sortRows, urlState } from '../../src/lib/graphics/trade-partners/model.ts';
import { fixture, realData, renderWith } from '../helpers/data.ts';

describe('periods and rows, on the real data', () => {
  const { series } = realData()['trade-partners.json'];
  const periods = periodsFrom(series);

  it('groups series into one period per label, with each flow once', () => {
    expect(periods.map((p) => p.period)).toEqual([...new Set(series.map((s) => s.period))]);
    for (const p of periods) expect(new Set(p.flows).size).toBe(p.flows.length);
  });

  it('has one row per partner named in any flow of the period', () => {
    for (const p of periods) {
      const names = new Set(series.filter((s) => s.period === p.period).flatMap((s) => s.partners.map((r) => r.partner)));
      expect(p.rows.map((r) => r.partner).sort()).toEqual([...names].sort());
    }
  });

  it('sorts by a flow, largest first, with missing values last', () => {
    for (const p of periods)
      for (const flow of p.flows) {
        const values = sortRows(p.rows, flow).map((r) => r.values[flow]?.value ?? null);
        const present = values.filter((v): v is number => v !== null);
        expect(present).toEqual([...present].sort((a, b) => b - a));
        expect(values.slice(present.length).every((v) => v === null)).toBe(true);
      }
    for (const p of periods) expect(maxValue(p)).toBe(Math.max(0, ...p.rows.flatMap((r) => p.flows.map((f) => r.values[f]?.value ?? 0))));
  });
});

describe('the title’s claim (fixture)', () => {
  const data = fixture();
  const { series } = data['trade-partners.json'];

  it('ranks a partner by value in the period’s flow', () => {
    expect(rankOf(series, { partner: 'China', period: '2022' })).toEqual({ rank: 2, order: ['Germany', 'China'] });
    expect(rankOf(series, { partner: 'China', period: 'January–October 2023', flow: 'exports' }).rank).toBe(7);
    expect(rankOf(series, { partner: 'Poland', period: 'January–October 2023', flow: 'imports' }).rank).toBe(7);
    expect(rankOf(series, { partner: 'Atlantis', period: '2022' }).rank).toBeNull();
  });

  it('holds for the story’s title, and fails by name when the data no longer bears it out', () => {
    const words = data['story.json'].graphics['trade-partners']!;
    expect(graphic.checkWords!(words, data)).toEqual([]);
    const total = data['trade-partners.json'].series.find((s) => s.period === '2022')!;
    total.partners.find((p) => p.partner === 'China')!.value = 9;
    const [finding] = graphic.checkWords!(words, data);
    expect(finding.path).toEqual(['claims', 0]);
    expect(finding.message).toContain('the title says China ranks 2 in 2022, but in trade-partners.json it ranks 1 (China, Germany)');
  });
});

describe('URL options', () => {
  const props = graphic.props(fixture());
  const params = (q: string) => new URLSearchParams(q);

  it('take a period, a flow and a partner the data has, whatever their case', () => {
    expect(urlState(params('period=2022&flow=IMPORTS&partner=germany'), props)).toEqual({ period: '2022', flow: 'imports', partner: 'Germany' });
    expect(urlState(params('period=1999&flow=total&partner=Atlantis'), props)).toBeNull();
    expect(urlState(params(''), props)).toBeNull();
  });
});

describe('the rendered figure', () => {
  it('renders the same HTML every time, with its words from story.json (fixture)', () => {
    const data = fixture();
    const words = data['story.json'].graphics['trade-partners']!;
    const props = { id: 'tp', ...graphic.props(data), words, state: { period: 'January–October 2023', flow: 'imports' as const } };
    const html = renderWith(Figure, props, data);
    expect(renderWith(Figure, props, data)).toBe(html);
    expect(html).toContain(words.title);
    expect(html).toContain('China in red');
    expect(html).toContain('3,730.9');
    expect(html).toContain('serbia-trade-partners-january-october-2023.csv');
    words.title = 'A title edited in data/';
    expect(renderWith(Figure, props, data)).toContain('A title edited in data/');
  });
});
