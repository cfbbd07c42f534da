/**
 * The basemap: Natural Earth 1:10m borders (via world-atlas), cut to Serbia and its neighbours.
 * Pure: takes the world topology and returns a small topology with only the arcs the region uses,
 * so shared borders stay shared (drawn once with topojson's mesh).
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The countries on the map, with the names readers should see (Natural Earth uses short forms). */
export const REGION_COUNTRIES: { id?: string; naturalEarthName: string; name: string }[] = [
  { id: '688', naturalEarthName: 'Serbia', name: 'Serbia' },
  { naturalEarthName: 'Kosovo', name: 'Kosovo' },
  { id: '348', naturalEarthName: 'Hungary', name: 'Hungary' },
  { id: '642', naturalEarthName: 'Romania', name: 'Romania' },
  { id: '100', naturalEarthName: 'Bulgaria', name: 'Bulgaria' },
  { id: '807', naturalEarthName: 'Macedonia', name: 'North Macedonia' },
  { id: '008', naturalEarthName: 'Albania', name: 'Albania' },
  { id: '499', naturalEarthName: 'Montenegro', name: 'Montenegro' },
  { id: '070', naturalEarthName: 'Bosnia and Herz.', name: 'Bosnia and Herzegovina' },
  { id: '191', naturalEarthName: 'Croatia', name: 'Croatia' },
];

type Arcs = number[][][];

/** Keeps the region's countries and only the arcs they use, renumbered. */
export function cutRegion(world: Topology): Topology {
  const countries = world.objects.countries as GeometryCollection<{ name?: string }>;
  const nameOf = (g: { properties?: object | null }) => (g.properties as { name?: string } | undefined)?.name;
  const matches = (g: (typeof countries.geometries)[number], c: (typeof REGION_COUNTRIES)[number]) =>
    c.id ? g.id === c.id : nameOf(g) === c.naturalEarthName;
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
    const name = REGION_COUNTRIES.find((c) => matches(g, c))!.name;
    const properties = { name };
    if (g.type === 'Polygon') return { type: 'Polygon' as const, arcs: mapRings(g.arcs), properties };
    if (g.type === 'MultiPolygon') return { type: 'MultiPolygon' as const, arcs: g.arcs.map(mapRings), properties };
    throw new Error(`unexpected geometry ${g.type} for ${name}`);
  });
  return {
    type: 'Topology',
    transform: world.transform,
    arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  } as Topology;
}
