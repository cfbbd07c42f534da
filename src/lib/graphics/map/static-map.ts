/** Pure geometry for the static map: projection, country shapes, borders and project marks as SVG paths. */
import { geoCentroid, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Project, Sector } from '../../data/schema.ts';
import { KOSOVO, SERBIA, type CountryCode } from './basemap.ts';

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

export interface StaticMapModel {
  width: number;
  height: number;
  countries: { code: CountryCode; d: string; serbia: boolean; label?: [number, number]; anchor: 'start' | 'middle' | 'end' }[];
  borders: string;
  disputedBorder: string;
  outline: string;
  projects: { project: MapProject; d?: string; points: [number, number][]; approximate: boolean }[];
  places: { name: string; x: number; y: number; lngLat: [number, number] }[];
}

export function staticMapModel(topology: Topology, projects: MapProject[], view?: MapView): StaticMapModel {
  const object = topology.objects.countries as GeometryCollection<Props>;
  const collection = feature(topology, object);
  const serbia = collection.features.filter((f) => f.properties.code === SERBIA || f.properties.code === KOSOVO);
  const width = view?.width ?? DEFAULT_WIDTH;
  const height = view?.height ?? DEFAULT_HEIGHT;
  const [[west, south], [east, north]] = view?.bounds ?? [[0, 0], [0, 0]];
  const projection: GeoProjection = geoMercator().fitExtent(
    [
      [30, 30],
      [width - 30, height - 30],
    ],
    view
      ? { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] }
      : { type: 'FeatureCollection', features: serbia },
  );
  // Only what is inside the picture reaches the page: neighbours' far coasts are cut off.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  // Whole units: the map is drawn at most 600 CSS pixels wide, so a unit is at most a pixel, and decimals would
  // cost the page a third more path data (measured: 15.2 → 10.7 kB gzip for the story's map).
  const path = geoPath(projection).digits(0);
  const isKosovo = (g: object) => (g as { properties?: Props }).properties?.code === KOSOVO;

  // Neighbours whose centre lies off the map are labelled at the map's edge, towards their centre.
  const countries = collection.features.map((f) => {
    const [cx, cy] = projection(geoCentroid(f)) as [number, number];
    const anchor: 'start' | 'middle' | 'end' = cx < 90 ? 'start' : cx > width - 90 ? 'end' : 'middle';
    const x = anchor === 'start' ? 10 : anchor === 'end' ? width - 10 : cx;
    const d = path(f) ?? '';
    // In a close-up, names pushed to the top or bottom edge would pile up there: only label what is level with the picture.
    const labelled = d !== '' && (!view || (cy > 36 && cy < height - 24));
    return {
      code: f.properties.code,
      d,
      serbia: f.properties.code === SERBIA,
      label: labelled ? ([x, Math.min(height - 24, Math.max(36, cy))] as [number, number]) : undefined,
      anchor,
    };
  });

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

  const places = new Map<string, [number, number]>();
  for (const p of projects) {
    const first =
      p.location?.type === 'Point'
        ? p.location.coordinates
        : p.location?.type === 'LineString'
          ? p.location.coordinates[0]
          : undefined;
    if (first && p.places[0] && !places.has(p.places[0])) places.set(p.places[0], first);
  }
  // Towns named by more projects are placed first, so Belgrade and Novi Sad win a crowded spot.
  const mentions = new Map([...places.keys()].map((name) => [name, projects.filter((p) => p.places.includes(name)).length]));
  const byMentions = [...places.entries()].sort((a, b) => mentions.get(b[0])! - mentions.get(a[0])!);

  return {
    width,
    height,
    countries,
    borders: path(mesh(topology, object, (a, b) => a !== b && !isKosovo(a) && !isKosovo(b))) ?? '',
    disputedBorder: path(mesh(topology, object, (a, b) => a !== b && (isKosovo(a) || isKosovo(b)))) ?? '',
    outline: path(mesh(topology, object, (a, b) => a === b)) ?? '',
    projects: marks,
    places: spacedLabels(
      byMentions.filter(([name]) => !name.includes('(')).map(([name, lngLat]) => ({ name, lngLat, at: project(lngLat) }))
        .filter(({ at: [x, y] }) => x > 0 && x < width - 40 && y > 30 && y < height),
    ),
  };
}

/** Town labels, first come first served, skipping any whose text box would touch one already placed. */
function spacedLabels(
  candidates: { name: string; lngLat: [number, number]; at: [number, number] }[],
): StaticMapModel['places'] {
  // The label is drawn from (x + 10, y - 8) at 20px: about 11 units a character and 22 units high.
  const box = (name: string, x: number, y: number) => ({ x0: x + 4, x1: x + 16 + name.length * 11, y0: y - 28, y1: y });
  const placed: StaticMapModel['places'] = [];
  for (const { name, lngLat, at: [x, y] } of candidates) {
    const b = box(name, x, y);
    const clear = placed.every((p) => {
      const o = box(p.name, p.x, p.y);
      return b.x1 < o.x0 || o.x1 < b.x0 || b.y1 < o.y0 || o.y1 < b.y0;
    });
    if (clear) placed.push({ name, x, y, lngLat });
  }
  return placed;
}
