/**
 * Pure geometry for the static map: projection, country shapes, borders, rivers, lakes and project marks as SVG
 * paths, and the labels (countries, towns, rivers) placed so that none is cut by the map's edge or lies on another.
 */
import { geoBounds, geoCentroid, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Project, Sector } from '../../data/files.ts';
import { plain } from '../../i18n/fallback.ts';
import { SERBIA_BOUNDS } from './map-camera.ts';
import { KOSOVO, RIVERS, SERBIA, TOWNS, type CountryCode, type Geography, type RiverId, type TownId } from './basemap.ts';
import type { MapWords } from './schema.ts';

/** What the map needs of a project (kept small: it is serialised into the page for the map island). */
export type MapProject = Pick<Project, 'id' | 'name' | 'sector' | 'location' | 'places' | 'status'>;

export function mapProjects(projects: Project[]): MapProject[] {
  return projects.map(({ id, name, sector, location, places, status }) => ({ id, name, sector, location, places, status }));
}

export const SECTOR_COLOURS: Record<Sector, string> = {
  transport: 'var(--cat-1)',
  energy: 'var(--cat-2)',
  mining: 'var(--cat-5)',
  industry: 'var(--cat-3)',
  security: 'var(--accent)',
  utilities: 'var(--cat-6)',
  health: 'var(--cat-4)',
};

const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 720;

type Props = { code: CountryCode };

/** A close-up: the box to show, and the picture's size in SVG units. Without one, the map shows all of Serbia at 600 × 720. */
export interface MapView {
  bounds: [[number, number], [number, number]];
  width: number;
  height: number;
}

/** The names the map shows (the map's words): without them, the model places no town or river label. */
export interface MapNames {
  countries: Record<CountryCode, string>;
  towns: Record<TownId, string>;
  rivers: Record<RiverId, string>;
}

/** The names as the map's words give them, without the marks of English standing in for a translation. */
export function mapNames(w: Pick<MapWords, 'countries' | 'towns' | 'rivers'>): MapNames {
  const plainAll = <K extends string>(o: Record<K, string>) => Object.fromEntries(Object.entries<string>(o).map(([k, v]) => [k, plain(v)])) as Record<K, string>;
  return { countries: plainAll(w.countries), towns: plainAll(w.towns), rivers: plainAll(w.rivers) };
}

/**
 * A town or river label: its point (`x`, `y`; `lngLat` for the live map) and where its text goes (`tx`, `ty`, the
 * baseline's start, middle or end as `anchor` says). A town's text sits on one side of its dot (`side`); a river's
 * is centred on a point of the river.
 */
export interface MapLabel {
  kind: 'town' | 'river' | 'focus';
  id: string;
  name: string;
  x: number;
  y: number;
  lngLat: [number, number];
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
  side: 'right-above' | 'right-below' | 'left-above' | 'left-below' | 'center';
  /** Drawn on this (static) map: false for a label that had no room, or a town named only in close-ups (the live map may show it when it zooms in). */
  shown: boolean;
  /** A town named only in close-ups. */
  closeUp?: boolean;
  /** A river's points where its name may go (the live map moves it along as the camera moves). */
  along?: [number, number][];
  /** A project's name, in lines (`tx`, `ty` is the first line's baseline). */
  lines?: string[];
  /** A town whose dot lies under project markers: its name is beside them, and no dot is drawn (the markers mark it). */
  onMarkers?: boolean;
}

/** A country of the map: where its name goes, and its centre and extent in longitude/latitude (for other views of the map). */
export interface MapCountry {
  code: CountryCode;
  serbia: boolean;
  centroid: [number, number];
  extent: [[number, number], [number, number]];
  label?: [number, number];
  anchor: 'start' | 'middle' | 'end';
}

/** The map without its shapes: what the browser's maps draw over the shared basemap, and where they put their labels. */
export interface MapModel<C extends MapCountry = MapCountry> {
  width: number;
  height: number;
  countries: C[];
  projects: { project: MapProject; d?: string; points: [number, number][]; approximate: boolean }[];
  /** Town and river labels (none without `names`): those with `shown` are drawn here; the live map places them all anew. */
  places: MapLabel[];
}

/** The map with its shapes as SVG paths: each country's, the borders, the rivers and the lakes. */
export interface StaticMapModel extends MapModel<MapCountry & { d: string }> {
  borders: string;
  disputedBorder: string;
  outline: string;
  rivers: string;
  lakes: string;
}

/**
 * What the browser needs to lay out the map of all Serbia without the region's shapes (a few kB instead of the
 * topology's 70): the countries as the map of all Serbia names them, the towns, and the named rivers' courses. The
 * build serves it as `virtual:basemap-labels`; the shapes stay in the shared map/basemap.svg and map/basemap.json.
 */
export interface RegionLabels {
  countries: MapCountry[];
  geography: Pick<Geography, 'rivers' | 'towns'>;
}

export function regionLabels(topology: Topology, geography: Pick<Geography, 'rivers' | 'lakes' | 'towns'>): RegionLabels {
  const countries = staticMapModel(topology, [], undefined, undefined, geography).countries.map(({ d: _, ...c }) => c);
  // Only the named rivers' courses place a name (placeLabels › RIVERS); the others are drawn from the basemap.
  return { countries, geography: { rivers: geography.rivers.filter((r) => r.id), towns: geography.towns } };
}

/** Sizes of the labels in SVG units (StaticMap.svelte's styles): a generous width per character, so that real text fits. */
export const LABEL_FONT = { town: 20, river: 18, country: 18, serbia: 26, focus: 24 };
export type LabelFont = typeof LABEL_FONT;
const CHAR = { town: 0.6, river: 0.58, country: 0.78, focus: 0.64 } as const;

/** A project in focus: its name goes beside its marker, before any other label. */
export interface FocusMark {
  id: string;
  name: string;
  x: number;
  y: number;
}

/** A name in lines of at most `max` characters, broken at spaces and after dashes ("Beograd–Zrenjanin–Novi Sad"). */
export function wrapName(name: string, max: number): string[] {
  const words = name.split(/(?<=[–—-])|\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length - 1;
    const joined = last < 0 ? word : /[–—-]$/.test(lines[last]) ? lines[last] + word : `${lines[last]} ${word}`;
    if (last >= 0 && joined.length <= max) lines[last] = joined;
    else lines.push(word);
  }
  return lines;
}
const EDGE = 4;

export type Box = { x0: number; y0: number; x1: number; y1: number };
const clear = (b: Box, others: Box[], gap = 3) => others.every((o) => b.x1 + gap <= o.x0 || o.x1 + gap <= b.x0 || b.y1 + gap <= o.y0 || o.y1 + gap <= b.y0);

/** The lines of a country's label: long names on two lines, split before their last word. */
export const countryLines = (name: string) => (name.length > 12 ? name.split(/ (?=\S+$)/) : [name]);

/**
 * The map's projection: all of Serbia framed as the live map first frames it (SERBIA_BOUNDS, with a tenth of the
 * width as padding), or a close-up's box. Only what is inside the picture is drawn: neighbours' far coasts are cut off.
 */
export function mapProjection(view?: MapView): GeoProjection {
  const width = view?.width ?? DEFAULT_WIDTH;
  const height = view?.height ?? DEFAULT_HEIGHT;
  const [[west, south], [east, north]] = view?.bounds ?? SERBIA_BOUNDS;
  const margin = view ? 30 : width / 10;
  return geoMercator()
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/**
 * Where a country's name goes: at its centre, or, for a neighbour whose centre lies off the map, at the map's edge
 * towards it. In a close-up, names pushed to the top or bottom edge would pile up there: only what is level with the
 * picture is named. `size`: the name's font size (the room kept at the top and bottom edges follows it).
 */
export function countryLabel(
  [cx, cy]: [number, number],
  width: number,
  height: number,
  closeUp: boolean,
  size = LABEL_FONT.country,
): { label?: [number, number]; anchor: 'start' | 'middle' | 'end' } {
  const side = size * 5;
  const anchor: 'start' | 'middle' | 'end' = cx < side ? 'start' : cx > width - side ? 'end' : 'middle';
  const x = anchor === 'start' ? (size * 5) / 9 : anchor === 'end' ? width - (size * 5) / 9 : cx;
  const top = size * 2;
  const bottom = (size * 4) / 3;
  const labelled = !closeUp || (cy > top && cy < height - bottom);
  return { label: labelled ? [x, Math.min(height - bottom, Math.max(top, cy))] : undefined, anchor };
}

export function staticMapModel(
  topology: Topology,
  projects: MapProject[],
  view?: MapView,
  names?: MapNames,
  geography?: Pick<Geography, 'rivers' | 'lakes' | 'towns'>,
): StaticMapModel {
  const object = topology.objects.countries as GeometryCollection<Props>;
  const collection = feature(topology, object);
  const width = view?.width ?? DEFAULT_WIDTH;
  const height = view?.height ?? DEFAULT_HEIGHT;
  const projection = mapProjection(view);
  const path = shapePath(projection);
  const isKosovo = (g: object) => (g as { properties?: Props }).properties?.code === KOSOVO;

  const countries = collection.features.map((f) => {
    const d = path(f) ?? '';
    const { label, anchor } = countryLabel(projection(geoCentroid(f)) as [number, number], width, height, !!view);
    const extent = geoBounds(f) as [[number, number], [number, number]];
    return { code: f.properties.code, d, serbia: f.properties.code === SERBIA, centroid: geoCentroid(f) as [number, number], extent, label: d ? label : undefined, anchor };
  });

  const rivers = geography
    ? path({ type: 'MultiLineString', coordinates: geography.rivers.flatMap((r) => r.lines) }) ?? ''
    : '';
  const lakes = geography ? path({ type: 'MultiPolygon', coordinates: geography.lakes }) ?? '' : '';

  return {
    ...mapModel(countries, projects, view, names, geography),
    borders: path(mesh(topology, object, (a, b) => a !== b && !isKosovo(a) && !isKosovo(b))) ?? '',
    disputedBorder: path(mesh(topology, object, (a, b) => a !== b && (isKosovo(a) || isKosovo(b)))) ?? '',
    outline: path(mesh(topology, object, (a, b) => a === b)) ?? '',
    rivers,
    lakes,
  };
}

/**
 * Whole units: the map is drawn at most 600 CSS pixels wide, so a unit is at most a pixel, and decimals would
 * cost the page a third more path data (measured: 15.2 → 10.7 kB gzip for the story's map).
 */
const shapePath = (projection: GeoProjection) => geoPath(projection).digits(0);

/**
 * The map over its countries (the shapes' model's, or the build's RegionLabels'): the projects' marks, and the town
 * and river labels placed around the countries' names. The countries are copied: placing the labels drops the
 * names that have no room.
 */
export function mapModel<C extends MapCountry>(
  countries: C[],
  projects: MapProject[],
  view?: MapView,
  names?: MapNames,
  geography?: Pick<Geography, 'rivers' | 'towns'>,
): MapModel<C> {
  const width = view?.width ?? DEFAULT_WIDTH;
  const height = view?.height ?? DEFAULT_HEIGHT;
  const projection = mapProjection(view);
  const path = shapePath(projection);
  const own = countries.map((c) => ({ ...c }));
  const project = (c: [number, number]) => projection(c) as [number, number];
  const marks = projects.map((p) => {
    const loc = p.location;
    if (!loc) return { project: p, points: [], approximate: true };
    const approximate = loc.precision === 'approximate';
    switch (loc.type) {
      case 'Point':
        return { project: p, points: [project(loc.coordinates)], approximate };
      case 'MultiPoint':
        return { project: p, points: loc.coordinates.map(project), approximate };
      case 'LineString':
      case 'MultiLineString':
        return { project: p, d: path(loc) ?? '', points: [], approximate };
    }
  });
  return {
    width,
    height,
    countries: own,
    projects: marks,
    places: names && geography ? placeLabels({ width, height, countries: own, names, geography, project, closeUp: !!view }) : [],
  };
}

/**
 * Where a town's name may go when project markers cover its dot: beside the markers, the nearest first. Points at a
 * growing distance from the town, in eight directions (right and left first, as for a dot), each with the label's
 * text position and box (its side towards the town).
 */
function besideMarkers([x, y]: [number, number], radius: number, w: number, size: number): { at: Pick<MapLabel, 'tx' | 'ty' | 'anchor' | 'side'>; box: Box }[] {
  const h = size * 1.2;
  const out: { at: Pick<MapLabel, 'tx' | 'ty' | 'anchor' | 'side'>; box: Box }[] = [];
  const directions = [[1, 0], [-1, 0], [1, -1], [-1, -1], [1, 1], [-1, 1], [0, -1], [0, 1]] as const;
  for (let d = radius + 4; d <= radius + 4 + 24; d += 6)
    for (const [dx, dy] of directions) {
      const [px, py] = [x + (dx * d) / Math.hypot(dx, dy), y + (dy * d) / Math.hypot(dx, dy)];
      const x0 = dx > 0 ? px : dx < 0 ? px - w : px - w / 2;
      const y0 = dy < 0 ? py - h : dy > 0 ? py : py - h / 2;
      const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
      out.push({ at: { tx: dx > 0 ? x0 : dx < 0 ? x0 + w : px, ty: y0 + size * 0.9, anchor, side: dx > 0 ? 'right-above' : dx < 0 ? 'left-above' : 'center' }, box: { x0, x1: x0 + w, y0, y1: y0 + h } });
    }
  return out;
}

/** A river's points where its name may go, worked out once per river (the scrolly map places labels at every step). */
const ALONG = new WeakMap<object, [number, number][]>();
function alongOf(lines: [number, number][][], south: number): [number, number][] {
  let along = ALONG.get(lines);
  if (!along) ALONG.set(lines, (along = lines.flatMap(densify).filter(([, lat]) => lat >= south)));
  return along;
}

function densify(line: [number, number][]): [number, number][] {
  return line.flatMap((b, i) => {
    if (i === 0) return [b];
    const a = line[i - 1];
    const n = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.02);
    return Array.from({ length: n }, (_, k) => [a[0] + ((b[0] - a[0]) * (k + 1)) / n, a[1] + ((b[1] - a[1]) * (k + 1)) / n] as [number, number]);
  });
}

/** A country's name as placeLabels sees it: a box around its lines, from the point and anchor of its label. */
export function countryBox(name: string, size: number, [x, y]: [number, number], anchor: 'start' | 'middle' | 'end'): Box {
  const lines = countryLines(name);
  const lineGap = (size * 10) / 9;
  const w = Math.max(...lines.map((l) => l.length)) * size * CHAR.country;
  const top = y - ((lines.length - 1) * lineGap) / 2 - size * 0.8;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, x1: x0 + w, y0: top, y1: top + (lines.length - 1) * lineGap + size * 1.05 };
}

/**
 * The projects in focus named first, beside their markers, on a side that leaves the towns' dots free if one does;
 * then the countries; then town labels (in TOWNS' order of importance), each on the first side of its dot where its
 * text is whole inside the map and clear of the markers, the country names and the labels before it, else left out
 * (a town whose dot project markers cover is named beside them); then each river's name, at the first clear point
 * along its visible course, tried from the middle outwards.
 */
export function placeLabels(p: {
  width: number;
  height: number;
  countries: Omit<MapCountry, 'centroid' | 'extent'>[];
  names: MapNames;
  geography: Pick<Geography, 'rivers' | 'towns'>;
  project: (lngLat: [number, number]) => [number, number];
  closeUp: boolean;
  /** The labels' font sizes, in the map's units (the static map's by default). */
  font?: LabelFont;
  /** Boxes no label may cover (the live map's credits on the map of all Serbia by default). */
  reserved?: Box[];
  /** Projects in focus, named beside their marker first: every one is named, never on another's name. */
  focus?: FocusMark[];
  /** Every project marker's centre and radius (its stroke included): no name but a project's own goes on one. */
  markers?: { points: [number, number][]; radius: number };
}): MapLabel[] {
  const { width, height, names } = p;
  const font = p.font ?? LABEL_FONT;
  const inside = (b: Box) => b.x0 >= EDGE && b.x1 <= width - EDGE && b.y0 >= EDGE && b.y1 <= height - EDGE;
  // The live map's credits sit in the bottom-right corner: 170 CSS pixels wide, 190 units of a 544-pixel map. Kept
  // clear, so that the static map names no country the live one must drop (on a phone's narrower map they cover more).
  const taken: Box[] = p.reserved ? [...p.reserved] : p.closeUp ? [] : [{ x0: width - 200, x1: width, y0: height - 34, y1: height }];
  const labels: MapLabel[] = [];
  const focusBoxes: Box[] = [];
  const r = p.markers?.radius ?? 7;
  const markerBoxes = (p.markers?.points ?? [])
    .filter(([x, y]) => x > -r && x < width + r && y > -r && y < height + r)
    .map(([x, y]) => ({ x0: x - r, x1: x + r, y0: y - r, y1: y + r }));
  // A focus mark is a marker too (when no markers are given): its own name starts just clear of it (10 = 7 + 3).
  for (const mark of p.focus ?? []) taken.push({ x0: mark.x - 7, x1: mark.x + 7, y0: mark.y - 7, y1: mark.y + 7 });
  taken.push(...markerBoxes);
  const townIn = (town: Geography['towns'][number]) => {
    const def = TOWNS.find((t) => t.id === town.id);
    if (!def || !names.towns[town.id] || ('closeUp' in def && def.closeUp && !p.closeUp)) return undefined;
    const [x, y] = p.project(town.lngLat);
    return x > 0 && x < width && y > 0 && y < height ? ([x, y] as [number, number]) : undefined;
  };
  // The dots of the towns that may be named (not those under markers, named beside them): a project's name leaves
  // them free when it can, so that it does not take a town's place.
  const townDots = p.geography.towns
    .flatMap((t) => {
      const at = townIn(t);
      return at ? [at] : [];
    })
    .map(([x, y]) => ({ x0: x - 4, x1: x + 4, y0: y - 4, y1: y + 4 }))
    .filter((dot) => clear(dot, markerBoxes, 0));
  const moveInside = ({ side, box }: { side: 'right' | 'left'; box: Box }) => {
    const dx = Math.max(EDGE - box.x0, Math.min(0, width - EDGE - box.x1));
    const dy = Math.max(EDGE - box.y0, Math.min(0, height - EDGE - box.y1));
    return { side, box: { x0: box.x0 + dx, x1: box.x1 + dx, y0: box.y0 + dy, y1: box.y1 + dy } };
  };
  for (const mark of p.focus ?? []) {
    const size = font.focus;
    const lineHeight = size * 1.2;
    const room = Math.max(6, Math.floor(Math.min(width / 2 - 14, size * 14) / (size * CHAR.focus)));
    // A name too tall for a small map drops what comes before its colon ("Belgrade–Budapest railway: Novi Sad–Subotica
    // section" becomes "Novi Sad–Subotica section"): the step's text says the rest.
    const full = wrapName(mark.name, room);
    const lines = full.length * size * 1.2 > height / 4 && mark.name.includes(': ') ? wrapName(mark.name.split(': ').slice(1).join(': '), room) : full;
    const w = Math.max(...lines.map((l) => l.length)) * size * CHAR.focus;
    const h = lines.length * lineHeight;
    const sides = [
      ['right', -h / 2],
      ['left', -h / 2],
      ['right', -h - 2],
      ['right', 2],
      ['left', -h - 2],
      ['left', 2],
    ] as const;
    const boxes = sides.map(([side, dy]) => {
      const x0 = side === 'right' ? mark.x + 10 : mark.x - 10 - w;
      return { side, box: { x0, x1: x0 + w, y0: mark.y + dy, y1: mark.y + dy + h } };
    });
    // A side clear of markers, names and towns' dots, else one that may cover a town's dot, else any side inside the
    // map that is not on another project's name (it may cover a town's), else a side moved inside the map (a long
    // name on a small map), off other projects' names if it can be.
    const chosen =
      boxes.find(({ box }) => inside(box) && clear(box, taken) && clear(box, townDots)) ??
      boxes.find(({ box }) => inside(box) && clear(box, taken)) ??
      boxes.find(({ box }) => inside(box) && clear(box, focusBoxes) && clear(box, markerBoxes)) ??
      boxes.find(({ box }) => inside(box) && clear(box, focusBoxes)) ??
      boxes.map(moveInside).find(({ box }) => clear(box, focusBoxes)) ??
      moveInside(boxes[0]);
    taken.push(chosen.box);
    focusBoxes.push(chosen.box);
    const right = chosen.side === 'right';
    labels.push({
      kind: 'focus',
      id: mark.id,
      name: mark.name,
      lines,
      x: mark.x,
      y: mark.y,
      lngLat: [0, 0],
      tx: right ? chosen.box.x0 : chosen.box.x1,
      ty: chosen.box.y0 + size * 0.95,
      anchor: right ? 'start' : 'end',
      side: right ? 'right-above' : 'left-above',
      shown: true,
    });
  }
  // Country names: a neighbour's that would be cut by the edge or lie on another label is left out (as on the live
  // map); Serbia and Kosovo are always named on the map of all Serbia.
  // Serbia and Kosovo first: a neighbour gives way to them, never the other way round.
  const home = (c: { code: CountryCode }) => c.code === SERBIA || c.code === KOSOVO;
  for (const c of [...p.countries].sort((a, b) => Number(home(b)) - Number(home(a)))) {
    if (!c.label) continue;
    const size = c.serbia ? font.serbia : font.country;
    const box = countryBox(names.countries[c.code], size, c.label, c.anchor);
    if ((!p.closeUp && (c.code === SERBIA || c.code === KOSOVO)) || (inside(box) && clear(box, taken))) {
      taken.push(box);
      continue;
    }
    // The scrolly map (which gives the markers, and which no live map replaces) moves a name a line or two up or
    // down, off a marker, before it leaves it out.
    const [x, y] = c.label;
    const moved = p.markers
      ? [-1, 1, -2, 2].map((lines) => [x, y + lines * size * 1.2] as [number, number]).find((at) => {
          const b = countryBox(names.countries[c.code], size, at, c.anchor);
          return inside(b) && clear(b, taken);
        })
      : undefined;
    c.label = moved;
    if (moved) taken.push(countryBox(names.countries[c.code], size, moved, c.anchor));
  }
  const size = font.town;
  const placeTown = (town: Geography['towns'][number]) => {
    const def = TOWNS.find((t) => t.id === town.id);
    const name = names.towns[town.id];
    if (!def || !name) return;
    const closeUp = 'closeUp' in def && def.closeUp;
    const [x, y] = p.project(town.lngLat);
    const label: MapLabel = { kind: 'town', id: town.id, name, x, y, lngLat: town.lngLat, tx: x, ty: y, anchor: 'start', side: 'right-above', shown: false, closeUp };
    labels.push(label);
    const w = name.length * size * CHAR.town;
    const dot: Box = { x0: x - 4, x1: x + 4, y0: y - 4, y1: y + 4 };
    if (!townIn(town)) return;
    if (!clear(dot, markerBoxes, 0)) {
      const beside = besideMarkers([x, y], r, w, size).find(({ box }) => inside(box) && clear(box, taken));
      if (beside) {
        taken.push(beside.box);
        Object.assign(label, beside.at, { shown: true, onMarkers: true });
      }
      return;
    }
    if (!clear(dot, taken, 0)) return;
    // The live map's order (declutter.ts › SIDES.place), so that both put a name on the same side.
    const sides: { at: Pick<MapLabel, 'tx' | 'ty' | 'anchor' | 'side'>; box: Box }[] = (['right-above', 'left-above', 'right-below', 'left-below'] as const).map((side) => {
      const right = side.startsWith('right');
      const tx = right ? x + 7 : x - 7;
      const ty = side.endsWith('above') ? y - size / 4 : y + size * 0.95;
      // As tall as the live map's label box (its line is 1.15 em), so that a name that fits here fits there.
      const box = { x0: right ? tx : tx - w, x1: right ? tx + w : tx, y0: ty - size * 0.9, y1: ty + size * 0.3 };
      return { at: { tx, ty, anchor: right ? 'start' : 'end', side }, box };
    });
    // The scrolly map (which gives the markers) may also centre a name above or below its dot: no live map replaces
    // it, whose sides these would have to be.
    if (p.markers)
      for (const ty of [y - 6 - size * 0.3, y + 6 + size * 0.9])
        sides.push({ at: { tx: x, ty, anchor: 'middle', side: 'center' }, box: { x0: x - w / 2, x1: x + w / 2, y0: ty - size * 0.9, y1: ty + size * 0.3 } });
    // On the scrolly map, a side that leaves the other towns' dots free, else any clear side (the static map keeps
    // the live map's order, so that both put a name on the same side).
    const others = p.markers ? townDots.filter((d) => clear(d, [dot], 0)) : [];
    const chosen = sides.find(({ box }) => inside(box) && clear(box, taken) && clear(box, others)) ?? sides.find(({ box }) => inside(box) && clear(box, taken));
    if (chosen) {
      taken.push(chosen.box, dot);
      Object.assign(label, chosen.at, { shown: true });
    }
  };
  const riverSize = font.river;
  const placeRiver = (river: (typeof RIVERS)[number]) => {
    const name = names.rivers[river.id];
    const lines = p.geography.rivers.find((r) => r.id === river.id)?.lines ?? [];
    const south = 'labelSouth' in river ? river.labelSouth : -90;
    // Points at most 0.02° apart (about 2 units of the map of all Serbia), so that a name finds room between bends.
    const along = alongOf(lines, south);
    if (!name || !along.length) return;
    const label: MapLabel = { kind: 'river', id: river.id, name, x: 0, y: 0, lngLat: along[0], tx: 0, ty: 0, anchor: 'middle', side: 'center', shown: false, along };
    labels.push(label);
    const points = along
      .map((lngLat) => ({ lngLat, at: p.project(lngLat) }))
      .filter(({ at: [x, y] }) => x > 0 && x < width && y > 0 && y < height);
    const w = name.length * riverSize * CHAR.river;
    // From the middle of the visible course outwards: a name near the map's middle reads as the river's.
    const mid = Math.floor(points.length / 2);
    const order = points.map((_, i) => mid + (i % 2 ? 1 : -1) * Math.ceil(i / 2)).filter((i) => i >= 0 && i < points.length);
    for (const i of order) {
      const [x, y] = points[i].at;
      const box = { x0: x - w / 2, x1: x + w / 2, y0: y - riverSize * 0.6, y1: y + riverSize * 0.65 };
      if (inside(box) && clear(box, taken)) {
        taken.push(box);
        Object.assign(label, { x, y, lngLat: points[i].lngLat, tx: x, ty: y + riverSize * 0.35, shown: true });
        break;
      }
    }
  };
  // The scrolly map names the rivers before the towns named only in close-ups, so that a small map still shows its
  // water named; the static map keeps the live map's order (towns, then rivers).
  const closeUpOnly = (town: Geography['towns'][number]) => TOWNS.some((t) => t.id === town.id && 'closeUp' in t && t.closeUp);
  const [first, last] = p.markers ? [p.geography.towns.filter((t) => !closeUpOnly(t)), p.geography.towns.filter(closeUpOnly)] : [p.geography.towns, []];
  first.forEach(placeTown);
  RIVERS.forEach(placeRiver);
  last.forEach(placeTown);
  return labels;
}
