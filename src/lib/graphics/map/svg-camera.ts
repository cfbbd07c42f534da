/**
 * The scrolly's SVG map seen through a camera: the static map's drawing (600 × 720 units) zoomed and moved by one
 * transform, and the labels and markers placed anew for each view in the picture's own pixels, so that their size
 * stays the same at every zoom. Pure: no DOM.
 */
import { anchorPoint, focusBounds } from './map-camera.ts';
import { countryBox, countryLabel, placeLabels, type FocusMark, type LabelFont, type MapCountry, type MapLabel, type MapModel, type MapNames, type MapProject } from './static-map.ts';

/** The map's model with each country's shape (its path in the drawing's units), where a close-up names a neighbour. */
export type ShapedModel = MapModel<MapCountry & { d: string }>;
import type { Geography } from './basemap.ts';
import { plain } from '../../i18n/fallback.ts';

/** A point of the drawing (units) is seen at `k · point + (x, y)` (pixels). */
export interface Camera {
  k: number;
  x: number;
  y: number;
}

type Rect = [[number, number], [number, number]];

/** The labels' font sizes in CSS pixels (ScrollyMap.svelte's styles use the same). */
export const SCREEN_FONT: LabelFont = { town: 12, river: 12, country: 11, serbia: 15, focus: 13 };

/** The camera that shows `rect` (in the drawing's units) whole and centred in a picture of `width` × `height` px. */
export function fitCamera(width: number, height: number, [[x0, y0], [x1, y1]]: Rect, padding = 0): Camera {
  const k = Math.min((width - 2 * padding) / Math.max(1, x1 - x0), (height - 2 * padding) / Math.max(1, y1 - y0));
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}

/**
 * Where the camera looks for a step: all of the drawing, or the box around the step's projects (at least a degree
 * each way, as the live map framed them), with room at the edges for their names.
 */
export function stepCamera(
  model: Pick<MapModel, 'width' | 'height'>,
  project: (lngLat: [number, number]) => [number, number],
  projects: MapProject[],
  focus: string[] | undefined,
  width: number,
  height: number,
): Camera {
  const bounds = focus?.length ? focusBounds(projects, focus) : undefined;
  if (!bounds) return fitCamera(width, height, [[0, 0], [model.width, model.height]]);
  const [[west, south], [east, north]] = bounds;
  const [x0, y1] = project([west, south]);
  const [x1, y0] = project([east, north]);
  return fitCamera(width, height, [[x0, y0], [x1, y1]], Math.min(48, Math.min(width, height) / 8));
}

export interface ScreenMap {
  countries: { code: MapCountry['code']; serbia: boolean; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
  /** Towns, rivers and the names of the projects in focus. */
  labels: MapLabel[];
  /** Each project's points, in pixels. */
  points: Map<string, [number, number][]>;
}

/** The labels and markers of one view: in pixels, or (with LABEL_FONT and the identity camera) in the drawing's units. */
export function screenMap(p: {
  model: ShapedModel;
  project: (lngLat: [number, number]) => [number, number];
  camera: Camera;
  width: number;
  height: number;
  names: MapNames;
  geography: Pick<Geography, 'rivers' | 'towns'>;
  focus: string[];
  font: LabelFont;
  /** A close-up: towns named only in close-ups may be named, and every country's name may give way. */
  closeUp: boolean;
  /** The markers' radius with their stroke, in the picture's units. */
  markerRadius?: number;
}): ScreenMap {
  const { model, camera, width, height, font } = p;
  const at = ([x, y]: [number, number]): [number, number] => [camera.k * x + camera.x, camera.k * y + camera.y];
  const project = (lngLat: [number, number]) => at(p.project(lngLat));
  const points = new Map(model.projects.map((m) => [m.project.id, m.points.map(at)]));
  // In a close-up, a country none of which is in view is not named (at the edge towards it, it would seem to be there).
  const inView = ({ extent: [[w, s], [e, n]] }: MapCountry) => {
    const [x0, y1] = project([w, s]);
    const [x1, y0] = project([e, n]);
    return x1 > 0 && x0 < width && y1 > 0 && y0 < height;
  };
  const countries = model.countries.map((c) => {
    const placed = countryLabel(project(c.centroid), width, height, p.closeUp, font.country);
    if (p.closeUp && inView(c) && !placed.label) {
      // A neighbour in view whose centre is above or below the picture: named on its own land in view, if it has room.
      const label = onLand(c, p.names.countries[c.code], font.country, camera, width, height, project(c.centroid));
      return { ...c, label, anchor: 'middle' as const };
    }
    return { ...c, ...placed, label: !p.closeUp || inView(c) ? placed.label : undefined };
  });
  const focus: FocusMark[] = model.projects
    .filter((m) => p.focus.includes(m.project.id) && m.project.location)
    .map((m) => {
      const [x, y] = project(anchorPoint(m.project.location!));
      // The name as a reader knows it: without the bracketed or comma-separated details.
      return { id: m.project.id, name: plain(m.project.name).split(/ \(|, /)[0], x, y };
    });
  const markers = { points: [...points.values()].flat(), radius: p.markerRadius ?? 7 };
  const labels = placeLabels({ width, height, countries, names: p.names, geography: p.geography, project, closeUp: p.closeUp, font, focus, reserved: [], markers });
  return {
    countries: countries.flatMap((c) => (c.label ? [{ code: c.code, serbia: c.serbia, x: c.label[0], y: c.label[1], anchor: c.anchor }] : [])),
    labels,
    points,
  };
}

type Ring = { points: [number, number][]; box: [number, number, number, number] };

/** A country's outline (its path's rings and their boxes, in the drawing's units), read once per path. */
const RINGS = new Map<string, Ring[]>();
function ringsOf(d: string): Ring[] {
  let rings = RINGS.get(d);
  if (!rings) {
    const lines: [number, number][][] = [];
    // d3-geo's paths: M x,y L x,y … Z, in whole units.
    for (const [, command, x, y] of d.matchAll(/([MLZ])(?:(-?[\d.]+),(-?[\d.]+))?/g)) {
      if (command === 'M') lines.push([[+x, +y]]);
      else if (command === 'L') lines.at(-1)!.push([+x, +y]);
    }
    rings = lines.map((points) => {
      const xs = points.map((q) => q[0]);
      const ys = points.map((q) => q[1]);
      return { points, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
    });
    RINGS.set(d, rings);
  }
  return rings;
}

/** Whether a point (drawing units) is on a country's land: inside an odd number of its rings. */
function onShape(rings: Ring[], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const { points: ring, box } of rings) {
    if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) continue;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * A point of the picture (pixels) where a country's name lies wholly on its land in view and inside the picture:
 * of a grid over the picture, the one nearest the country's centre, or none.
 */
function onLand(
  country: ShapedModel['countries'][number],
  name: string,
  size: number,
  camera: Camera,
  width: number,
  height: number,
  [cx, cy]: [number, number],
): [number, number] | undefined {
  const rings = ringsOf(country.d);
  const land = ([x, y]: [number, number]) => onShape(rings, [(x - camera.x) / camera.k, (y - camera.y) / camera.k]);
  const grid: [number, number][] = [];
  for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) grid.push([(width * i) / 12, (height * j) / 12]);
  grid.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  return grid.find((point) => {
    const { x0, x1, y0, y1 } = countryBox(name, size, point, 'middle');
    if (x0 < 4 || y0 < 4 || x1 > width - 4 || y1 > height - 4) return false;
    return ([point, [x0, y0], [x1, y0], [x0, y1], [x1, y1]] as [number, number][]).every(land);
  });
}
