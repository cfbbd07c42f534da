import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_CATEGORIES } from '../../src/lib/data/schema.ts';
import {
  CATEGORY_COLORS,
  CATEGORY_ORDER,
  countByCategory,
  countByYearAndCategory,
  emptyYears,
  eventYear,
  groupByYear,
  isCategory,
  sortEvents,
  timelineFilterProps,
  visibleCount,
} from '../../src/lib/graphics/timeline/model.ts';
import { createDateRanges } from '../../src/lib/i18n/date-ranges.ts';
import { fixture, i18nOf, realData, ROOT as root } from '../helpers/data.ts';

// Relations on the real data; exact counts on the frozen copy (tests/fixtures/story).
const { events } = realData()['timeline.json'];
const fixed = fixture();
const words = fixed['story.json'].graphics.timeline!;
const { format } = i18nOf(fixed);
const status = (shown: number, total: number) => format.plural(words.filter.status, total, { shown });

const ev = (id: string, date: string, category: (typeof EVENT_CATEGORIES)[number] = 'economy') => ({ id, date, category });

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

  it('gives the filter island small props: categories with events in display order, per-year counts, the total', () => {
    const props = timelineFilterProps(events);
    expect(props.total).toBe(events.length);
    expect(props.categories.map((c) => c.id)).toEqual(CATEGORY_ORDER.filter((c) => events.some((e) => e.category === c)));
    for (const c of props.categories) expect(c.count).toBe(events.filter((e) => e.category === c.id).length);
    expect(JSON.stringify(timelineFilterProps(fixed['timeline.json'].events)).length).toBeLessThan(2_000);
    expect(timelineFilterProps([ev('a', '2019', 'health')]).categories).toEqual([{ id: 'health', count: 1 }]);
  });
});

describe('timeline: categories', () => {
  it('has a label (in its words) and a colour token for every category of the schema, in the schema order', () => {
    expect(CATEGORY_ORDER).toEqual(EVENT_CATEGORIES);
    expect(Object.keys(words.categories)).toEqual([...EVENT_CATEGORIES]);
    const colors = EVENT_CATEGORIES.map((c) => CATEGORY_COLORS[c]);
    expect(new Set(colors).size).toBe(EVENT_CATEGORIES.length);
    for (const color of colors) expect(color).toMatch(/^var\(--(cat-[1-7]|accent)\)$/);
  });

  it('knows the categories without loading the schema at run time (the island would carry zod)', () => {
    expect(isCategory('economy')).toBe(true);
    expect(isCategory('sport')).toBe(false);
    expect(isCategory('toString')).toBe(false);
    const source = readFileSync(join(root, 'src', 'lib', 'graphics', 'timeline', 'model.ts'), 'utf8');
    const schemaImports = source.split('\n').filter((l) => /^import .* from '(\.\.\/)+data\/schema|\.\/graphic/.test(l));
    expect(schemaImports.length).toBeGreaterThan(0);
    for (const line of schemaImports) expect(line).toMatch(/^import type /);
  });

  it('defines every colour token for light and dark in global.css', () => {
    const css = readFileSync(join(root, 'src', 'styles', 'global.css'), 'utf8');
    for (const color of Object.values(CATEGORY_COLORS)) {
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
