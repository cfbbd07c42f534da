/**
 * Which country a point falls in, on Natural Earth's borders (world-atlas): a project's point outside Serbia and
 * Kosovo is almost always a typo (Niš written [21.93, 46.33] lands in Romania), drawn at the map's edge or not
 * at all. Pure: the borders are passed in (src/build/data-dir.ts reads them in Node).
 */
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

export interface Country {
  name: string;
  shape: Feature<Geometry>;
}

/** Natural Earth's short names, as a journalist would write them. */
const FULL_NAMES: Record<string, string> = {
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  Macedonia: 'North Macedonia',
  'Czech Rep.': 'Czech Republic',
};

/**
 * The countries (Natural Earth names) that reach into Serbia's wider region (geo.ts › REGION, 13–30° E,
 * 39–49° N): a fixed list, since converting every country of the 1:10m world to find them took seconds.
 */
const REGION_NAMES = [
  'Serbia', 'Kosovo', 'Hungary', 'Romania', 'Bulgaria', 'Macedonia', 'Albania', 'Montenegro', 'Bosnia and Herz.',
  'Croatia', 'Slovenia', 'Austria', 'Slovakia', 'Czechia', 'Poland', 'Ukraine', 'Moldova', 'Greece', 'Italy',
  'Germany', 'Turkey',
];

/** The countries of a world topology around Serbia, as shapes to test points against. */
export function regionCountries(world: Topology): Country[] {
  const all = world.objects.countries as GeometryCollection<{ name?: string }>;
  const geometries = all.geometries.filter((g) => REGION_NAMES.includes((g.properties as { name?: string } | undefined)?.name ?? ''));
  return feature(world, { ...all, geometries }).features.map((f) => {
    const name = (f.properties as { name?: string } | null)?.name ?? String(f.id);
    return { name: FULL_NAMES[name] ?? name, shape: f as Feature<Geometry> };
  });
}

/** The country a [longitude, latitude] pair falls in, or undefined (the sea, or outside the region). */
export function countryAt(countries: readonly Country[], point: readonly [number, number]): string | undefined {
  return countries.find((c) => geoContains(c.shape, point as [number, number]))?.name;
}

/** Where the story's projects may be: Serbia, and Kosovo (whose status the map marks as disputed). */
export const HOME_COUNTRIES = ['Serbia', 'Kosovo'];

/** About 5 km: a dam on the Danube or a railway's end at a border crossing lies on the border itself. */
const NEAR = 0.05;

/** Whether a point is in Serbia or Kosovo, or within about 5 km of them (Natural Earth's borders are not exact). */
export function atHome(countries: readonly Country[], [lon, lat]: readonly [number, number]): boolean {
  const home = countries.filter((c) => HOME_COUNTRIES.includes(c.name));
  const around = [[0, 0], [NEAR, 0], [-NEAR, 0], [0, NEAR], [0, -NEAR], [NEAR, NEAR], [NEAR, -NEAR], [-NEAR, NEAR], [-NEAR, -NEAR]];
  return around.some(([dx, dy]) => home.some((c) => geoContains(c.shape, [lon + dx, lat + dy])));
}
