/**
 * Where the explorable map's project markers go on the screen, and where the camera moves so that the chosen
 * project's panel leaves its marker in view. Pure, in screen pixels of the map's container.
 */

export interface ScreenMarker {
  id: string;
  x: number;
  y: number;
}

/** One marker on the screen: a single project, or several whose tap targets would overlap, at their middle. */
export interface MarkerGroup {
  ids: string[];
  x: number;
  y: number;
}

/**
 * Gathers the markers closer than `gap` pixels (a tap target and some room) into groups, until no two groups
 * are that close: a group's middle can move near a third marker, which then joins it. Groups keep the order of
 * the markers given (a group's place is that of its first member), and so do the ids inside each.
 */
export function groupMarkers(markers: ScreenMarker[], gap: number): MarkerGroup[] {
  let groups = markers.map((m, order) => ({ members: [{ ...m, order }], x: m.x, y: m.y }));
  for (let merged = true; merged; ) {
    merged = false;
    search: for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++)
        if (Math.hypot(groups[i].x - groups[j].x, groups[i].y - groups[j].y) < gap) {
          const members = [...groups[i].members, ...groups[j].members].sort((a, b) => a.order - b.order);
          const x = members.reduce((sum, m) => sum + m.x, 0) / members.length;
          const y = members.reduce((sum, m) => sum + m.y, 0) / members.length;
          groups = [...groups.slice(0, i), { members, x, y }, ...groups.slice(i + 1, j), ...groups.slice(j + 1)];
          merged = true;
          break search;
        }
  }
  return groups
    .sort((a, b) => a.members[0].order - b.members[0].order)
    .map((g) => ({ ids: g.members.map((m) => m.id), x: g.x, y: g.y }));
}

/** The order the arrow keys follow: west to east, then north to south, as a reader scans the map. */
export function keyboardOrder<T extends { x: number; y: number }>(markers: T[]): T[] {
  return [...markers].sort((a, b) => a.x - b.x || a.y - b.y);
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How far to pan the map (in pixels, for MapLibre's panBy) so that a marker lies at least `margin` inside the part
 * of the map the reader sees (`view`: the container clipped by the screen and the edition bar) and outside what
 * covers it (the chosen project's panel). Zero when it already does. The marker goes to the nearest point of the
 * largest clear strip beside the cover.
 */
export function panToClear(marker: { x: number; y: number }, view: Rect, cover: Rect | null, margin: number): [number, number] {
  const inside = (r: Rect) => marker.x >= r.left + margin && marker.x <= r.right - margin && marker.y >= r.top + margin && marker.y <= r.bottom - margin;
  const overlaps = cover && cover.left < view.right && cover.right > view.left && cover.top < view.bottom && cover.bottom > view.top;
  const strips: Rect[] = overlaps
    ? [
        { ...view, right: Math.min(view.right, cover.left) },
        { ...view, left: Math.max(view.left, cover.right) },
        { ...view, bottom: Math.min(view.bottom, cover.top) },
        { ...view, top: Math.max(view.top, cover.bottom) },
      ].filter((r) => r.right > r.left && r.bottom > r.top)
    : [view];
  if (strips.some(inside)) return [0, 0];
  const area = (r: Rect) => (r.right - r.left) * (r.bottom - r.top);
  const best = strips.sort((a, b) => area(b) - area(a))[0] ?? view;
  const clamp = (value: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(Math.max(value, lo), hi));
  const x = clamp(marker.x, best.left + margin, best.right - margin);
  const y = clamp(marker.y, best.top + margin, best.bottom - margin);
  return [marker.x - x, marker.y - y];
}
