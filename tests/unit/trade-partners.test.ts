/** Serbia's trade partners: periods, one unit and precision, sorting, condensed rows, the title's claims, URL options, the figure and its picture. */
import { describe, expect, it } from 'vitest';
import Figure from '../../src/lib/graphics/trade-partners/Figure.svelte';
import graphic from '../../src/lib/graphics/trade-partners/graphic.ts';
import {
  condenseRows,
  displayMagnitudes,
  maxValue,
  periodNotes,
  periodsFrom,
  rankOf,
  reexpress,
  sortRows,
  urlState,
  valueText,
} from '../../src/lib/graphics/trade-partners/model.ts';
import { picture } from '../../src/lib/graphics/trade-partners/picture.ts';
import type { SceneChild } from '../../src/lib/publishing/pictures/scene.ts';
import { fixture, i18nOf, realData, renderWith } from '../helpers/data.ts';

describe('periods and rows, on the real data', () => {
  const { series } = realData()['trade-partners.json'];
  const periods = periodsFrom(series);

  it('groups series into one period per label, with each flow once, in date order', () => {
    expect(periods.map((p) => p.period).sort()).toEqual([...new Set(series.map((s) => s.period))].sort());
    for (const p of periods) expect(new Set(p.flows).size).toBe(p.flows.length);
    const starts = periods.map((p) => series.find((s) => s.period === p.period)!.from);
    expect(starts).toEqual([...starts].sort());
  });

  it('shows every period of a currency in one unit, each with one precision', () => {
    for (const p of periods) expect(p.magnitude).toBe(periods.find((q) => q.currency === p.currency)!.magnitude);
    for (const p of periods)
      for (const row of p.rows)
        for (const v of Object.values(row.values)) if (v?.value != null) expect(Number(v.value.toFixed(p.decimals))).toBe(v.value);
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
    const exports = data['trade-partners.json'].series.find((s) => s.period === 'January–October 2023' && s.flow === 'exports')!;
    exports.partners.find((p) => p.partner === 'China')!.value = 1500;
    const [finding] = graphic.checkWords!(words, data);
    expect(finding.path).toEqual(['claims', 2]);
    expect(finding.message).toContain('the title says China ranks 7 in January–October 2023, but in trade-partners.json it ranks 3');
  });
});

describe('one unit, one precision, periods in date order (fixture)', () => {
  const data = fixture();
  const { series } = data['trade-partners.json'];
  const periods = periodsFrom(series);
  const { format } = i18nOf(data);
  const words = data['story.json'].graphics['trade-partners']!;
  const byName = (name: string) => periods.find((p) => p.period === name)!;

  it('lists the periods by their dates, whatever their order in the file', () => {
    const order = ['2022', 'January–October 2023', 'January–July 2024'];
    expect(periods.map((p) => p.period)).toEqual(order);
    expect(periodsFrom([...series].reverse()).map((p) => p.period)).toEqual(order);
  });

  it('writes every period in the finest unit a source uses, re-expressed exactly, never rounded', () => {
    expect(displayMagnitudes(series)).toEqual(new Map([['EUR', 'million']]));
    expect(periods.map((p) => p.magnitude)).toEqual(['million', 'million', 'million']);
    expect(reexpress(2.91, 'billion', 'million')).toEqual({ value: 2910, decimals: 0 });
    expect(reexpress(3615.8, 'million', 'million')).toEqual({ value: 3615.8, decimals: 1 });
    expect(reexpress(1.2345, 'billion', 'million')).toEqual({ value: 1234.5, decimals: 1 });
    expect(byName('2022').rows.map((r) => r.values.total?.value)).toEqual([8200, 5800]);
    expect(byName('2022').statedIn).toEqual(['billion']);
    expect(periodNotes(byName('2022'), words, format)).toContain(
      '2022: the source gives these figures in EUR billion; they are shown here in EUR million (1 billion = 1,000 million), not rounded.',
    );
    expect(byName('January–October 2023').statedIn).toEqual([]);
  });

  it('writes all values of a period with the same decimals ("2,217.0" beside "1,499.9"), ≈ before approximate ones', () => {
    const p = byName('January–October 2023');
    expect(p.decimals).toBe(1);
    const italy = p.rows.find((r) => r.partner === 'Italy')!;
    expect(valueText(italy.values.imports!, p, format)).toBe('2,217.0');
    expect(valueText(italy.values.exports!, p, format)).toBe('1,499.9');
    const germany2024 = byName('January–July 2024').rows.find((r) => r.partner === 'Germany')!;
    expect(valueText(germany2024.values.imports!, byName('January–July 2024'), format)).toBe('≈ 3,000');
  });
});

describe('rows that fit a limited height', () => {
  const data = fixture();
  const p = periodsFrom(data['trade-partners.json'].series).find((x) => x.period === 'January–October 2023')!;
  const exports = sortRows(p.rows, 'exports');
  const names = (rows: { partner: string }[]) => rows.map((r) => r.partner);

  it('keeps every row when they all fit', () => {
    expect(condenseRows(exports, 'China', Infinity)).toEqual({ rows: exports, hidden: 0, skipped: false });
    expect(condenseRows(exports, 'China', exports.length).hidden).toBe(0);
  });

  it('keeps the first rows, with the highlighted partner in place of the last when it ranks lower', () => {
    const { rows, hidden, skipped } = condenseRows(exports, 'China', 5);
    expect(names(rows)).toEqual(['Germany', 'Bosnia and Herzegovina', 'Italy', 'Hungary', 'China']);
    expect([hidden, skipped]).toEqual([exports.length - 5, true]);
    expect(names(condenseRows(exports, 'China', 1).rows)).toEqual(['China']);
    for (let k = 1; k <= exports.length; k++) {
      const kept = condenseRows(exports, 'Slovenia', k);
      expect(names(kept.rows)).toContain('Slovenia');
      expect(kept.rows.length + kept.hidden).toBe(exports.length);
    }
  });

  it('keeps the plain top rows when the highlighted partner is among them, or not listed', () => {
    expect(names(condenseRows(sortRows(p.rows, 'imports'), 'China', 3).rows)).toEqual(['Germany', 'China', 'Italy']);
    expect(condenseRows(exports, 'Atlantis', 4)).toMatchObject({ hidden: exports.length - 4, skipped: false });
  });
});

describe('the picture (share card, PNG, step picture)', () => {
  const data = fixture();
  const words = data['story.json'].graphics['trade-partners']!;
  const i18n = i18nOf(data);
  const texts = (node: SceneChild): string[] =>
    typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((child) => texts(child as SceneChild));
  const draw = (state: object, height: number) =>
    texts(picture({ props: graphic.props(data), words, state, format: i18n.format, ui: i18n.words, lang: 'en' }).draw(420, height));

  it('shows the page’s unit and precision, and keeps the step’s partner however few rows fit', () => {
    const exports = draw({ period: 'January–October 2023', flow: 'exports', partner: 'China' }, 160);
    expect(exports).toContain('EUR million');
    expect(exports).toContain('China');
    expect(exports).toContain('951.8');
    expect(exports.some((t) => /^\+\d+ more partners in the table$/.test(t))).toBe(true);
    expect(draw({ period: '2022' }, 300)).toEqual(expect.arrayContaining(['EUR million', '8,200', '5,800']));
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
    expect(html).toContain('2,217.0');
    expect(html).not.toContain('>2,217<');
    expect(html).toContain('serbia-trade-partners-january-october-2023.csv');
    words.title = 'A title edited in data/';
    expect(renderWith(Figure, props, data)).toContain('A title edited in data/');
  });
});
