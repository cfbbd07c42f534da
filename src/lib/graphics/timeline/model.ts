/**
 * The timeline's pure logic: order, grouping and counts of the events, the filter's choice, the overview's axis and marks.
 * Timeline.svelte (static HTML) and TimelineFilter.svelte (the island) share it.
 */
import { dateSortKey, parseDate } from '../../data/dates.ts';
import { markEnglish, plain, whollyEnglish } from '../../i18n/fallback.ts';
// Types only: the schema module brings zod, which the filter island must not load in the browser.
import type { EventCategory, TimelineEvent } from '../../data/files.ts';
import { shapePath, type Category, type CategoryShape } from './categories.ts';

export type { EventCategory, TimelineEvent };

/** The categories a reader's choice hides: none when nothing is chosen, otherwise every category not chosen. */
export function hiddenByChoice(chosen: readonly string[], all: readonly string[]): Set<string> {
  return new Set(chosen.length ? all.filter((c) => !chosen.includes(c)) : []);
}

/**
 * The reader's choice as the address keeps it (?categories=economy,security): the known categories it names, in the
 * data's order, without repeats; an unknown one is left out (an old link after a category was renamed).
 */
export function parseChoice(value: string | null, all: readonly string[]): string[] {
  const named = new Set((value ?? '').split(',').map((s) => s.trim()));
  return all.filter((c) => named.has(c));
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

export type CategoryCounts = Record<EventCategory, number>;

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
  for (const [category, count] of Object.entries(counts)) if (!hidden.has(category)) n += count ?? 0;
  return n;
}

/** The years that have no visible event left when the given categories are hidden. */
export function emptyYears(yearCounts: Record<string, CategoryCounts>, hidden: ReadonlySet<string>): string[] {
  return Object.keys(yearCounts).filter((year) => visibleCount(yearCounts[year], hidden) === 0);
}

/** The props of the filter island: small and serialisable (about 1 kB of JSON for 76 events, under 2 kB for 1,000 over 36 years). */
export type TimelineFilterProps = {
  /** The categories that have events, in the data's order, with their names and counts. */
  categories: { id: EventCategory; name: string; count: number }[];
  /** Per year, the events of each category: the filter hides a year whose shown categories have none. */
  yearCounts: Record<string, CategoryCounts>;
  total: number;
};

export function timelineFilterProps(
  events: readonly Pick<TimelineEvent, 'date' | 'category'>[],
  categories: readonly Pick<Category, 'id' | 'name'>[],
): TimelineFilterProps {
  const counts = countByCategory(events);
  return {
    categories: categories.filter(({ id }) => counts[id]).map(({ id, name }) => ({ id, name, count: counts[id]! })),
    yearCounts: countByYearAndCategory(events),
    total: events.length,
  };
}

// ——— The first sentence of an event's text ———

/**
 * Words that end with a full stop without ending a sentence when a capital follows: titles before a name
 * (Dr. Li), abbreviated months (Jan. 5), Co. Ltd, e.g., and the Serbian ones (dr, tzv., sv., god.), in both
 * scripts since the Cyrillic edition is transliterated before it is rendered. Compared in lower case.
 */
const ABBREVIATIONS =
  'mr mrs ms dr prof st gen lt col sgt capt gov sen rep rev hon co jan feb mar apr jun jul aug sep sept oct nov dec cf vs approx ca al ' +
  'sv tzv npr tj god ul gosp gđa gđica inž ing mil mlrd ' +
  'мр др проф св тзв нпр тј год ул госп гђа гђица инж мил млрд';
/** Words that end with a full stop before a figure: No. 3, p. 12, br. 5, čl. 4. */
const BEFORE_FIGURES = 'no nos nr vol fig art ch pp p br čl str бр чл стр';
let wordSets: [Set<string>, Set<string>] | undefined;
const sets = () => (wordSets ??= [new Set(ABBREVIATIONS.split(' ')), new Set(BEFORE_FIGURES.split(' '))]);

const OPENERS = '"“„«‘\'([';
/** Double quotes and guillemets; single ones are too often apostrophes (Xi's, '90s) to count. */
const QUOTES = '"“”„«»';
const CLOSERS = '"“”„«»‘’\')]';
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
/** A sentence starts with a capital or a figure, perhaps after opening quotes, a bracket or *emphasis*. */
function startsSentence(s: string, at: number): boolean {
  let i = at;
  while (i < s.length && (OPENERS.includes(s[i]) || s[i] === '*')) i++;
  return i < s.length && /[\p{Lu}\p{N}]/u.test(s[i]);
}

/** Where the *emphasis* and [links](…) are: a sentence never ends inside one, except at the very end of an emphasis. */
function inlineSpans(s: string): [number, number][] {
  return [...s.matchAll(/\*[^*\n]+\*|\[[^\]\n]+\]\([^)\s]+\)/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Where the first sentence of a text ends (the index after its last character), or the text's length. */
function firstSentenceEnd(s: string): number {
  const spans = inlineSpans(s);
  let depth = 0; // inside quotes or brackets, a full stop ends no sentence of ours
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const span = spans.find(([a, b]) => i >= a && i < b);
    if (span) {
      // Inside *emphasis*: a sentence may end on its last character ("… *as agreed.* Next"); inside a link, never.
      if (s[span[0]] !== '*' || i !== span[1] - 2 || !'.!?…'.includes(c)) continue;
    } else if (QUOTES.includes(c)) {
      const opens = c === '„' || c === '«' || i === 0 || isSpace(s[i - 1]) || '([*'.includes(s[i - 1]);
      depth = Math.max(0, depth + (opens ? 1 : -1));
      continue;
    } else if (c === '(' || c === '[') {
      depth++;
      continue;
    } else if (c === ')' || c === ']') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (!'.!?…'.includes(c)) continue;
    // After the stop: more stops (…), closing quotes, brackets and the end of an emphasis, then a space.
    let j = i + 1;
    let d = depth;
    while (j < s.length && ('.!?…*'.includes(s[j]) || CLOSERS.includes(s[j]))) {
      if (CLOSERS.includes(s[j])) d = Math.max(0, d - 1);
      j++;
    }
    if (d > 0 || !isSpace(s[j])) continue;
    let k = j;
    while (isSpace(s[k])) k++;
    if (k >= s.length || !startsSentence(s, k)) continue;
    if (c === '.') {
      // The word before the stop: an abbreviation, an initial (J. Smith) or U.S. does not end a sentence.
      const word = /[\p{L}.]*$/u.exec(s.slice(0, i))![0].toLowerCase();
      const [always, beforeFigures] = sets();
      if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word) || always.has(word)) continue;
      if (beforeFigures.has(word) && /\p{N}/u.test(s[k])) continue;
    }
    return j;
  }
  return s.length;
}

/**
 * An event's text as its first sentence, which the timeline shows, and the rest, which opens with the event's
 * notes and sources ("" when the text is one sentence). "USD 2.91bn", "Jan. 5", "Dr. Li", "U.S. envoy",
 * "2013. godine" and "od 16. do 19. septembra" do not end a sentence; a stop inside quotes or brackets ends
 * none either, unless the quote closes with it. Inline *emphasis* and [links](…) are never cut. A text that stands
 * in English for a missing translation (fallback.ts) keeps its marks on both parts.
 */
export function splitFirstSentence(text: string): { first: string; rest: string } {
  const english = whollyEnglish(text);
  const s = (english ? plain(text) : text).trim();
  const end = firstSentenceEnd(s);
  const first = s.slice(0, end).trimEnd();
  const rest = s.slice(end).trim();
  return english ? { first: markEnglish(first), rest: rest && markEnglish(rest) } : { first, rest };
}

// ——— The overview: a time axis from the first year to the last ———

/** A place on the overview's axis: a year with events, a year without, or a long run of years without (a break). */
export type AxisSlot = { kind: 'year'; year: number; index: number } | { kind: 'empty'; year: number } | { kind: 'gap'; from: number; to: number };

/**
 * The overview's axis from the first year with events to the last: each year in between has its place, except
 * runs of more than `maxEmpty` years without events, which become one break (1955 … 2009). `index` counts the
 * years with events, in order.
 */
export function overviewAxis(years: readonly number[], maxEmpty = 2): AxisSlot[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const slots: AxisSlot[] = [];
  sorted.forEach((year, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && year - previous - 1 > maxEmpty) slots.push({ kind: 'gap', from: previous + 1, to: year - 1 });
    else if (previous !== undefined) for (let y = previous + 1; y < year; y++) slots.push({ kind: 'empty', year: y });
    slots.push({ kind: 'year', year, index });
  });
  return slots;
}

/**
 * The years the axis labels when there is no room for every label: the first and the last, and each fifth year
 * (2010, 2015, …) at least `spacing` places away from another label.
 */
export function majorYears(slots: readonly AxisSlot[], spacing = 3): Set<number> {
  const placed = slots.map((s) => (s.kind === 'gap' ? undefined : s.year));
  const chosen = new Map<number, number>(); // year → place on the axis
  const first = placed.findIndex((y) => y !== undefined);
  const last = placed.findLastIndex((y) => y !== undefined);
  if (first < 0) return new Set();
  chosen.set(placed[first]!, first);
  chosen.set(placed[last]!, last);
  placed.forEach((year, at) => {
    if (year === undefined || year % 5 !== 0 || chosen.has(year)) return;
    if ([...chosen.values()].every((other) => Math.abs(other - at) >= spacing)) chosen.set(year, at);
  });
  return new Set(chosen.keys());
}

/**
 * The item a reader is at: the last of `tops` (in document order, each an item's top edge relative to the
 * viewport, null for an item not shown) at or above `line`; -1 above the first.
 */
export function currentAt(tops: readonly (number | null)[], line: number): number {
  let found = -1;
  for (let i = 0; i < tops.length; i++) {
    const top = tops[i];
    if (top === null) continue;
    if (top > line) break;
    found = i;
  }
  return found;
}

/** The next year (by `step`, ±1) from `from` that is not empty, or `from` when there is none. */
export function stepYear(from: number, step: number, count: number, isEmpty: (index: number) => boolean): number {
  for (let i = from + step; i >= 0 && i < count; i += step) if (!isEmpty(i)) return i;
  return from;
}

// ——— The overview's marks: one shape per event, drawn as one SVG path per category ———

export interface MarkLayout {
  /** Each year's place on the axis, from the left of the axis, in px. */
  slots: readonly { left: number; width: number }[];
  /** A mark's width and height, the space between two, and how many stand in a row. */
  size: number;
  gap: number;
  perRow: number;
  /** Where the bottom row of marks stands, from the top of the axis. */
  baseline: number;
}

/**
 * Where each event's mark goes (its top-left corner), year by year: the year's shown events in rows of `perRow`
 * from the baseline up, in order, each row centred on the year; an event of a hidden category gets no mark (null)
 * and the others close up.
 */
export function placeMarks(
  years: readonly (readonly EventCategory[])[],
  hidden: ReadonlySet<string>,
  { slots, size, gap, perRow, baseline }: MarkLayout,
): ({ x: number; y: number } | null)[][] {
  const step = size + gap;
  return years.map((categories, i) => {
    const slot = slots[i];
    const shown = categories.filter((c) => !hidden.has(c)).length;
    let k = 0;
    return categories.map((category) => {
      if (hidden.has(category) || !slot) return null;
      const row = Math.floor(k / perRow);
      const inRow = Math.min(perRow, shown - row * perRow);
      const col = k++ % perRow;
      const x = slot.left + slot.width / 2 - (inRow * step - gap) / 2 + col * step;
      return { x, y: baseline - size - row * step };
    });
  });
}

/** The overview's paths, one per category (only the categories that have marks), from the places of placeMarks. */
export function markPaths(
  years: readonly (readonly EventCategory[])[],
  places: readonly ({ x: number; y: number } | null)[][],
  size: number,
  shapes: Readonly<Record<EventCategory, CategoryShape>>,
): Partial<Record<EventCategory, string>> {
  const paths: Partial<Record<EventCategory, string>> = {};
  years.forEach((categories, i) =>
    categories.forEach((category, k) => {
      const place = places[i]?.[k];
      const shape = shapes[category];
      if (place && shape) paths[category] = (paths[category] ?? '') + shapePath(shape, place.x, place.y, size);
    }),
  );
  return paths;
}
