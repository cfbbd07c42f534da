/**
 * The countries' shapes as the map of all Serbia draws them (SVG paths in its units: static-map.ts), from the fetched
 * map/basemap.json: the scrolly's close-ups name a neighbour on its own land. Loaded apart from the island's script,
 * with the topology code it needs.
 */
import type { CountryCode } from './basemap.ts';
import { loadRegion } from './region-data.ts';
import { staticMapModel } from './static-map.ts';

export async function countryShapes(): Promise<Partial<Record<CountryCode, string>>> {
  const { topology } = await loadRegion();
  return Object.fromEntries(staticMapModel(topology, []).countries.map((c) => [c.code, c.d]));
}
