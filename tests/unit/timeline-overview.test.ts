import { describe, expect, it } from 'vitest';
import {
  bandTransform,
  canJump,
  dragEnd,
  dragTo,
  drifted,
  type Drag,
  emptiedYears,
  keyAction,
  landing,
  misplaced,
  placeAt,
  revealScroll,
  ringTransform,
  scrollFor,
  sliderKey,
  yearAt,
} from '../../src/lib/graphics/timeline/overview.ts';

// Three years on the screen (their tops) and, for each, its events' tops; the reading line at 100 px.
const yearTops = [-900, -200, 400];
const eventTops = [
  [-880, -600],
  [-180, 60, 150],
  [420],
];
const events = (i: number) => eventTops[i];

describe('timeline overview: where the reader is', () => {
  it('is in the last year whose top has passed the line, at its last event that has', () => {
    expect(placeAt(yearTops, 100, events)).toEqual({ year: 1, event: 1 });
    expect(placeAt(yearTops, 160, events)).toEqual({ year: 1, event: 2 });
  });

  it('is above the first year until its top reaches the line', () => {
    expect(placeAt([300, 900], 100, events)).toEqual({ year: -1, event: -1 });
    expect(placeAt([100, 900], 100, () => [140])).toEqual({ year: 0, event: 0 });
  });

  it('is in the last year at the end of the page', () => {
    expect(placeAt([-3000, -2000, -900], 100, () => [-880, -400])).toEqual({ year: 2, event: 1 });
  });

  it('skips a year the filter hides, and events not rendered yet', () => {
    expect(placeAt([-900, null, 400], 100, events)).toEqual({ year: 0, event: 1 });
    expect(placeAt(yearTops, 100, () => [null, null])).toEqual({ year: 1, event: 0 });
  });
});

describe('timeline overview: jumps', () => {
  it('lands under the overview and the pinned edition switch', () => {
    expect(landing(120, 100, 0)).toBe(120);
    // The overview measured taller than its scroll margin says: its height wins.
    expect(landing(90, 100, 0)).toBe(108);
    expect(landing(NaN, 100, 40)).toBe(148);
  });

  it('scrolls a year to its landing place', () => {
    // A year 700 px down the screen, the page at 2000, landing at 120: the page goes to 2580.
    expect(scrollFor(700, 2000, 120, 9000)).toBe(2580);
    expect(scrollFor(-300, 2000, 120, 9000)).toBe(1580);
  });

  it('goes no higher than the page’s top for the first year, no lower than its end for the last', () => {
    expect(scrollFor(80, 0, 120, 9000)).toBe(0);
    expect(scrollFor(9500, 200, 120, 9000)).toBe(9000);
    expect(scrollFor(50, 0, 120, -10)).toBe(0);
  });

  it('jumps to the first and the last year, never to one the filter hides or one that is not there', () => {
    const years = [{ hidden: false }, { hidden: true }, { hidden: false }];
    expect(canJump(years, 0)).toBe(true);
    expect(canJump(years, 2)).toBe(true);
    expect(canJump(years, 1)).toBe(false);
    expect(canJump(years, -1)).toBe(false);
    expect(canJump(years, 3)).toBe(false);
  });

  it('keeps a landed target within a pixel of its place', () => {
    expect(drifted(120.8, 120)).toBe(false);
    expect(drifted(123, 120)).toBe(true);
    expect(drifted(117, 120)).toBe(true);
  });

  it('places a linked event again when it is under the overview or low on the screen', () => {
    expect(misplaced(130, 120, 800)).toBe(false);
    expect(misplaced(100, 120, 800)).toBe(true);
    expect(misplaced(650, 120, 800)).toBe(true);
  });
});

describe('timeline overview: the keyboard', () => {
  const none = () => false;
  const hidden = new Set([1, 3]);
  const isHidden = (i: number) => hidden.has(i);

  it('moves a year with the arrows, skipping the years the filter empties', () => {
    expect(keyAction('ArrowRight', 0, 5, isHidden)).toEqual({ go: 2 });
    expect(keyAction('ArrowUp', 2, 5, isHidden)).toEqual({ go: 4 });
    expect(keyAction('ArrowLeft', 4, 5, isHidden)).toEqual({ go: 2 });
    expect(keyAction('ArrowDown', 2, 5, isHidden)).toEqual({ go: 0 });
  });

  it('stays at the first and the last year', () => {
    expect(keyAction('ArrowLeft', 0, 5, none)).toBeNull();
    expect(keyAction('ArrowRight', 4, 5, none)).toBeNull();
    // The last year the filter leaves is the end.
    expect(keyAction('ArrowRight', 2, 4, (i) => i === 3)).toBeNull();
  });

  it('goes into the timeline from above it', () => {
    expect(keyAction('ArrowRight', -1, 5, none)).toEqual({ go: 0 });
    expect(keyAction('ArrowLeft', -1, 5, none)).toEqual({ go: 4 });
    expect(keyAction('ArrowRight', -1, 5, (i) => i === 0)).toEqual({ go: 1 });
  });

  it('goes to the first or last year the filter leaves with Home and End, even from it', () => {
    expect(keyAction('Home', 3, 5, (i) => i === 0)).toEqual({ go: 1 });
    expect(keyAction('End', 0, 5, (i) => i === 4)).toEqual({ go: 3 });
    expect(keyAction('Home', 0, 5, none)).toEqual({ go: 0 });
    expect(keyAction('End', 4, 5, none)).toEqual({ go: 4 });
  });

  it('goes into the current year with Enter, and leaves other keys alone', () => {
    expect(keyAction('Enter', 2, 5, none)).toEqual({ enter: 2 });
    expect(keyAction('Enter', -1, 5, none)).toBeNull();
    expect(keyAction('Tab', 2, 5, none)).toBeNull();
    expect(keyAction('a', 2, 5, none)).toBeNull();
    expect(sliderKey('End')).toBe(true);
    expect(sliderKey('Tab')).toBe(false);
  });
});

describe('timeline overview: taps and drags', () => {
  const press = (mouse: boolean): Drag => ({ id: 1, x: 100, moved: false, year: -1, mouse });

  it('takes a tap or a click, within a few pixels of the press, to the year under it', () => {
    const drag = press(false);
    expect(dragTo(drag, 104, () => 3)).toBe(-1);
    expect(dragEnd(drag, () => 3)).toBe(3);
    expect(dragEnd(press(true), () => -1)).toBe(-1);
  });

  it('scrubs a mouse through the years, each year once', () => {
    const drag = press(true);
    let under = 2;
    expect(dragTo(drag, 120, () => under)).toBe(2);
    expect(dragTo(drag, 125, () => under)).toBe(-1);
    under = 3;
    expect(dragTo(drag, 150, () => under)).toBe(3);
    under = -1;
    expect(dragTo(drag, 400, () => under)).toBe(-1);
    // Let go after a drag: no tap.
    expect(dragEnd(drag, () => 3)).toBe(-1);
  });

  it('leaves a finger’s swipe to scroll the axis: no year while it moves, none when it lets go', () => {
    const drag = press(false);
    expect(dragTo(drag, 160, () => 4)).toBe(-1);
    expect(dragTo(drag, 220, () => 5)).toBe(-1);
    expect(dragEnd(drag, () => 5)).toBe(-1);
  });
});

describe('timeline overview: the pointer and the axis', () => {
  const slots = [
    { index: 0, left: 10, right: 34 },
    { index: 1, left: 34, right: 58 },
    { index: 2, left: 90, right: 114 },
  ];

  it('takes the year under the pointer, or the nearest', () => {
    expect(yearAt(20, slots, () => false)).toBe(0);
    expect(yearAt(40, slots, () => false)).toBe(1);
    expect(yearAt(80, slots, () => false)).toBe(2);
    expect(yearAt(0, slots, () => false)).toBe(0);
    expect(yearAt(500, slots, () => false)).toBe(2);
  });

  it('never takes a year the filter empties', () => {
    expect(yearAt(40, slots, (i) => i === 1)).toBe(0);
    expect(yearAt(70, slots, (i) => i === 1)).toBe(2);
    expect(yearAt(40, slots, () => true)).toBe(-1);
  });

  it('scrolls the axis to centre a year out of view, and only then', () => {
    const scroller = { scrollLeft: 0, clientWidth: 300, scrollWidth: 900 };
    expect(revealScroll({ left: 100, width: 24 }, scroller)).toBeNull();
    expect(revealScroll({ left: 600, width: 24 }, scroller)).toBe(462);
    expect(revealScroll({ left: 290, width: 24 }, scroller)).toBe(152);
    expect(revealScroll({ left: 600, width: 24 }, { scrollLeft: 0, clientWidth: 900, scrollWidth: 900 })).toBeNull();
  });

  it('moves the ring and the band over the current event and year', () => {
    expect(ringTransform({ x: 12, y: 30 })).toBe('translate(12px, 30px)');
    expect(ringTransform(null)).toBe('');
    expect(bandTransform({ left: 48, width: 24 })).toBe('translateX(48px) scaleX(24)');
    expect(bandTransform(undefined)).toBe('');
  });

  it('finds the years the filter empties', () => {
    const years = [['economy', 'security'], ['security'], ['politics']];
    expect(emptiedYears(years, new Set(['security']))).toEqual([1]);
    expect(emptiedYears(years, new Set())).toEqual([]);
    expect(emptiedYears(years, new Set(['economy', 'security', 'politics']))).toEqual([0, 1, 2]);
  });
});
