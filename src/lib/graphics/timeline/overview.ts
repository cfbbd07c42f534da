/**
 * The timeline overview's decisions, over numbers its component measures (TimelineOverview.svelte): where the reader
 * is, where a jump lands, which year a key or the pointer asks for, how far the axis scrolls to show a year. No DOM
 * here: the component reads the page's boxes, calls these, and moves what they say.
 */
import { currentAt, stepYear } from './model.ts';

/** The reading line: this far below the overview's bottom edge, an event or a year counts as reached. */
export const LINE_GAP = 12;
/** A jump lands at least this far below the overview. */
export const LANDING_GAP = 8;
/** A pointer that moves more than this (px) drags instead of tapping. */
export const DRAG_THRESHOLD = 6;

/** Where the reader is: the year (index) whose top has passed the line, and its event (index in the year) that has, at least its first. */
export interface Place {
  year: number;
  event: number;
}

/**
 * The reader's place, from the tops of the years (null: hidden) and, for the year found, the tops of its events (null:
 * not rendered). Above the first year, { year: -1, event: -1 }.
 */
export function placeAt(yearTops: readonly (number | null)[], line: number, eventTops: (year: number) => readonly (number | null)[]): Place {
  const year = currentAt(yearTops, line);
  if (year < 0) return { year: -1, event: -1 };
  return { year, event: Math.max(0, currentAt(eventTops(year), line)) };
}

/**
 * Where a target lands, from the top of the screen: under the overview (the target's scroll margin, which the CSS
 * derives from the overview's height), never less than the overview's measured height should the two disagree, and
 * below the pinned edition switch.
 */
export function landing(scrollMarginTop: number, overviewHeight: number, pinned: number): number {
  return Math.max(scrollMarginTop || 0, overviewHeight + LANDING_GAP) + pinned;
}

/**
 * The page's scroll position that puts an element whose top is `top` (on screen) at `at` from the top of the screen,
 * within the page's range (0 to `maxScroll`): the first year cannot come further down than the page's top, nor the
 * last further up than the page's end.
 */
export function scrollFor(top: number, scrollY: number, at: number, maxScroll = Infinity): number {
  return Math.min(Math.max(0, top + scrollY - at), Math.max(0, maxScroll));
}

/** Whether year `index` is one a jump may go to: there is such a year and the filter leaves some of its events. */
export function canJump(years: readonly { hidden: boolean }[], index: number): boolean {
  return index >= 0 && index < years.length && !years[index].hidden;
}

/** A jump that has landed is kept in place while a year above it changes height: it is put back when it moved more than a pixel. */
export function drifted(top: number, want: number): boolean {
  return Math.abs(top - want) > 1;
}

/**
 * Whether a target the browser scrolled to (a link's #event-…) needs placing again: hidden under the overview, or
 * below three quarters of the screen (years above it changed height since).
 */
export function misplaced(top: number, at: number, viewportHeight: number): boolean {
  return top < at - 2 || top > viewportHeight * 0.75;
}

export type KeyAction = { go: number } | { enter: number } | null;

/**
 * What a key does on the slider, at year `current` (-1: above the first) of `count`: an arrow moves a year (the
 * years the filter empties skipped) and stays at either end; Home and End go to the first and last year, even from it
 * (back to its top); Enter goes into the current year.
 */
export function keyAction(key: string, current: number, count: number, isEmpty: (index: number) => boolean): KeyAction {
  const step = ({ ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 } as Record<string, number>)[key];
  if (key === 'Enter') return current >= 0 ? { enter: current } : null;
  let to: number;
  if (step) to = stepYear(current < 0 && step < 0 ? count : current, step, count, isEmpty);
  else if (key === 'Home') to = stepYear(-1, 1, count, isEmpty);
  else if (key === 'End') to = stepYear(count, -1, count, isEmpty);
  else return null;
  return to >= 0 && to < count && (to !== current || !step) ? { go: to } : null;
}

/** Whether a key is the slider's (the page must not scroll for it). */
export const sliderKey = (key: string) => ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'Home', 'End'].includes(key);

/** A pointer pressed on the axis. A mouse drags through the years; a finger's sideways swipe scrolls the axis instead. */
export interface Drag {
  id: number;
  /** Where it was pressed. */
  x: number;
  /** It has gone further than DRAG_THRESHOLD: it drags, it will not tap. */
  moved: boolean;
  /** The year a mouse's drag went to last, -1 for none. */
  year: number;
  mouse: boolean;
}

/**
 * The pointer moved to `x`: the year a mouse's drag goes to (the year under it, `yearAt`, asked only then), or -1 when
 * it stays (not dragging yet, a finger, the same year, or none under it). Notes the move in `drag`.
 */
export function dragTo(drag: Drag, x: number, yearAt: () => number): number {
  if (Math.abs(x - drag.x) > DRAG_THRESHOLD) drag.moved = true;
  if (!drag.moved || !drag.mouse) return -1;
  const year = yearAt();
  if (year < 0 || year === drag.year) return -1;
  return (drag.year = year);
}

/** The pointer let go: a tap or a click (it never dragged) goes to the year under it; otherwise -1. */
export const dragEnd = (drag: Drag, yearAt: () => number): number => (drag.moved ? -1 : yearAt());

/** A year's place on the axis, on the screen. */
export interface Slot {
  index: number;
  left: number;
  right: number;
}

/** The year under the pointer at `x`: the nearest one that the filter leaves (a gap between years counts as near), or -1. */
export function yearAt(x: number, slots: readonly Slot[], isEmpty: (index: number) => boolean): number {
  let best = -1;
  let distance = Infinity;
  for (const slot of slots) {
    if (isEmpty(slot.index)) continue;
    const d = x < slot.left ? slot.left - x : x > slot.right ? x - slot.right : 0;
    if (d < distance) [best, distance] = [slot.index, d];
  }
  return best;
}

/**
 * When the axis scrolls sideways (its years do not fit), the scroll that brings a year's place into view, centred;
 * null when it is in view (4 px inside either edge) or the axis fits.
 */
export function revealScroll(
  slot: { left: number; width: number },
  scroller: { scrollLeft: number; clientWidth: number; scrollWidth: number },
): number | null {
  const { scrollLeft, clientWidth, scrollWidth } = scroller;
  if (scrollWidth <= clientWidth + 1) return null;
  if (slot.left >= scrollLeft + 4 && slot.left + slot.width <= scrollLeft + clientWidth - 4) return null;
  return slot.left + slot.width / 2 - clientWidth / 2;
}

/** The ring over the current event's mark: a transform to its place, '' for none. */
export const ringTransform = (place: { x: number; y: number } | null | undefined): string => (place ? `translate(${place.x}px, ${place.y}px)` : '');

/** The current year's band: a 1 px wide element moved and stretched over the year's place, '' for none. */
export const bandTransform = (slot: { left: number; width: number } | null | undefined): string => (slot ? `translateX(${slot.left}px) scaleX(${slot.width})` : '');

/** The years (indices) every one of whose events is of a hidden category. */
export function emptiedYears(years: readonly (readonly string[])[], hidden: ReadonlySet<string>): number[] {
  return years.flatMap((categories, i) => (categories.every((c) => hidden.has(c)) ? [i] : []));
}
