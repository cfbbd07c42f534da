/**
 * The basemap: Natural Earth 1:10m borders (via world-atlas), cut to Serbia and its neighbours.
 * Pure: takes the world topology and returns a small topology with only the arcs the region uses,
 * so shared borders stay shared (drawn once with topojson's mesh).
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The countries on the map, each under a two-letter code (ISO 3166, and XK for Kosovo); readers see the
 * names the map's words give each code (story.json › graphics › map › countries).
 */
export const REGION_COUNTRIES = [
  { id: '688', naturalEarthName: 'Serbia', code: 'RS' },
  { naturalEarthName: 'Kosovo', code: 'XK' },
  { id: '348', naturalEarthName: 'Hungary', code: 'HU' },
  { id: '642', naturalEarthName: 'Romania', code: 'RO' },
  { id: '100', naturalEarthName: 'Bulgaria', code: 'BG' },
  { id: '807', naturalEarthName: 'Macedonia', code: 'MK' },
  { id: '008', naturalEarthName: 'Albania', code: 'AL' },
  { id: '499', naturalEarthName: 'Montenegro', code: 'ME' },
  { id: '070', naturalEarthName: 'Bosnia and Herz.', code: 'BA' },
  { id: '191', naturalEarthName: 'Croatia', code: 'HR' },
] as const satisfies readonly { id?: string; naturalEarthName: string; code: string }[];

export type CountryCode = (typeof REGION_COUNTRIES)[number]['code'];
export const COUNTRY_CODES = REGION_COUNTRIES.map((c) => c.code);
/** Serbia, and Kosovo, whose border with Serbia is drawn dashed (disputed). */
export const SERBIA: CountryCode = 'RS';
export const KOSOVO: CountryCode = 'XK';

type Arcs = number[][][];

/** Keeps the region's countries and only the arcs they use, renumbered. */
export function cutRegion(world: Topology): Topology {
  const countries = world.objects.countries as GeometryCollection<{ name?: string }>;
  const nameOf = (g: { properties?: object | null }) => (g.properties as { name?: string } | undefined)?.name;
  const matches = (g: (typeof countries.geometries)[number], c: (typeof REGION_COUNTRIES)[number]) =>
    'id' in c ? g.id === c.id : nameOf(g) === c.naturalEarthName;
  const wanted = countries.geometries.filter((g) => REGION_COUNTRIES.some((c) => matches(g, c)));
  const remap = new Map<number, number>();
  const arcs: Arcs = [];
  const mapArc = (i: number): number => {
    const index = i < 0 ? ~i : i;
    if (!remap.has(index)) {
      remap.set(index, arcs.length);
      arcs.push((world.arcs as Arcs)[index]);
    }
    const next = remap.get(index)!;
    return i < 0 ? ~next : next;
  };
  const mapRings = (rings: number[][]) => rings.map((ring) => ring.map(mapArc));
  const geometries = wanted.map((g) => {
    const code = REGION_COUNTRIES.find((c) => matches(g, c))!.code;
    const properties = { code };
    if (g.type === 'Polygon') return { type: 'Polygon' as const, arcs: mapRings(g.arcs), properties };
    if (g.type === 'MultiPolygon') return { type: 'MultiPolygon' as const, arcs: g.arcs.map(mapRings), properties };
    throw new Error(`unexpected geometry ${g.type} for ${code}`);
  });
  return {
    type: 'Topology',
    transform: world.transform,
    arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  } as Topology;
}
