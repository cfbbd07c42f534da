/**
 * Date ranges in the reader's language, for the timeline and the project list (prerendered only, so their
 * code stays out of the islands): "2014–2016", "May–June 2017", "17–19 June 2016", "29 June – 2 July 2016".
 */
import { parseDate } from '../data/dates.ts';
import { createFormat, type FormatWords } from './format.ts';
import type { Template } from './template.ts';

export interface DateRangeParts {
  /** The start as shown, e.g. "17" in "17–19 June 2016". */
  start: string;
  /** What stands between the two, e.g. "–" or " – ". */
  separator: string;
  /** The end as shown, e.g. "19 June 2016"; empty for a single date. */
  end: string;
}

/** The separator of a range template, e.g. "{start} – {end}" → " – ". */
function separatorOf(template: Template): string {
  const a = template.indexOf('{start}');
  const b = template.indexOf('{end}');
  return a === -1 || b === -1 || b < a ? template : template.slice(a + '{start}'.length, b);
}

export function createDateRanges(words: FormatWords) {
  const { date } = createFormat(words);
  const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(words.locale, { ...options, timeZone: 'UTC' });
  const dayOnly = intl({ day: 'numeric' });
  const dayMonth = intl({ day: 'numeric', month: 'long' });
  const monthOnly = intl({ month: 'long' });

  /**
   * A date or a range at the precision of the data: "2014–2016", "May–June 2017", "17–19 June 2016",
   * "29 June – 2 July 2016", "30 December 2016 – 2 January 2017". Parts of the start that the end repeats
   * are left out only when both have the same precision.
   */
  function dateRangeParts(start: string, end?: string): DateRangeParts {
    if (!end || end === start) return { start: date(start), separator: '', end: '' };
    const a = parseDate(start);
    const b = parseDate(end);
    const closedSeparator = separatorOf(words.range);
    const spacedSeparator = separatorOf(words.spacedRange);
    const spaced = (s: string) => ({ start: s, separator: spacedSeparator, end: date(end) });
    const closed = (s: string) => ({ start: s, separator: closedSeparator, end: date(end) });
    if (!a || !b || a.precision !== b.precision) return spaced(date(start));
    if (a.precision === 'year') return closed(String(a.year));
    if (a.year !== b.year) return spaced(date(start));
    if (a.precision === 'month') return closed(monthOnly.format(utc(a.year, a.month)));
    if (a.month === b.month) return closed(dayOnly.format(utc(a.year, a.month, a.day)));
    return spaced(dayMonth.format(utc(a.year, a.month, a.day)));
  }

  function dateRange(start: string, end?: string): string {
    const p = dateRangeParts(start, end);
    return p.start + p.separator + p.end;
  }

  return { dateRangeParts, dateRange };
}
