/**
 * The timeline's pure logic: order, grouping, counts and colours of the event categories.
 * Timeline.svelte (static HTML) and TimelineFilter.svelte (the island) share it.
 */
import { dateSortKey, parseDate } from '../../data/dates.ts';
// Types only: the schema module brings zod, which the filter island must not load in the browser.
import type { EventCategory, TimelineEvent } from '../../data/schema.ts';

export type { EventCategory, TimelineEvent };

/**
 * One colour token per category (src/styles/global.css, light and dark; Okabe–Ito based). Russia and the EU
 * take the colours the story uses for them elsewhere (--russia is --cat-1's blue, --eu is --cat-5's ochre);
 * controversies take the story's red accent.
 */
export const CATEGORY_COLORS: Readonly<Record<EventCategory, string>> = {
  diplomacy: 'var(--cat-4)',
  economy: 'var(--cat-2)',
  infrastructure: 'var(--cat-3)',
  security: 'var(--cat-7)',
  controversy: 'var(--accent)',
  'eu-west': 'var(--cat-5)',
  russia: 'var(--cat-1)',
  health: 'var(--cat-6)',
};

/** Every category, in the order readers see them (the schema's order; a unit test checks both match). */
export const CATEGORY_ORDER = Object.keys(CATEGORY_COLORS) as readonly EventCategory[];

export function isCategory(value: string): value is EventCategory {
  return Object.hasOwn(CATEGORY_COLORS, value);
}

type Dated = Pick<TimelineEvent, 'date'>;

/** Events in date order (a year or month sorts at its first day); events on the same key keep their order. */
export function sortEvents<T extends Dated>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index, key: dateSortKey(event.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ event }) => event);
}

/** The year an event starts in, as text ("2024"). */
export function eventYear(event: Dated): string {
  return String(parseDate(event.date)?.year ?? event.date.slice(0, 4));
}

export interface YearGroup<T> {
  year: string;
  events: T[];
}

/** Sorts the events and groups them by the year they start in, oldest first. */
export function groupByYear<T extends Dated>(events: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const event of sortEvents(events)) {
    const year = eventYear(event);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

export type CategoryCounts = Partial<Record<EventCategory, number>>;

/** How many events each category has; categories without events are left out. */
export function countByCategory(events: readonly Pick<TimelineEvent, 'category'>[]): CategoryCounts {
  const counts: CategoryCounts = {};
  for (const { category } of events) counts[category] = (counts[category] ?? 0) + 1;
  return counts;
}

/** Per year (as text), how many events each category has. */
export function countByYearAndCategory(events: readonly Pick<TimelineEvent, 'date' | 'category'>[]): Record<string, CategoryCounts> {
  const counts: Record<string, CategoryCounts> = {};
  for (const event of events) {
    const year = (counts[eventYear(event)] ??= {});
    year[event.category] = (year[event.category] ?? 0) + 1;
  }
  return counts;
}

/** How many events stay visible when the given categories are hidden. */
export function visibleCount(counts: CategoryCounts, hidden: ReadonlySet<string>): number {
  let n = 0;
  for (const category of CATEGORY_ORDER) if (!hidden.has(category)) n += counts[category] ?? 0;
  return n;
}

/** The years that have no visible event left when the given categories are hidden. */
export function emptyYears(yearCounts: Record<string, CategoryCounts>, hidden: ReadonlySet<string>): string[] {
  return Object.keys(yearCounts).filter((year) => visibleCount(yearCounts[year], hidden) === 0);
}

/** The props of the filter island: small and serialisable (about 1 kB of JSON for 76 events, under 2 kB for 1,000 over 36 years). */
export type TimelineFilterProps = {
  /** The categories that have events, in display order, with their counts. */
  categories: { id: EventCategory; count: number }[];
  /** Per year, the events of each category: the filter hides a year whose shown categories have none. */
  yearCounts: Record<string, CategoryCounts>;
  total: number;
};

export function timelineFilterProps(events: readonly Pick<TimelineEvent, 'date' | 'category'>[]): TimelineFilterProps {
  const counts = countByCategory(events);
  return {
    categories: CATEGORY_ORDER.filter((id) => counts[id]).map((id) => ({ id, count: counts[id]! })),
    yearCounts: countByYearAndCategory(events),
    total: events.length,
  };
}
