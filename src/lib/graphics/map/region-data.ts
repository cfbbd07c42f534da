/**
 * The region's shapes in the browser: map/basemap.json (the build writes it beside map/basemap.svg), fetched once,
 * when a map first needs them: the live map draws them, the scrolly's close-ups name a neighbour on its own land.
 */
import type { Topology } from 'topojson-specification';
import { BASEMAP_DATA_FILE, type Geography } from './basemap.ts';

export interface RegionData {
  topology: Topology;
  geography: Omit<Geography, 'source'>;
}

let loading: Promise<RegionData> | undefined;

/** From the scripts in the built site's assets/ folder, up to its root; the dev server serves the site at its root. */
const FROM_ASSETS = `../${BASEMAP_DATA_FILE}`;
const address = () => (import.meta.env.DEV ? `/${BASEMAP_DATA_FILE}` : new URL(FROM_ASSETS, import.meta.url).href);

export function loadRegion(): Promise<RegionData> {
  loading ??= fetch(address()).then((response) => {
    if (!response.ok) throw new Error(`${BASEMAP_DATA_FILE}: ${response.status}`);
    return response.json() as Promise<RegionData>;
  });
  // A failed request is asked again by the next map that needs it.
  loading.catch(() => (loading = undefined));
  return loading;
}
