/** Where the map looks: Serbia as a whole, or the projects a scroll step or a reader picks. Pure, in longitude/latitude. */
import type { Project } from '../../data/files.ts';

/** What the camera needs of a project: where it is. */
type Placed = Pick<Project, 'id' | 'location'>;

export type LngLat = [number, number];
export type LngLatBounds = [LngLat, LngLat];

/** Serbia with Kosovo, as the map first shows it. */
export const SERBIA_BOUNDS: LngLatBounds = [
  [18.8, 42.2],
  [23.1, 46.25],
];

export function locationCoordinates(location: Placed['location']): LngLat[] {
  if (!location) return [];
  switch (location.type) {
    case 'Point':
      return [location.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return location.coordinates;
    case 'MultiLineString':
      return location.coordinates.flat();
  }
}

/**
 * The box around the chosen projects, never smaller than `minSpan` degrees each way, so that a single
 * point is shown with its surroundings rather than at street level. Undefined when none has a location.
 */
export function focusBounds(projects: Placed[], ids: string[], minSpan = 1): LngLatBounds | undefined {
  const points = projects.filter((p) => ids.includes(p.id)).flatMap((p) => locationCoordinates(p.location));
  if (points.length === 0) return undefined;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const grow = (lo: number, hi: number): [number, number] => {
    const pad = Math.max(0, minSpan - (hi - lo)) / 2;
    return [lo - pad, hi + pad];
  };
  const [west, east] = grow(Math.min(...lons), Math.max(...lons));
  const [south, north] = grow(Math.min(...lats), Math.max(...lats));
  return [
    [west, south],
    [east, north],
  ];
}

/** One point to put a project's marker on: the point itself, the first of several, or the middle of a route. */
export function anchorPoint(location: NonNullable<Placed['location']>): LngLat {
  if (location.type === 'Point') return location.coordinates;
  if (location.type === 'MultiPoint') return location.coordinates[0];
  const line = location.type === 'LineString' ? location.coordinates : location.coordinates[0];
  if (line.length % 2 === 1) return line[(line.length - 1) / 2];
  const [a, b] = [line[line.length / 2 - 1], line[line.length / 2]];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}
