/**
 * The basemap: Natural Earth 1:10m borders (via world-atlas), cut to Serbia and its neighbours, and the region's
 * geography (rivers, lakes, towns) from data/raw/map-geography.json, which scripts/cut-geography.ts cuts from
 * Natural Earth and GeoNames.
 * Pure: takes the world topology and returns a small topology with only the arcs the region uses,
 * so shared borders stay shared (drawn once with topojson's mesh).
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The region's topology and geography as one JSON file ({ topology, geography }), the same for every edition: the
 * browser fetches it when a map first needs the shapes (the live map; the scrolly's close-ups), so that no page's
 * first script carries them. From the site's root.
 */
export const BASEMAP_DATA_FILE = 'map/basemap.json';

/** The box the geography is cut to (west, south, east, north): the whole map of Serbia with its neighbours' edges. */
export const REGION_BOX = [18.0, 41.6, 23.4, 46.4] as const;

/**
 * The rivers that are named on the map, by id; readers see the names the map's words give each
 * (story.json › graphics › map › rivers). Others in the region are drawn unnamed. `labelSouth`: the name stays on
 * the river north of this latitude (Natural Earth's "Morava" runs on as the Južna Morava).
 */
export const RIVERS = [
  { id: 'danube', naturalEarthName: 'Danube' },
  { id: 'sava', naturalEarthName: 'Sava' },
  { id: 'tisa', naturalEarthName: 'Tisa' },
  { id: 'morava', naturalEarthName: 'Morava', labelSouth: 43.75 },
  { id: 'drina', naturalEarthName: 'Drina' },
  { id: 'tamis', naturalEarthName: 'Tamis' },
] as const satisfies readonly { id: string; naturalEarthName: string; labelSouth?: number }[];
export type RiverId = (typeof RIVERS)[number]['id'];
export const RIVER_IDS = RIVERS.map((r) => r.id);

/**
 * The towns on the map, by id, as GeoNames names them (Serbia, country code RS), most important first: a town
 * that has no room for its name gives way to those before it. Readers see the names the map's words give each
 * (story.json › graphics › map › towns). The scroll steps' close-ups need their own: Zemun and Borča at the
 * Pupin Bridge, Majdanpek and Bor at the mines, Smederevo and Požarevac on the Danube. `closeUp`: named only in a
 * close-up (the map of all Serbia has no room for Belgrade's neighbours).
 */
export const TOWNS = [
  { id: 'belgrade', geoNamesName: 'Belgrade' },
  { id: 'novi-sad', geoNamesName: 'Novi Sad' },
  { id: 'nis', geoNamesName: 'Niš' },
  { id: 'kragujevac', geoNamesName: 'Kragujevac' },
  { id: 'subotica', geoNamesName: 'Subotica' },
  { id: 'zrenjanin', geoNamesName: 'Zrenjanin' },
  { id: 'bor', geoNamesName: 'Bor' },
  { id: 'smederevo', geoNamesName: 'Smederevo' },
  { id: 'pozarevac', geoNamesName: 'Požarevac' },
  { id: 'cacak', geoNamesName: 'Čačak' },
  { id: 'valjevo', geoNamesName: 'Valjevo' },
  { id: 'sabac', geoNamesName: 'Šabac' },
  { id: 'loznica', geoNamesName: 'Loznica' },
  { id: 'pancevo', closeUp: true, geoNamesName: 'Pančevo' },
  { id: 'zemun', closeUp: true, geoNamesName: 'Zemun' },
  { id: 'borca', closeUp: true, geoNamesName: 'Borča' },
  { id: 'majdanpek', closeUp: true, geoNamesName: 'Majdanpek' },
  { id: 'stara-pazova', closeUp: true, geoNamesName: 'Stara Pazova' },
  { id: 'obrenovac', closeUp: true, geoNamesName: 'Obrenovac' },
] as const satisfies readonly { id: string; geoNamesName: string; closeUp?: boolean }[];
export type TownId = (typeof TOWNS)[number]['id'];
export const TOWN_IDS = TOWNS.map((t) => t.id);

/** data/raw/map-geography.json: what scripts/cut-geography.ts writes (coordinates rounded to 3 decimals, about 100 m). */
export interface Geography {
  source: string;
  rivers: { id?: RiverId; lines: [number, number][][] }[];
  lakes: [number, number][][][];
  towns: { id: TownId; lngLat: [number, number] }[];
}

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
