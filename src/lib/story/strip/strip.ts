/**
 * The events strip (an "events" block in story.json): which of the timeline's events it shows, and where each
 * mark goes on its time axis. Pure: the component (EventStrip.svelte) draws it, the data check uses the choice.
 */
import { parseDate } from '../../data/dates.ts';
import type { EventsBlock, TimelineEvent } from '../../data/schema.ts';
import { sortEvents } from '../../graphics/timeline/model.ts';

type StripEvent = Pick<TimelineEvent, 'id' | 'date' | 'category'> & { endDate?: string };
const DAY = 86_400_000;

/** The first and last day a date string covers, as days since 1970: "2016" is the whole year, "2016-06" the month. */
export function daySpan(date: string): [number, number] {
  const d = parseDate(date);
  if (!d) return [NaN, NaN];
  const day = (y: number, m: number, dd: number) => Date.UTC(y, m - 1, dd) / DAY;
  if (d.precision === 'year') return [day(d.year, 1, 1), day(d.year + 1, 1, 1) - 1];
  if (d.precision === 'month') return [day(d.year, d.month!, 1), day(d.year, d.month! + 1, 1) - 1];
  return [day(d.year, d.month!, d.day!), day(d.year, d.month!, d.day!)];
}

/** Where an event sits on the axis: the middle of what its date covers (a year's July, a month's middle). */
const midDay = (date: string) => {
  const [a, b] = daySpan(date);
  return Math.floor((a + b) / 2);
};

/**
 * The events a strip shows, in date order: those of its categories (every category when it names none) that
 * fall between its dates, and those it names by id. A strip that names only ids shows only those.
 */
export function stripEvents<T extends StripEvent>(block: Pick<EventsBlock, 'categories' | 'from' | 'to' | 'events'>, events: readonly T[]): T[] {
  const filtered = Boolean(block.categories || block.from || block.to);
  const from = block.from ? daySpan(block.from)[0] : -Infinity;
  const to = block.to ? daySpan(block.to)[1] : Infinity;
  return sortEvents(
    events.filter((e) => {
      if (block.events?.includes(e.id)) return true;
      if (!filtered || (block.categories && !block.categories.includes(e.category))) return false;
      const [start, end] = daySpan(e.date);
      return end >= from && start <= to;
    }),
  );
}

export interface StripLayout<T> {
  /** Each event's mark: x in percent of the axis, level from the axis up (0 on it). */
  marks: { event: T; x: number; level: number }[];
  /** How many rows of marks (the tallest stack). */
  levels: number;
  /** The axis's ticks: x in percent, the date they stand for ("2016", "2016-06", "2016-06-17"). */
  ticks: { x: number; date: string }[];
}

/** The narrowest axis the strip is drawn on (a 320 px phone's column), and a mark's width with its gap. */
export const NARROWEST = 280;
export const MARK = 26;

/**
 * The marks on a time axis from the first event to the last: marks closer than one mark's width at the
 * narrowest axis stack up, so that none covers another at any width (each is a link, at least 24 px wide).
 */
export function stripLayout<T extends StripEvent>(events: readonly T[], maxTicks = 5): StripLayout<T> {
  const days = events.map((e) => midDay(e.date));
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
  const x = (d: number) => ((d - lo) / (hi - lo)) * 100;
  const gap = (MARK / NARROWEST) * 100;
  const rows: number[] = [];
  const marks = events.map((event, i) => {
    const at = x(days[i]);
    let level = rows.findIndex((last) => at - last >= gap);
    if (level === -1) level = rows.length;
    rows[level] = at;
    return { event, x: at, level };
  });
  return { marks, levels: rows.length, ticks: ticks(lo, hi, maxTicks).map((t) => ({ x: x(daySpan(t)[0]), date: t })) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Round dates between two days, at most `max` of them: years, months or days, whichever the span needs. */
function ticks(lo: number, hi: number, max: number): string[] {
  const start = new Date(lo * DAY);
  const end = new Date(hi * DAY);
  const span = hi - lo;
  const pick = <U>(all: U[], steps: number[]) => {
    const step = steps.find((s) => Math.ceil(all.length / s) <= max) ?? steps[steps.length - 1];
    return all.filter((_, i) => i % step === 0);
  };
  if (span >= 730) {
    const years: string[] = [];
    for (let y = start.getUTCFullYear() + 1; y <= end.getUTCFullYear(); y++) years.push(String(y));
    // Round years: 2015, 2020 rather than 2014, 2019 when every fifth is shown.
    const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(years.length / s) <= max) ?? 50;
    return years.filter((y) => Number(y) % step === 0);
  }
  if (span >= 60) {
    const months: string[] = [];
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 2; y * 12 + m <= end.getUTCFullYear() * 12 + end.getUTCMonth() + 1; m++) {
      if (m > 12) [y, m] = [y + 1, 1];
      months.push(`${y}-${pad(m)}`);
    }
    // Months of two years are labelled with their year ("Mar 2025"), twice as wide: half as many fit a phone's axis.
    const twoYears = months[0]?.slice(0, 4) !== months.at(-1)?.slice(0, 4);
    const fit = twoYears ? Math.max(2, Math.floor(max / 2) + 1) : max;
    const step = [1, 2, 3, 6].find((s) => Math.ceil(months.length / s) <= fit) ?? 6;
    return months.filter((_, i) => i % step === 0);
  }
  const dates: string[] = [];
  for (let d = Math.ceil(lo); d <= hi; d++) {
    const t = new Date(d * DAY);
    dates.push(`${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`);
  }
  return pick(dates, [1, 2, 7, 14]);
}
