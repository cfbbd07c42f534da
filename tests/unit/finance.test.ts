import { describe, expect, it } from 'vitest';
import { CSV_FILES } from '../../src/lib/charts/csv.ts';
import { textWidth } from '../../src/lib/charts/text-width.ts';
import type { FinanceRecord } from '../../src/lib/data/schema.ts';
import FinanceChart from '../../src/lib/graphics/finance/Chart.svelte';
import FinanceFigure from '../../src/lib/graphics/finance/Figure.svelte';
import graphic from '../../src/lib/graphics/finance/graphic.ts';
import {
  aiddataCredit,
  axisGutter,
  LABEL_GAP,
  financeDescription,
  FINANCE_TEXT,
  financeModel as model_,
  financeNotes,
  financeRows,
  groupKeyFor,
  OTHER_KEY,
  sectorGroups as groups_,
  sectorShare,
  sentenceCase,
  shortTitle,
  urlState,
  valueAxis,
  yearBands,
} from '../../src/lib/graphics/finance/model.ts';
import { editionsOf, fixture, FIXTURE_DIR, i18nOf, renderWith } from '../helpers/data.ts';

// Exact values: the frozen copy of the data in tests/fixtures/story.
const data = fixture();
const file = data['aiddata-finance.json'];
const words = data['story.json'].graphics.finance!;
const { words: ui, format } = i18nOf(data);
const speech = { w: words, ui, format };
const financeModel = (records: FinanceRecord[]) => model_(records, words);
const sectorGroups = (records: FinanceRecord[]) => groups_(records, words);
const OTHER_LABEL = words.otherSectors;

let nextId = 1;
const rec = (sector: string, year: number | null, amount: number | null, extra: Partial<FinanceRecord> = {}): FinanceRecord => ({
  id: nextId++,
  title: `Record ${nextId}`,
  status: 'Completion',
  sector,
  infrastructure: false,
  commitmentYear: year,
  commitmentDate: year === null ? null : `${year}-06-01`,
  amountUsd2021: amount,
  ...extra,
});

describe('finance model: a small fixture', () => {
  const records = [
    rec('TRANSPORT AND STORAGE', 2010, 300),
    rec('TRANSPORT AND STORAGE', 2019, 1000),
    rec('TRANSPORT AND STORAGE', 2019, 500),
    rec('ENERGY', 2011, 400),
    rec('ENERGY', 2015, null),
    rec('INDUSTRY, MINING, CONSTRUCTION', 2016, 700),
    rec('COMMUNICATIONS', 2011, 70),
    rec('HEALTH', 2011, 2),
    rec('EDUCATION', 2011, 3),
    rec('EDUCATION', 2007, null),
    rec('EDUCATION', 2007, null),
  ];
  const model = financeModel(records);

  it('has every year from 2000 to 2021, in order, once', () => {
    expect(model.years.map((y) => y.year)).toEqual(Array.from({ length: 22 }, (_, i) => 2000 + i));
    expect(model.firstYear).toBe(2000);
    expect(model.lastYear).toBe(2021);
  });

  it('gives the four largest sectors their own colour and groups the rest as "Other sectors"', () => {
    expect(model.groups.map((g) => g.key)).toEqual([
      'TRANSPORT AND STORAGE',
      'INDUSTRY, MINING, CONSTRUCTION',
      'ENERGY',
      'COMMUNICATIONS',
      OTHER_KEY,
    ]);
    expect(model.groups.map((g) => g.colour)).toEqual([
      'var(--cat-1)',
      'var(--cat-2)',
      'var(--cat-3)',
      'var(--cat-4)',
      'var(--cat-7)',
    ]);
    const other = model.groups.at(-1)!;
    expect(other.label).toBe(OTHER_LABEL);
    expect(other.sectors.sort()).toEqual(['EDUCATION', 'HEALTH']);
    expect(other.total).toBe(5);
    expect(model.groups[0].label).toBe('Transport and storage');
  });

  it('sums each year by sector and stacks the segments in group order', () => {
    const y2011 = model.years.find((y) => y.year === 2011)!;
    expect(y2011.segments.map((s) => [s.group, s.amount, s.y0, s.y1])).toEqual([
      ['ENERGY', 400, 0, 400],
      ['COMMUNICATIONS', 70, 400, 470],
      [OTHER_KEY, 5, 470, 475],
    ]);
    expect(y2011.total).toBe(475);
    const y2019 = model.years.find((y) => y.year === 2019)!;
    expect(y2019.segments).toHaveLength(1);
    expect(y2019.segments[0].amount).toBe(1500);
    expect(y2019.segments[0].records.map((r) => r.amountUsd2021)).toEqual([1000, 500]);
    expect(model.max).toBe(1500);
    expect(model.total).toBe(300 + 1500 + 400 + 700 + 70 + 5);
  });

  it('leaves records without an amount out of the bars, and counts them', () => {
    expect(model.noAmount).toHaveLength(3);
    const y2015 = model.years.find((y) => y.year === 2015)!;
    expect(y2015.segments).toEqual([]);
    expect(y2015.total).toBe(0);
    expect(y2015.kind).toBe('no-amounts');
    expect(y2015.noAmount).toHaveLength(1);
    expect(model.noAmountYears).toEqual([2007, 2015]);
    const notes = financeNotes(model, speech).join('\n');
    expect(notes).toContain('3 records have no amount and are not in the bars; they are in the table.');
  });

  it('tells years with no commitment recorded apart from years whose records lack amounts', () => {
    const empty = model.years.filter((y) => y.kind === 'none').map((y) => y.year);
    expect(empty).toEqual(model.emptyYears);
    expect(empty).toContain(2000);
    expect(empty).toContain(2021);
    expect(empty).not.toContain(2007);
    expect(model.years.find((y) => y.year === 2000)!.recordCount).toBe(0);
  });

  it('widens the axis instead of dropping a record outside 2000–2021, and counts records with no year', () => {
    const m = financeModel([rec('ENERGY', 1998, 10), rec('ENERGY', 2023, 20), rec('ENERGY', null, 5)]);
    expect(m.firstYear).toBe(1998);
    expect(m.lastYear).toBe(2023);
    expect(m.years).toHaveLength(26);
    expect(m.total).toBe(30);
    expect(m.noYear).toHaveLength(1);
    expect(financeNotes(m, speech).join(' ')).toContain('1 record has no commitment year and is not in the bars; it is in the table.');
  });

  it('keeps sectors with nothing but missing amounts in "Other sectors"', () => {
    const groups = sectorGroups([rec('ENERGY', 2011, 1), rec('HEALTH', 2012, null)]);
    expect(groups.map((g) => g.key)).toEqual(['ENERGY', OTHER_KEY]);
    expect(groups[1].sectors).toEqual(['HEALTH']);
  });
});

describe('finance model: AidData GCDF 3.0 for Serbia', () => {
  const model = financeModel(file.records);

  it('names transport, energy, industry and communications and groups the rest', () => {
    expect(model.groups.map((g) => g.label)).toEqual([
      'Transport and storage',
      'Energy',
      'Industry, mining, construction',
      'Communications',
      OTHER_LABEL,
    ]);
  });

  it('draws every amount exactly once', () => {
    const amounts = file.records.flatMap((r) => (r.amountUsd2021 === null ? [] : [r.amountUsd2021]));
    const drawn = model.years.flatMap((y) => y.segments.flatMap((s) => s.records.map((r) => r.amountUsd2021)));
    expect(drawn.sort()).toEqual(amounts.sort());
    expect(model.total).toBeCloseTo(amounts.reduce((a, b) => a + b, 0), 2);
    for (const y of model.years)
      for (const s of y.segments) expect(s.amount).toBeCloseTo(s.records.reduce((a, r) => a + r.amountUsd2021!, 0), 4);
  });

  it('counts the records without an amount, as the note says', () => {
    const n = file.records.filter((r) => r.amountUsd2021 === null).length;
    expect(n).toBeGreaterThan(0);
    expect(model.noAmount).toHaveLength(n);
    expect(financeNotes(model, speech).join(' ')).toContain(`${n} records have no amount and are not in the bars; they are in the table.`);
  });

  it('shows 2000–2021 and says which years have no commitment recorded', () => {
    expect(model.years.map((y) => y.year)).toEqual(Array.from({ length: 22 }, (_, i) => 2000 + i));
    expect(model.emptyYears).toEqual([2000, 2001, 2002, 2003, 2004, 2020]);
    expect(financeNotes(model, speech)).toContain(
      '2000–2004 and 2020: no commitments recorded by AidData. These years are empty, not missing data.',
    );
  });

  it('has a headline the data bear out, and the check says when they no longer do', () => {
    expect(graphic.checkWords!(words, data)).toEqual([]);
    expect(sectorShare(file.records, ['TRANSPORT AND STORAGE', 'ENERGY'])).toBeGreaterThan(0.5);
    const claim = { ...words, claims: [{ sectors: ['ENERGY'], moreThan: 0.5 }] };
    expect(graphic.checkWords!(claim, data)[0].message).toMatch(/the title says ENERGY hold more than 50% of the finance, but in aiddata-finance.json they hold 19%/);
    expect(financeDescription(model, speech)).toContain('2019 (USD 1.6bn)');
  });

  it('has one table row per record, with the exact amount or empty', () => {
    const rows = financeRows(file.records, words);
    expect(rows).toHaveLength(file.records.length);
    const kostolac = rows.find((r) => r.id === 42549)!;
    expect(kostolac).toMatchObject({ year: 2011, sector: 'Energy', status: 'Completion' });
    expect(kostolac.amount).toBe(file.records.find((r) => r.id === 42549)!.amountUsd2021);
    expect(rows.find((r) => r.id === 42502)!.amount).toBeNull();
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((a, b) => a! - b!));
  });

  it('credits AidData with the version and licence', () => {
    expect(aiddataCredit(file.dataset, speech)).toBe('AidData, GCDF 3.0, licence ODC-By 1.0');
  });
});

describe('finance helpers', () => {
  it('formats amounts compactly without changing them', () => {
    const usd = (v: number) => format.compactMoney(v, 'USD');
    expect(usd(1_234_567_890)).toBe('USD 1.2bn');
    expect(usd(360_350_000)).toBe('USD 360m');
    expect(usd(1_500_000_000)).toBe('USD 1.5bn');
    expect(usd(500_000_000)).toBe('USD 500m');
    expect(usd(999_800_000)).toBe('USD 1bn');
    expect(usd(2_803_950)).toBe('USD 2.8m');
    expect(usd(42_157_768.67)).toBe('USD 42m');
    expect(usd(10_851.17)).toBe('USD 11k');
    expect(usd(623)).toBe('USD 623');
    expect(usd(0)).toBe('USD 0');
  });

  it('writes sector names in sentence case and finds their group', () => {
    expect(sentenceCase('TRANSPORT AND STORAGE')).toBe('Transport and storage');
    const groups = financeModel(file.records).groups;
    expect(groupKeyFor(groups, 'ENERGY')).toBe('ENERGY');
    expect(groupKeyFor(groups, 'Energy')).toBe('ENERGY');
    expect(groupKeyFor(groups, 'HEALTH')).toBe(OTHER_KEY);
    expect(groupKeyFor(groups, 'Other sectors')).toBe(OTHER_KEY);
    expect(groupKeyFor(groups, 'NOT A SECTOR')).toBeNull();
    expect(groupKeyFor(groups, undefined)).toBeNull();
  });

  it('writes runs of years', () => {
    expect(format.years([2020, 2000, 2001, 2002, 2003, 2004])).toBe('2000–2004 and 2020');
    expect(format.years([2007])).toBe('2007');
    expect(format.years([2001, 2003, 2005])).toBe('2001, 2003 and 2005');
    expect(format.years([])).toBe('');
  });

  it('reads the axis years and the sector labels from its words', () => {
    const m = model_(file.records, { ...words, years: { from: 2004, to: 2022 }, sectors: { ENERGY: 'Power' } });
    expect([m.firstYear, m.lastYear]).toEqual([2004, 2022]);
    expect(m.groups.find((g) => g.key === 'ENERGY')!.label).toBe('Power');
  });

  it('takes a sector and a year of the data from the embed’s URL', () => {
    const props = graphic.props(data);
    expect(urlState(new URLSearchParams('sector=energy&year=2014'), props)).toEqual({ sector: 'ENERGY', year: 2014 });
    expect(urlState(new URLSearchParams('sector=NOPE&year=1800'), props)).toBeNull();
  });

  it('shortens long titles at a word boundary', () => {
    const long = 'China Eximbank provides $988.3 million preferential buyer’s credit for Novi Sad-Subotica-State Border';
    const short = shortTitle(long);
    expect(short.length).toBeLessThanOrEqual(71);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortTitle('Short')).toBe('Short');
  });
});

describe('labels that fit in every edition', () => {
  const editions = editionsOf(FIXTURE_DIR);
  const render = (lang: 'en' | 'sr-Latn' | 'sr-Cyrl') => {
    const edition = editions[lang]!;
    const w = edition['story.json'].graphics.finance!;
    const m = model_(edition['aiddata-finance.json'].records, w);
    return renderWith(FinanceChart, { model: m, words: w }, edition);
  };
  /** The value axis' labels as drawn: the texts that end at the track's left edge. */
  const yLabels = (html: string) => [...html.matchAll(/<text\b[^>]*text-anchor="end"[^>]*>([^<]*)</g)].map((m) => m[1]);
  /** The room left of the track (its box's left padding), in em of the labels' size. */
  const gutterOf = (html: string) => Number(/padding:\s*[\d.]+rem [\d.]+rem [\d.]+rem ([\d.]+)rem/.exec(html)?.[1]) / FINANCE_TEXT.size;

  it('writes the value axis in the short forms of each edition', () => {
    expect(yLabels(render('en'))).toEqual(['0', 'USD 500m', 'USD 1bn', 'USD 1.5bn', 'USD 2bn']);
    expect(yLabels(render('sr-Latn'))).toEqual(['0', '500 mil. $', '1 mlrd. $', '1,5 mlrd. $', '2 mlrd. $']);
    expect(yLabels(render('sr-Cyrl'))).toEqual(['0', '500 мил. $', '1 млрд. $', '1,5 млрд. $', '2 млрд. $']);
  });

  it('leaves room left of the plot for the longest value label as the edition writes it', () => {
    for (const lang of ['en', 'sr-Latn', 'sr-Cyrl'] as const) {
      const html = render(lang);
      const labels = yLabels(html);
      expect(labels.length, lang).toBeGreaterThan(2);
      const gutter = gutterOf(html);
      expect(gutter, lang).toBeCloseTo(axisGutter(labels), 6);
      for (const label of labels) expect(gutter, `${lang}: ${label}`).toBeGreaterThanOrEqual(textWidth(label) + LABEL_GAP);
    }
    expect(gutterOf(render('sr-Cyrl'))).toBeGreaterThan(gutterOf(render('en')));
  });

  it('estimates widths on the wide side, a character at a time', () => {
    expect(textWidth('2 млрд. $')).toBeGreaterThan(textWidth('2 mlrd. $'));
    expect(textWidth('USD 1.5bn', 'bold')).toBeGreaterThan(textWidth('USD 1.5bn'));
    expect(textWidth('Ш')).toBeGreaterThan(textWidth('i'));
    expect(textWidth('中')).toBe(1);
  });
});

describe('the table and the CSV', () => {
  it('write every amount with one precision, whole constant dollars (AidData’s decimals are an artefact of the deflator)', () => {
    const downloads = { png: 'images/f.png', svg: 'images/f.svg', data: 'data/' };
    const files = new Map<string, string>();
    const html = renderWith(FinanceFigure, { id: 'fig-finance', ...graphic.props(data), words, downloads }, data, new Map([[CSV_FILES, files]]));
    const cells = [...html.replace(/<!--[^>]*-->/g, '').matchAll(/<td class="[^"]*\bnum\b[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);
    const amounts = file.records.filter((r) => r.amountUsd2021 !== null).map((r) => r.amountUsd2021!);
    expect(amounts.some((a) => !Number.isInteger(a))).toBe(true);
    expect(cells.filter((c) => c !== ui.chart.noValue).sort()).toEqual(amounts.map((a) => format.number(Math.round(a))).sort());
    expect(files.size, 'the CSV file the chart links to').toBe(1);
    const csv = [...files.values()][0];
    const column = csv.trim().split('\r\n').slice(1).map((line) => line.split(',').at(-1)!);
    expect(column.filter(Boolean).sort()).toEqual(amounts.map((a) => String(Math.round(a))).sort());
  });
});

describe('the axes, written out instead of d3-scale', () => {
  it('yearBands matches scaleBand (range 0–100, centred, unrounded)', async () => {
    const { scaleBand } = await import('d3-scale');
    const years = [2000, 2003, 2004, 2010, 2021];
    const band = scaleBand<number>().domain(years).range([0, 100]).paddingInner(0.25).paddingOuter(0.15);
    const ours = yearBands(years, 0.25, 0.15);
    for (const year of years) expect(ours(year)).toBeCloseTo(band(year)!, 10);
    expect(ours.bandwidth()).toBeCloseTo(band.bandwidth(), 10);
    expect(ours.step()).toBeCloseTo(band.step(), 10);
    expect(ours(1999)).toBeUndefined();
  });

  it('valueAxis matches scaleLinear().nice(4) on 100–0, with the same ticks', async () => {
    const { scaleLinear } = await import('d3-scale');
    for (const max of [0, 1, 7.3, 480, 1234.5, 2_300_000_000]) {
      const linear = scaleLinear().domain([0, max || 1]).nice(4).range([100, 0]);
      const ours = valueAxis(max);
      expect(ours.ticks(4)).toEqual(linear.ticks(4));
      for (const v of [0, max / 3, max]) expect(ours(v)).toBeCloseTo(linear(v), 8);
      for (const percent of [0, 37.5, 100]) expect(ours.invert(percent)).toBeCloseTo(linear.invert(percent), 6);
    }
  });
});
