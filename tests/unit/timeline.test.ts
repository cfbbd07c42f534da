import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOR_NAMES, CATEGORY_SHAPES, categoryCss, PALETTE, shapePath } from '../../src/lib/graphics/timeline/categories.ts';
import {
  countByCategory,
  countByYearAndCategory,
  currentAt,
  emptyYears,
  eventYear,
  groupByYear,
  hiddenByChoice,
  majorYears,
  markPaths,
  overviewAxis,
  parseChoice,
  placeMarks,
  sortEvents,
  splitFirstSentence,
  stepYear,
  timelineFilterProps,
  visibleCount,
} from '../../src/lib/graphics/timeline/model.ts';
import { markEnglish } from '../../src/lib/i18n/fallback.ts';
import { toCyrillic } from '../../src/lib/i18n/transliterate.ts';
import { createDateRanges } from '../../src/lib/i18n/date-ranges.ts';
import { fixture, i18nOf, realData, ROOT as root } from '../helpers/data.ts';

// Relations on the real data; exact counts on the frozen copy (tests/fixtures/story).
const { events } = realData()['timeline.json'];
const fixed = fixture();
const words = fixed['story.json'].graphics.timeline!;
const { format } = i18nOf(fixed);
const status = (shown: number, total: number) => format.plural(words.filter.status, total, { shown });

const ev = (id: string, date: string, category = 'economy') => ({ id, date, category });
const { categories } = realData()['timeline.json'];
const shapes = Object.fromEntries(categories.map((c) => [c.id, c.shape]));
const fixedShapes = Object.fromEntries(fixed['timeline.json'].categories.map((c) => [c.id, c.shape]));

describe('timeline: order and groups', () => {
  it('sorts by date, a year or month at its first day, keeping the order of ties (stable)', () => {
    const sorted = sortEvents([
      ev('c', '2024-09-09'),
      ev('a', '2024'),
      ev('x', '2023-12'),
      ev('b', '2024-01-01'),
      ev('d', '2024-09-09'),
      ev('e', '2024-05'),
      ev('f', '2024-09-09'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['x', 'a', 'b', 'e', 'c', 'd', 'f']);
  });

  it('does not change the list it is given', () => {
    const list = [ev('b', '2020'), ev('a', '2019')];
    sortEvents(list);
    expect(list.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('groups by the year an event starts in, oldest first, each group in date order', () => {
    const groups = groupByYear([ev('late', '2021-12-31'), ev('y', '2019'), ev('early', '2021-01'), ev('m', '2019-05-04')]);
    expect(groups).toEqual([
      { year: '2019', events: [ev('y', '2019'), ev('m', '2019-05-04')] },
      { year: '2021', events: [ev('early', '2021-01'), ev('late', '2021-12-31')] },
    ]);
    expect(eventYear({ date: '1955-01-02' })).toBe('1955');
  });

  it('keeps every event of data/timeline.json exactly once, in date order', () => {
    const groups = groupByYear(events);
    const flat = groups.flatMap((g) => g.events);
    expect(flat).toHaveLength(events.length);
    expect(new Set(flat.map((e) => e.id)).size).toBe(events.length);
    const years = groups.map((g) => Number(g.year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(groups[0]).toMatchObject({ year: '1955' });
    for (const group of groups) for (const e of group.events) expect(e.date.startsWith(group.year)).toBe(true);
  });
});

describe('timeline: counts', () => {
  it('counts the events per category and per year and category', () => {
    const list = [ev('a', '2019', 'economy'), ev('b', '2019-02', 'health'), ev('c', '2020-01-01', 'economy'), ev('d', '2019-03', 'economy')];
    expect(countByCategory(list)).toEqual({ economy: 3, health: 1 });
    expect(countByYearAndCategory(list)).toEqual({ '2019': { economy: 2, health: 1 }, '2020': { economy: 1 } });
  });

  it('counts every event once, by category and by year (real data), and exactly on the fixture: 76 events, 20 economy', () => {
    const counts = countByCategory(events);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(events.length);
    const fixedCounts = countByCategory(fixed['timeline.json'].events);
    expect(fixed['timeline.json'].events.length).toBe(76);
    expect(fixedCounts.economy).toBe(20);
    const perYear = countByYearAndCategory(events);
    const sumOverYears = Object.values(perYear).reduce((n, y) => n + Object.values(y).reduce((a, b) => a + b, 0), 0);
    expect(sumOverYears).toBe(events.length);
  });

  it('says how many events stay visible and which years empty when categories are hidden', () => {
    const yearCounts = { '1955': { diplomacy: 1 }, '2019': { economy: 2, health: 1 }, '2020': { economy: 1 } };
    const counts = { diplomacy: 1, economy: 3, health: 1 };
    expect(visibleCount(counts, new Set())).toBe(5);
    expect(visibleCount(counts, new Set(['economy']))).toBe(2);
    expect(emptyYears(yearCounts, new Set())).toEqual([]);
    expect(emptyYears(yearCounts, new Set(['economy']))).toEqual(['2020']);
    expect(emptyYears(yearCounts, new Set(['economy', 'health', 'diplomacy']))).toEqual(['1955', '2019', '2020']);
    expect(status(56, 76)).toBe('Showing 56 of 76 events');
    expect(status(1, 1)).toBe('Showing 1 of 1 event');
  });

  it('gives the filter island small props: categories with events in the data’s order, with names, per-year counts, the total', () => {
    const props = timelineFilterProps(events, categories);
    expect(props.total).toBe(events.length);
    expect(props.categories.map((c) => c.id)).toEqual(categories.map((c) => c.id).filter((c) => events.some((e) => e.category === c)));
    for (const c of props.categories) expect(c.count).toBe(events.filter((e) => e.category === c.id).length);
    expect(JSON.stringify(timelineFilterProps(fixed['timeline.json'].events, fixed['timeline.json'].categories)).length).toBeLessThan(2_000);
    expect(timelineFilterProps([ev('a', '2019', 'health')], [{ id: 'economy', name: 'Economy' }, { id: 'health', name: 'Health' }]).categories).toEqual([
      { id: 'health', name: 'Health', count: 1 },
    ]);
  });
});

describe('timeline: the filter’s choice', () => {
  const all = ['diplomacy', 'economy', 'security'];
  it('shows every category when nothing is chosen, and only the chosen ones otherwise (more chosen add to them)', () => {
    expect([...hiddenByChoice([], all)]).toEqual([]);
    expect([...hiddenByChoice(['security'], all)]).toEqual(['diplomacy', 'economy']);
    expect([...hiddenByChoice(['security', 'diplomacy'], all)]).toEqual(['economy']);
    expect([...hiddenByChoice(all, all)]).toEqual([]);
    // With security chosen, exactly the security events stay.
    const counts = { diplomacy: 3, economy: 5, security: 2 };
    expect(visibleCount(counts, hiddenByChoice(['security'], all))).toBe(2);
  });

  it('reads the choice from the address: known categories, in the data’s order, once each; anything else ignored', () => {
    expect(parseChoice(null, all)).toEqual([]);
    expect(parseChoice('', all)).toEqual([]);
    expect(parseChoice('security,diplomacy', all)).toEqual(['diplomacy', 'security']);
    expect(parseChoice('security,sport,security', all)).toEqual(['security']);
  });
});

describe('timeline: categories', () => {
  it('come from the data: each with a name, a colour of the palette and a shape, none shared (real data)', () => {
    expect(categories.length).toBeGreaterThan(0);
    for (const c of categories) {
      expect(c.name.trim()).not.toBe('');
      expect(CATEGORY_COLOR_NAMES).toContain(c.color);
      expect(CATEGORY_SHAPES).toContain(c.shape);
    }
    expect(new Set(categories.map((c) => c.color)).size).toBe(categories.length);
    expect(new Set(categories.map((c) => c.shape)).size).toBe(categories.length);
  });

  it('write a rule per category for the page: its colour and shape, and its overview marks fading when hidden', () => {
    const css = categoryCss([{ id: 'sport', color: 'ink', shape: 'bar' }]);
    expect(css).toContain('.timeline[data-timeline] :is(.event[data-category="sport"],[data-c="sport"]){--c:var(--text);--shape-transform:scaleX(.45)}');
    expect(css).toContain('.timeline[data-hidden-categories~="sport"] .ov-marks[data-c="sport"]{opacity:0}');
    // One rule per category, whatever the data holds.
    expect(categoryCss(categories).match(/\{--c:/g)).toHaveLength(categories.length);
  });

  it('load no schema at run time (the islands would carry zod)', () => {
    for (const file of ['model.ts', 'categories.ts']) {
      const source = readFileSync(join(root, 'src', 'lib', 'graphics', 'timeline', file), 'utf8');
      const schemaImports = source.split('\n').filter((l) => /^import .* from '((\.\.\/)+data\/schema|\.\/graphic|zod)/.test(l));
      for (const line of schemaImports) expect(line).toMatch(/^import type /);
    }
  });

  it('defines every colour token of the palette for light and dark in global.css', () => {
    const css = readFileSync(join(root, 'src', 'styles', 'global.css'), 'utf8');
    for (const color of Object.values(PALETTE)) {
      const token = color.slice(4, -1);
      // Light, dark (system), and dark again for embeds' ?theme=dark (tests/unit/embeds.test.ts keeps the two dark ones equal).
      expect(css.match(new RegExp(`${token}:\\s*#`, 'g')), token).toHaveLength(3);
    }
  });
});

describe('timeline: dates at their precision', () => {
  const { dateRange: formatEventDate, dateRangeParts } = createDateRanges(fixed['interface.json'].format);
  it('shows single dates as precise as the data', () => {
    expect(formatEventDate('2012')).toBe('2012');
    expect(formatEventDate('2009-08')).toBe('August 2009');
    expect(formatEventDate('1955-01-02')).toBe('2 January 1955');
    expect(formatEventDate('2024-09-09', '2024-09-09')).toBe('9 September 2024');
  });

  it('shows ranges without repeating what the end says', () => {
    expect(formatEventDate('2016-06-17', '2016-06-19')).toBe('17–19 June 2016');
    expect(formatEventDate('2016-06-29', '2016-07-02')).toBe('29 June – 2 July 2016');
    expect(formatEventDate('2016-12-30', '2017-01-02')).toBe('30 December 2016 – 2 January 2017');
    expect(formatEventDate('2017-05', '2017-06')).toBe('May–June 2017');
    expect(formatEventDate('2017-11', '2018-02')).toBe('November 2017 – February 2018');
    expect(formatEventDate('2014', '2016')).toBe('2014–2016');
    expect(formatEventDate('2014', '2016-03')).toBe('2014 – March 2016');
    expect(formatEventDate('2016-06-17', '2016-07')).toBe('17 June 2016 – July 2016');
  });

  it('splits a range into its two parts for two <time> elements', () => {
    expect(dateRangeParts('2016-06-17', '2016-06-19')).toEqual({ start: '17', separator: '–', end: '19 June 2016' });
    expect(dateRangeParts('2009-08')).toEqual({ start: 'August 2009', separator: '', end: '' });
  });

  it('formats every range of the events with an en dash', () => {
    const ranges = events.filter((e) => e.endDate);
    for (const e of ranges) expect(formatEventDate(e.date, e.endDate)).toMatch(/–/);
    const xi = fixed['timeline.json'].events.find((e) => e.id === '2016-06-17-xi-state-visit')!;
    expect(formatEventDate(xi.date, xi.endDate)).toBe('17–19 June 2016');
  });
});

describe('timeline: the first sentence of an event', () => {
  const split = (text: string) => splitFirstSentence(text);
  it('splits a text after its first sentence, and gives "" as the rest of a one-sentence text', () => {
    expect(split('Serbia signs. The loan follows.')).toEqual({ first: 'Serbia signs.', rest: 'The loan follows.' });
    expect(split('One sentence only.')).toEqual({ first: 'One sentence only.', rest: '' });
    expect(split('  Spaces around.   Then more.  ')).toEqual({ first: 'Spaces around.', rest: 'Then more.' });
    expect(split('Is it? Yes! It is.')).toEqual({ first: 'Is it?', rest: 'Yes! It is.' });
    expect(split('No stop at the end')).toEqual({ first: 'No stop at the end', rest: '' });
  });

  it('does not end a sentence at decimals, abbreviations, initials or U.S.', () => {
    for (const text of [
      'A loan of USD 2.91bn is signed for 3.5 km of road.',
      'The deal was signed on Jan. 5 in Beijing.',
      'Dr. Li meets Mr. Vučić.',
      'The U.S. envoy objects.',
      'J. Smith of Shandong Hi-Speed Co. Ltd signs the contract.',
      'It is listed as No. 3 among e.g. the Belt and Road projects.',
      'Works on the St. Sava site begin.',
    ])
      expect(split(text), text).toEqual({ first: text, rest: '' });
    expect(split('Serbia agrees. No. 3 follows.')).toEqual({ first: 'Serbia agrees.', rest: 'No. 3 follows.' });
    expect(split('Serbia says no. The EU objects.')).toEqual({ first: 'Serbia says no.', rest: 'The EU objects.' });
    expect(split('It entered into force in 2013. The law was ratified.')).toEqual({ first: 'It entered into force in 2013.', rest: 'The law was ratified.' });
  });

  it('handles Serbian: ordinal dates and years with a stop, abbreviations, in both scripts', () => {
    const latin = 'Sporazum je stupio na snagu 2013. godine, od 16. do 19. septembra, tzv. Beogradski sporazum. Potpisan je u Pekingu.';
    expect(split(latin)).toEqual({
      first: 'Sporazum je stupio na snagu 2013. godine, od 16. do 19. septembra, tzv. Beogradski sporazum.',
      rest: 'Potpisan je u Pekingu.',
    });
    expect(split(toCyrillic(latin)).rest).toBe(toCyrillic('Potpisan je u Pekingu.'));
    expect(split('Prikazani su 4. jula 2020.')).toEqual({ first: 'Prikazani su 4. jula 2020.', rest: '' });
    expect(split('Sastao se sa dr Anom Brnabić. Sv. Sava je bio zatvoren.').first).toBe('Sastao se sa dr Anom Brnabić.');
  });

  it('never ends a sentence inside quotes, brackets, an emphasis or a link, unless it closes there', () => {
    expect(split('He said "We will. We must." Then he left.')).toEqual({ first: 'He said "We will. We must."', rest: 'Then he left.' });
    expect(split('Vučić: „Ovo je dan. Veliki dan.“ Potom je otišao.').rest).toBe('Potom je otišao.');
    expect(split('The loan (signed in 2017. Or 2018.) is due. Then more.').first).toBe('The loan (signed in 2017. Or 2018.) is due.');
    expect(split('*It is done. Truly.* Next one.')).toEqual({ first: '*It is done. Truly.*', rest: 'Next one.' });
    expect(split('See [the report. Page 2](https://example.org/a.b) now. Next.')).toEqual({
      first: 'See [the report. Page 2](https://example.org/a.b) now.',
      rest: 'Next.',
    });
    expect(split("Xi's visit ends. It was his second.").first).toBe("Xi's visit ends.");
  });

  it('keeps the English marks on both parts of a text shown in English in a translated edition', () => {
    expect(split(markEnglish('First one. Second one.'))).toEqual({ first: markEnglish('First one.'), rest: markEnglish('Second one.') });
    expect(split(markEnglish('Only one.'))).toEqual({ first: markEnglish('Only one.'), rest: '' });
  });

  it('gives back every event’s whole text, in two parts, first sentence first (real data)', () => {
    for (const e of events) {
      const { first, rest } = split(e.text);
      expect(first.length, e.id).toBeGreaterThan(0);
      expect([first, rest].filter(Boolean).join(' '), e.id).toBe(e.text.trim().replace(/\s+/g, ' '));
    }
  });

  it('splits the fixture’s texts as their sentences say: 21 of 76 events have more than one', () => {
    const parts = fixed['timeline.json'].events.map((e) => ({ id: e.id, ...split(e.text) }));
    expect(parts.filter((p) => p.rest)).toHaveLength(21);
    expect(parts.find((p) => p.id === '1955-01-02-diplomatic-relations')!.rest).toBe('Yugoslavia had already recognised the PRC on 1 October 1949.');
  });
});

describe('timeline: the overview', () => {
  it('lays out an axis from the first year to the last: each year in between, long gaps as one break', () => {
    expect(overviewAxis([2009, 1955, 2011, 2014, 2014, 2012])).toEqual([
      { kind: 'year', year: 1955, index: 0 },
      { kind: 'gap', from: 1956, to: 2008 },
      { kind: 'year', year: 2009, index: 1 },
      { kind: 'empty', year: 2010 },
      { kind: 'year', year: 2011, index: 2 },
      { kind: 'year', year: 2012, index: 3 },
      { kind: 'empty', year: 2013 },
      { kind: 'year', year: 2014, index: 4 },
    ]);
    expect(overviewAxis([2020, 2023])).toEqual([
      { kind: 'year', year: 2020, index: 0 },
      { kind: 'empty', year: 2021 },
      { kind: 'empty', year: 2022 },
      { kind: 'year', year: 2023, index: 1 },
    ]);
    expect(overviewAxis([2020, 2024]).map((s) => s.kind)).toEqual(['year', 'gap', 'year']);
    expect(overviewAxis([])).toEqual([]);
  });

  it('has one place per year with events of the data, indexed in order', () => {
    const years = groupByYear(events).map((g) => Number(g.year));
    const axis = overviewAxis(years);
    expect(axis.filter((s) => s.kind === 'year').map((s) => s.year)).toEqual(years);
    expect(axis.flatMap((s) => (s.kind === 'year' ? [s.index] : []))).toEqual(years.map((_, i) => i));
  });

  it('labels the first and last years and every fifth, apart from each other', () => {
    const axis = overviewAxis([1955, 2009, 2011, 2012, 2014, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect([...majorYears(axis)].sort()).toEqual([1955, 2010, 2015, 2020, 2025]);
    expect([...majorYears(overviewAxis([2019, 2020, 2021]))].sort()).toEqual([2019, 2021]);
    expect(majorYears([]).size).toBe(0);
  });

  it('finds where the reader is: the last item whose top has passed the line', () => {
    expect(currentAt([-500, -20, 40, 300], 50)).toBe(2);
    expect(currentAt([100, 300], 50)).toBe(-1);
    expect(currentAt([-100, null, 20, null], 50)).toBe(2);
    expect(currentAt([], 50)).toBe(-1);
  });

  it('steps to the next or previous year that the filter leaves', () => {
    const empty = new Set([1, 2]);
    const isEmpty = (i: number) => empty.has(i);
    expect(stepYear(0, 1, 5, isEmpty)).toBe(3);
    expect(stepYear(3, -1, 5, isEmpty)).toBe(0);
    expect(stepYear(4, 1, 5, isEmpty)).toBe(4);
    expect(stepYear(-1, 1, 5, () => false)).toBe(0);
    expect(stepYear(5, -1, 5, () => false)).toBe(4);
  });
});

describe('timeline: the overview’s marks', () => {
  const layout = { slots: [{ left: 0, width: 20 }, { left: 20, width: 20 }], size: 6, gap: 1, perRow: 2, baseline: 40 };

  it('stacks each year’s marks in rows from the baseline up, in order, each row centred on its year', () => {
    const places = placeMarks([['economy', 'health', 'economy'], ['diplomacy']], new Set(), layout);
    // Year 1: a full row of two (centred: 13 px wide in 20), then one mark centred above it.
    expect(places[0]).toEqual([
      { x: 3.5, y: 34 },
      { x: 10.5, y: 34 },
      { x: 7, y: 27 },
    ]);
    expect(places[1]).toEqual([{ x: 27, y: 34 }]);
  });

  it('gives no mark to an event of a hidden category, and the others close up', () => {
    const places = placeMarks([['economy', 'health', 'economy']], new Set(['health']), layout);
    expect(places[0][1]).toBeNull();
    expect(places[0][0]).toEqual({ x: 3.5, y: 34 });
    expect(places[0][2]).toEqual({ x: 10.5, y: 34 });
  });

  it('draws every category as a shape of its own, inside its square; hollow ones as two outlines', () => {
    const drawn = CATEGORY_SHAPES.map((c) => shapePath(c, 10, 20, 8));
    expect(new Set(drawn).size).toBe(CATEGORY_SHAPES.length);
    for (const d of drawn) {
      expect(d).toMatch(/^M[\d.,-]+/);
      // Every absolute point of the path lies in the square (10…18, 20…28).
      for (const [, x, y] of d.matchAll(/[ML]([\d.]+),([\d.]+)/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(10);
        expect(Number(x)).toBeLessThanOrEqual(18);
        expect(Number(y)).toBeGreaterThanOrEqual(20);
        expect(Number(y)).toBeLessThanOrEqual(28);
      }
    }
    for (const hollow of ['square-hollow', 'circle-hollow', 'diamond-hollow'] as const) expect(shapePath(hollow, 0, 0, 8).match(/M/g)).toHaveLength(2);
  });

  it('gathers the marks in one path per category, only the categories with a mark', () => {
    const years = [['economy', 'health'], ['economy']] as const;
    const places = placeMarks(years, new Set(['health']), layout);
    const paths = markPaths(years, places, 6, fixedShapes);
    expect(Object.keys(paths)).toEqual(['economy']);
    expect(paths.economy!.match(/M/g)).toHaveLength(2);
    expect(paths.economy).toBe(shapePath('square', 7, 34, 6) + shapePath('square', 27, 34, 6));
  });

  it('places every event of the data once (1,000 events stay cheap: one pass, one string per category)', () => {
    const groups = groupByYear(events);
    const years = groups.map((g) => g.events.map((e) => e.category));
    const slots = groups.map((_, i) => ({ left: i * 20, width: 20 }));
    const places = placeMarks(years, new Set(), { ...layout, slots });
    expect(places.flat().filter(Boolean)).toHaveLength(events.length);
    const paths = markPaths(years, places, 6, shapes);
    const counted = Object.entries(paths).reduce((n, [category, d]) => n + d!.match(/M/g)!.length / (shapes[category].endsWith('-hollow') ? 2 : 1), 0);
    expect(counted).toBe(events.length);
  });
});
