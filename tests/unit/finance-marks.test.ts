/** The finance chart's marks in plot coordinates, its tooltips and its picture's key: pure, on a small fixture. */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/charts/text-width.ts';
import type { FinanceRecord } from '../../src/lib/data/schema.ts';
import {
  entryAtHeight,
  FADED,
  financeItems,
  financeKey,
  financeMarks,
  financeModel,
  FINANCE_TEXT,
} from '../../src/lib/graphics/finance/model.ts';
import { fixture, i18nOf } from '../helpers/data.ts';

const data = fixture();
const w = data['story.json'].graphics.finance!;
const { format } = i18nOf(data);
const speech = { w, format };

let nextId = 1;
const rec = (sector: string, year: number | null, amount: number | null): FinanceRecord => ({
  id: nextId++,
  title: `Record ${nextId}`,
  status: 'Completion',
  sector,
  infrastructure: false,
  commitmentYear: year,
  commitmentDate: year === null ? null : `${year}-06-01`,
  amountUsd2021: amount,
});

const records = [
  rec('TRANSPORT AND STORAGE', 2010, 300),
  rec('TRANSPORT AND STORAGE', 2019, 1000),
  rec('ENERGY', 2019, 500),
  rec('ENERGY', 2011, 400),
  rec('EDUCATION', 2007, null),
];
const model = financeModel(records, w);

describe('finance marks', () => {
  it('stacks a segment per year and sector, from the axis up to the nice maximum', () => {
    const marks = financeMarks(model, speech);
    expect(marks.segments.map((s) => s.key)).toEqual(['2010-TRANSPORT AND STORAGE', '2011-ENERGY', '2019-TRANSPORT AND STORAGE', '2019-ENERGY']);
    // 1500 is the largest year, and a nice maximum: the axis ends there (ticks 0, 500, 1000, 1500).
    const [, , transport2019, energy2019] = marks.segments;
    expect(transport2019.bottom).toBeCloseTo(100, 10);
    expect(transport2019.top).toBeCloseTo(100 - (1000 / 1500) * 100, 10);
    expect(energy2019.bottom).toBeCloseTo(transport2019.top, 10);
    expect(energy2019.top).toBeCloseTo(0, 10);
    expect(marks.grid.map((g) => g.down)).toEqual([100, 100 - (500 / 1500) * 100, 100 - (1000 / 1500) * 100, 100 - (1500 / 1500) * 100]);
    expect(marks.grid.filter((g) => g.zero).length).toBe(1);
    // Both of a year's segments stand in its column.
    expect(energy2019.x).toEqual(transport2019.x);
    expect(marks.segments.every((s) => !s.faded)).toBe(true);
  });

  it('fades the sectors a step does not bring forward', () => {
    const marks = financeMarks(model, speech, { focus: 'ENERGY' });
    expect(marks.segments.filter((s) => s.faded).map((s) => s.key)).toEqual(['2010-TRANSPORT AND STORAGE', '2019-TRANSPORT AND STORAGE']);
    expect(FADED).toBeLessThan(1);
  });

  it('draws a gap where a year has no amount: a ring where nothing is recorded, "?" where records lack amounts', () => {
    const marks = financeMarks(model, speech);
    const of = (year: number) => marks.years.find((y) => y.year.year === year)!;
    expect(of(2007).mark).toBe('no-amounts');
    expect(of(2008).mark).toBe('none');
    expect(of(2010).mark).toBeNull();
    expect(marks.segments.some((s) => s.segment.year === 2007)).toBe(false);
  });

  it('labels every 5th year on a narrow chart, every 2nd on a middling one, every year on a wide one', () => {
    const labelled = (width?: number) => financeMarks(model, speech, { width }).years.flatMap((y) => (y.label ? [y.year.year] : []));
    expect(labelled(20)).toEqual([2000, 2005, 2010, 2015, 2020]);
    expect(labelled(40)).toEqual(model.years.map((y) => y.year).filter((y) => y % 2 === 0));
    expect(labelled(70)).toEqual(model.years.map((y) => y.year));
    // Unknown width (the page): every label, each saying which widths show it.
    const page = financeMarks(model, speech).years;
    expect(page.every((y) => y.label)).toBe(true);
    expect(page.find((y) => y.year.year === 2010)!.label).toMatchObject({ y2: true, y5: true });
    expect(page.find((y) => y.year.year === 2015)!.label).toMatchObject({ y2: false, y5: true });
  });

  it('puts the highlighted year’s note over its bar and never past either edge, and bolds its year', () => {
    for (const year of [2000, 2010, 2019, 2021]) {
      const marks = financeMarks(model, speech, { year });
      const note = marks.note!;
      expect(note.text).toContain(String(year));
      expect(note.width).toBeGreaterThanOrEqual(textWidth(note.text, 'bold') * FINANCE_TEXT.size);
      // On a track as wide as the note or wider (rem), its left edge at or right of 0, its right edge at or left of the track's.
      for (const track of [note.width, 20, 60]) {
        const left = (note.x.pct / 100) * track + note.x.rem;
        expect(left, `${year} on ${track} rem`).toBeGreaterThanOrEqual(-1e-9);
        expect(left + note.width).toBeLessThanOrEqual(track + 1e-9);
      }
      expect(marks.years.find((y) => y.year.year === year)!.label!.strong).toBe(true);
      expect(marks.years.filter((y) => y.highlighted).length).toBe(1);
    }
    // The text keeps to the side of its box nearer the track's edge its bar is near.
    expect(financeMarks(model, speech, { year: 2001 }).note!.anchor).toBe('start');
    expect(financeMarks(model, speech, { year: 2019 }).note!.anchor).toBe('end');
    expect(financeMarks(model, speech).note).toBeNull();
  });

  it('leaves room left of the track for the value labels', () => {
    const marks = financeMarks(model, speech);
    for (const g of marks.grid) expect(marks.inset.left).toBeGreaterThan(textWidth(g.label) * FINANCE_TEXT.size);
  });
});

describe('finance tooltips', () => {
  it('has one per segment and one per year without a bar, in the marks’ keys', () => {
    const items = financeItems(model, speech);
    const marks = financeMarks(model, speech);
    const segmentKeys = new Set(marks.segments.map((s) => s.key));
    expect(items.filter((i) => segmentKeys.has(i.key)).length).toBe(marks.segments.length);
    expect(items.length).toBe(marks.segments.length + model.years.filter((y) => !y.segments.length).length);
    expect(items.find((i) => i.key === '2019-ENERGY')!.y).toBeCloseTo(marks.segments[3].top, 10);
  });

  it('picks the segment level with the pointer, else the year’s top one', () => {
    expect(entryAtHeight(model, 2019, 90)).toBe('2019-TRANSPORT AND STORAGE');
    expect(entryAtHeight(model, 2019, 30)).toBe('2019-ENERGY');
    expect(entryAtHeight(model, 2019, 1)).toBe('2019-ENERGY');
    expect(entryAtHeight(model, 2008, 50)).toBe('2008-year');
  });
});

describe('the picture’s key', () => {
  it('names every sector group and the marks of the years without a bar, in rows that fit the width', () => {
    const wide = financeKey(model, w, null, 80);
    const narrow = financeKey(model, w, null, 15);
    expect(wide.items.map((i) => i.text)).toEqual([...model.groups.map((g) => g.label), w.legend.none, w.legend.noAmount]);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const item of narrow.items) expect(item.x + textWidth(item.text) * narrow.size).toBeLessThanOrEqual(15 + 2);
    const focused = financeKey(model, w, 'ENERGY', 80);
    expect(focused.items.filter((i) => typeof i.swatch === 'object' && i.swatch.opacity === FADED).length).toBe(model.groups.length - 1);
  });
});
