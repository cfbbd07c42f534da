/**
 * Places the live map's labels after every move: each, in order of importance, takes the first side of its point
 * where it lies whole inside the map and clear of the labels and controls placed before it, or is hidden.
 * Neighbouring countries are named inside the map's edge, towards their centre, as on the static map. A river's name
 * takes the first clear point of its course in view, from the middle outwards; a town named only in close-ups waits
 * until the map shows less than CLOSE_UP_SPAN degrees of longitude.
 */
import type { Marker } from 'maplibre-gl';

export type LabelKind = 'country' | 'place' | 'closeup' | 'river' | 'neighbour';
export type Side = 'right-above' | 'right-below' | 'left-above' | 'left-below' | 'center';

export interface PlacedLabel {
  kind: LabelKind;
  marker: Marker;
  /** The text, which sits on one side of the marker's point (its data-side). */
  text: HTMLElement;
  lngLat: [number, number];
  /** A neighbour's extent, west-south and east-north: it is named only while some of it is in view. */
  extent?: [[number, number], [number, number]];
  /** A river's points where its name may go. */
  along?: [number, number][];
  /** Named only in close-ups: a town or river the static map had no room for, so that the first view names the same. */
  closeUp?: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const SIDES: Record<LabelKind, Side[]> = {
  country: ['center'],
  place: ['right-above', 'left-above', 'right-below', 'left-below'],
  closeup: ['right-above', 'left-above', 'right-below', 'left-below'],
  river: ['center'],
  neighbour: ['center'],
};
/** The neighbours before the towns: the static map names them all, and the live map that replaces it must too. */
const ORDER: LabelKind[] = ['country', 'neighbour', 'place', 'closeup', 'river'];
/** Towns named only in close-ups appear when the map spans less than this (degrees of longitude). */
export const CLOSE_UP_SPAN = 1.6;
/** Room kept between a label and the map's edge or another label, in CSS pixels. */
const MARGIN = 3;

export const overlaps = (a: Box, b: Box, gap = MARGIN) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
export const within = (a: Box, outer: Box, gap = MARGIN) =>
  a.left >= outer.left + gap && a.right <= outer.right - gap && a.top >= outer.top + gap && a.bottom <= outer.bottom - gap;

/** A point kept far enough inside a box for a label of this size centred on it. */
export function clampInside([x, y]: [number, number], size: { width: number; height: number }, box: { width: number; height: number }): [number, number] {
  // One pixel more than the margin: a label exactly at it would fail `within` by a rounding error.
  const clamp = (v: number, half: number, max: number) => Math.min(Math.max(v, half + MARGIN + 1), max - half - MARGIN - 1);
  return [clamp(x, size.width / 2, box.width), clamp(y, size.height / 2, box.height)];
}

export function declutter(
  labels: PlacedLabel[],
  map: { box: DOMRect; obstacles: Box[]; bounds: [[number, number], [number, number]] },
  project: (lngLat: [number, number]) => [number, number],
  unproject: (point: [number, number]) => [number, number],
): void {
  const placed: Box[] = [...map.obstacles];
  const [[west, south], [east, north]] = map.bounds;
  const inView = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= map.box.width && y <= map.box.height;
  for (const label of [...labels].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))) {
    label.text.style.visibility = '';
    if ((label.kind === 'closeup' || label.closeUp) && east - west > CLOSE_UP_SPAN) {
      label.text.style.visibility = 'hidden';
      continue;
    }
    if (label.kind === 'river') {
      const points = (label.along ?? []).filter((p) => inView(project(p)));
      const mid = Math.floor(points.length / 2);
      // Where the static map put it first (its `lngLat`), so that the name stays put as one map replaces the other.
      const order = [label.lngLat, ...points.map((_, i) => points[mid + (i % 2 ? 1 : -1) * Math.ceil(i / 2)]).filter(Boolean)];
      // Every few points is enough: neighbouring points give the same place. A river's name may come closer to
      // others (a pixel) than a town's: it lies along the water, not beside a dot.
      const step = Math.max(1, Math.floor(order.length / 120));
      let found: Box | undefined;
      for (let i = 0; i < order.length && !found; i += step) {
        label.marker.setLngLat(order[i]);
        label.text.dataset.side = 'center';
        const box = label.text.getBoundingClientRect();
        if (within(box, map.box) && placed.every((other) => !overlaps(box, other, 1))) found = box;
      }
      if (found) placed.push(found);
      else label.text.style.visibility = 'hidden';
      continue;
    }
    if (label.kind === 'neighbour') {
      const [[w, s], [e, n]] = label.extent!;
      if (e < west || w > east || n < south || s > north) {
        label.text.style.visibility = 'hidden';
        continue;
      }
      label.text.dataset.side = 'center';
      label.marker.setLngLat(unproject(clampInside(project(label.lngLat), label.text.getBoundingClientRect(), map.box)));
    }
    let chosen: Box | undefined;
    for (const side of SIDES[label.kind]) {
      label.text.dataset.side = side;
      const box = label.text.getBoundingClientRect();
      if (within(box, map.box) && placed.every((other) => !overlaps(box, other))) {
        chosen = box;
        break;
      }
    }
    if (chosen) placed.push(chosen);
    else label.text.style.visibility = 'hidden';
  }
  keepWordsApart(labels, map);
}

/**
 * The words as drawn (each line's box, which a wrapped or shadowed label's own box may not hold): a label whose words touch words placed before it, a control, or the map's edge is hidden.
 */
function keepWordsApart(labels: PlacedLabel[], map: { box: DOMRect; obstacles: Box[] }): void {
  const kept: Box[] = [...map.obstacles];
  const lines = (el: HTMLElement) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  };
  for (const label of [...labels].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))) {
    if (label.text.style.visibility === 'hidden') continue;
    const boxes = lines(label.text);
    // Words that only touch (a glyph's side bearing, a fraction of a pixel) are apart.
    const clash = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const clear = boxes.every((b) => within(b, map.box, -1) && kept.every((k) => !clash(b, k)));
    if (clear) kept.push(...boxes);
    else label.text.style.visibility = 'hidden';
  }
}
