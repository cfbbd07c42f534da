import { describe, expect, it } from 'vitest';
import { groupMarkers, keyboardOrder, panToClear } from '../../src/lib/graphics/map/marker-layout.ts';

describe('groupMarkers', () => {
  it('gathers markers on the same spot into one group at that spot, in the order given', () => {
    const groups = groupMarkers(
      [
        { id: 'zijin', x: 100, y: 100 },
        { id: 'far', x: 300, y: 100 },
        { id: 'smelter', x: 100, y: 100 },
      ],
      28,
    );
    expect(groups).toEqual([
      { ids: ['zijin', 'smelter'], x: 100, y: 100 },
      { ids: ['far'], x: 300, y: 100 },
    ]);
  });

  it('keeps markers apart once the zoom spreads them beyond a tap target', () => {
    const at = (scale: number) =>
      groupMarkers(
        [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 10 * scale, y: 0 },
        ],
        28,
      ).map((g) => g.ids);
    expect(at(1)).toEqual([['a', 'b']]);
    expect(at(4)).toEqual([['a'], ['b']]);
  });

  it('merges until no two groups are closer than the gap (a group’s middle can reach a third marker)', () => {
    const groups = groupMarkers(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 20, y: 0 },
        { id: 'c', x: 40, y: 0 },
        { id: 'd', x: 75, y: 0 },
      ],
      28,
    );
    for (const [i, g] of groups.entries())
      for (const h of groups.slice(i + 1)) expect(Math.hypot(g.x - h.x, g.y - h.y)).toBeGreaterThanOrEqual(28);
    expect(groups.flatMap((g) => g.ids).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('keyboardOrder', () => {
  it('goes west to east, then north to south', () => {
    const order = keyboardOrder([
      { id: 'east', x: 90, y: 0 },
      { id: 'south', x: 10, y: 50 },
      { id: 'north', x: 10, y: 5 },
    ]);
    expect(order.map((m) => m.id)).toEqual(['north', 'south', 'east']);
  });
});

describe('panToClear', () => {
  const view = { left: 0, top: 0, right: 600, bottom: 700 };
  it('leaves the map alone when the marker is clear of the panel and in view', () => {
    expect(panToClear({ x: 100, y: 300 }, view, { left: 280, top: 10, right: 590, bottom: 690 }, 20)).toEqual([0, 0]);
  });
  it('moves a marker under a card on the right into the strip to its left', () => {
    const [dx, dy] = panToClear({ x: 400, y: 300 }, view, { left: 280, top: 10, right: 590, bottom: 690 }, 20);
    expect(dy).toBe(0);
    expect(400 - dx).toBeLessThanOrEqual(260);
  });
  it('moves a marker under a bottom sheet up above it', () => {
    const [dx, dy] = panToClear({ x: 200, y: 600 }, view, { left: 0, top: 400, right: 600, bottom: 700 }, 20);
    expect(dx).toBe(0);
    expect(600 - dy).toBeLessThanOrEqual(380);
  });
  it('brings a marker outside the part of the map on screen back into it', () => {
    const [dx, dy] = panToClear({ x: 200, y: 50 }, { ...view, top: 120 }, null, 20);
    expect([200 - dx, 50 - dy]).toEqual([200, 140]);
  });
});
