/** Serbia's trade partners: periods, one unit and precision, sorting, condensed rows, the title's claims, URL options, the figure and its picture. */
import { describe, expect, it } from 'vitest';
import Figure from '../../src/lib/graphics/trade-partners/Figure.svelte';
import graphic from '../../src/lib/graphics/trade-partners/graphic.ts';
import {
  condenseRows,
  displayMagnitudes,
  maxValue,
  partnerMarks,
  periodNotes,
  periodsFrom,
  rankOf,
  reexpress,
  sortRows,
  TP,
  urlState,
  valueText,
} from '../../src/lib/graphics/trade-partners/model.ts';
import { picture } from '../../src/lib/graphics/trade-partners/picture.ts';
import { textWidth } from '../../src/lib/charts/text-width.ts';
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
  /** The picture's drawing: the page's Plot.svelte, server-rendered. */
  const draw = (state: object, height: number) =>
    picture({ props: graphic.props(data), words, state, format: i18n.format, ui: i18n.words, lang: 'en' }).draw(420, height).props.svg!;

  it('shows the page’s unit and precision, and keeps the step’s partner however few rows fit', () => {
    const exports = draw({ period: 'January–October 2023', flow: 'exports', partner: 'China' }, 160);
    expect(exports).toContain('EUR million');
    expect(exports).toContain('>China<');
    expect(exports).toContain('951.8');
    expect(exports).toMatch(/>\+\d+ more partners in the table</);
    expect(draw({ period: '2022' }, 300)).toEqual(expect.stringContaining('8,200'));
    expect(draw({ period: '2022' }, 300)).toEqual(expect.stringContaining('5,800'));
  });

  it('is as tall as its rows, at most the height given', () => {
    const drawn = picture({ props: graphic.props(data), words, state: { period: '2022' }, format: i18n.format, ui: i18n.words, lang: 'en' }).draw(420, 600);
    expect(drawn.props.height).toBeLessThan(150);
    const full = picture({ props: graphic.props(data), words, state: { period: 'January–October 2023' }, format: i18n.format, ui: i18n.words, lang: 'en' }).draw(420, 160);
    expect(full.props.height).toBeLessThanOrEqual(160);
  });
});

describe('the marks (fixture)', () => {
  const data = fixture();
  const w = data['story.json'].graphics['trade-partners']!;
  const { format, words: ui } = i18nOf(data);
  const periods = periodsFrom(data['trade-partners.json'].series);
  const p = periods.find((x) => x.period === 'January–October 2023')!;
  const marksOf = (o: { flow?: 'exports' | 'imports'; highlight?: string; width?: number; height?: number }) =>
    partnerMarks(p, { highlight: 'China', w, format, noValue: ui.chart.noValue, ...o });
  /** Where a place across is, in rem, on a plot this wide. */
  const at = (x: { pct: number; rem: number }, width: number) => (x.pct / 100) * width + x.rem;

  it('draws a row per partner in the sort’s order, a bar per value as long as the value, its label after its end', () => {
    const m = marksOf({ flow: 'imports', width: 30 });
    expect(m.rows.map((r) => r.row.partner)).toEqual(sortRows(p.rows, 'imports').map((r) => r.partner));
    const max = maxValue(p, 'imports');
    const start = m.track.start;
    for (const r of m.rows) {
      const cell = r.cells.find((c) => c.flow === 'imports')!;
      const v = r.row.values.imports?.value;
      if (v == null) continue;
      const length = at(cell.bar!.to, 30) - at(cell.bar!.from, 30);
      expect(length).toBeCloseTo((v / max) * (30 - start - m.track.end), 6);
      expect(at(cell.value!.x, 30)).toBeGreaterThan(at(cell.bar!.to, 30));
    }
    // Rows one below the other, none on another.
    m.rows.slice(1).forEach((r, i) => expect(r.top).toBeGreaterThanOrEqual(m.rows[i].top + m.rows[i].height - 1e-9));
    expect(m.head.keys.map((k) => k.flow)).toEqual(p.flows);
    expect(m.head.keys.find((k) => k.flow === 'imports')!.sorted?.text).toBe(w.sorted);
  });

  it('shows the gap for a missing value: no bar, its note at the track’s start', () => {
    const m = marksOf({ flow: 'exports' });
    const gaps = m.rows.flatMap((r) => r.cells.filter((c) => r.row.values[c.flow]?.value == null).map((c) => ({ r, c })));
    expect(gaps.length).toBeGreaterThan(0);
    for (const { r, c } of gaps) {
      expect(c.bar).toBeUndefined();
      expect(c.missing!.text).toBe(r.row.values[c.flow] ? w.valueMissing : ui.chart.noValue);
      expect(c.missing!.x).toEqual({ pct: 0, rem: m.track.start });
    }
  });

  it('brings the highlighted partner forward in the accent', () => {
    const m = marksOf({ flow: 'exports', highlight: 'China' });
    const china = m.rows.find((r) => r.row.partner === 'China')!;
    expect(china.highlight).toBe(true);
    expect(china.cells.every((c) => !c.bar || c.bar.colour === 'var(--accent)')).toBe(true);
    expect(m.rows.filter((r) => r.highlight)).toHaveLength(1);
  });

  it('wraps a long name into the names’ column on a narrow plot, and keeps it on one line on a wide one', () => {
    const name = (m: ReturnType<typeof marksOf>) => m.rows.find((r) => r.row.partner === 'Bosnia and Herzegovina')!.name.lines.map((l) => l.text);
    expect(name(marksOf({ width: 18 }))).toEqual(['Bosnia and', 'Herzegovina']);
    expect(name(marksOf({ width: 60 }))).toEqual(['Bosnia and Herzegovina']);
    for (const width of [18, 30, 60])
      for (const r of marksOf({ width }).rows) for (const l of r.name.lines) expect(textWidth(l.text) * TP.type.name).toBeLessThanOrEqual(marksOf({ width }).track.start);
  });

  it('in a limited height, shows the rows that fit, always the highlighted partner, and how many more there are', () => {
    const whole = marksOf({ flow: 'exports', width: 22 });
    expect(whole.more).toBeUndefined();
    expect(marksOf({ flow: 'exports', width: 22, height: whole.full }).rows).toHaveLength(p.rows.length);
    for (const height of [6, 9, 12]) {
      const m = marksOf({ flow: 'exports', width: 22, height });
      expect(m.height, `${height} rem`).toBeLessThanOrEqual(height);
      expect(m.rows.map((r) => r.row.partner)).toContain('China');
      const hidden = p.rows.length - m.rows.length;
      expect(hidden).toBeGreaterThan(0);
      expect(m.more?.text).toBe(format.plural(w.more, hidden));
    }
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
