/**
 * The MapLibre style for the project map, built from the shipped basemap: no tile server and no glyph
 * server, so nothing leaves the page's origin. A newsroom with its own vector-tile style sets
 * BASEMAP_STYLE_URL in map-config.ts instead; the project layers are added on top of either.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { KOSOVO, SERBIA, TOWNS, type CountryCode, type Geography } from './basemap.ts';
import { CLOSE_UP_SPAN } from './declutter.ts';
import type { MapProject } from './static-map.ts';

export interface MapColours {
  background: string;
  land: string;
  serbia: string;
  water: string;
  border: string;
  text: string;
  sectors: Record<string, string>;
}

type Props = { code: CountryCode };

export function projectFeatures(projects: MapProject[], colours: MapColours) {
  return {
    type: 'FeatureCollection' as const,
    features: projects.flatMap((p) =>
      p.location
        ? [
            {
              type: 'Feature' as const,
              id: p.id,
              properties: {
                id: p.id,
                name: p.name,
                sector: p.sector,
                colour: colours.sectors[p.sector],
                approximate: p.location.precision === 'approximate',
              },
              geometry: { type: p.location.type, coordinates: p.location.coordinates } as GeoJSON.Geometry,
            },
          ]
        : [],
    ),
  };
}

/** The map's zoom at which a map about 400 px wide spans CLOSE_UP_SPAN degrees: towns named only in close-ups get their dot. */
const CLOSE_UP_ZOOM = Math.log2((400 * 360) / (512 * CLOSE_UP_SPAN));

/** The same layers as the static map: countries, lakes, rivers, borders and the towns' dots (their names are HTML labels). */
export function basemapStyle(topology: Topology, colours: MapColours, geography: Pick<Geography, 'rivers' | 'lakes' | 'towns'>) {
  const object = topology.objects.countries as GeometryCollection<Props>;
  const isKosovo = (g: object) => (g as { properties?: Props }).properties?.code === KOSOVO;
  const closeUp = new Set<string>(TOWNS.filter((t) => 'closeUp' in t && t.closeUp).map((t) => t.id));
  return {
    version: 8 as const,
    sources: {
      countries: { type: 'geojson' as const, data: feature(topology, object) },
      borders: { type: 'geojson' as const, data: mesh(topology, object, (a, b) => a !== b && !isKosovo(a) && !isKosovo(b)) },
      disputed: { type: 'geojson' as const, data: mesh(topology, object, (a, b) => a !== b && (isKosovo(a) || isKosovo(b))) },
      lakes: { type: 'geojson' as const, data: { type: 'MultiPolygon' as const, coordinates: geography.lakes } },
      rivers: { type: 'geojson' as const, data: { type: 'MultiLineString' as const, coordinates: geography.rivers.flatMap((r) => r.lines) } },
      towns: {
        type: 'geojson' as const,
        data: {
          type: 'FeatureCollection' as const,
          features: geography.towns.map((t) => ({
            type: 'Feature' as const,
            properties: { id: t.id, closeUp: closeUp.has(t.id) },
            geometry: { type: 'Point' as const, coordinates: t.lngLat },
          })),
        },
      },
    },
    layers: [
      { id: 'background', type: 'background' as const, paint: { 'background-color': colours.background } },
      {
        id: 'land',
        type: 'fill' as const,
        source: 'countries',
        paint: { 'fill-color': ['case', ['==', ['get', 'code'], SERBIA], colours.serbia, colours.land] },
      },
      { id: 'lakes', type: 'fill' as const, source: 'lakes', paint: { 'fill-color': colours.water } },
      {
        id: 'rivers',
        type: 'line' as const,
        source: 'rivers',
        layout: { 'line-join': 'round' as const, 'line-cap': 'round' as const },
        paint: { 'line-color': colours.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 10, 3] as unknown as number },
      },
      { id: 'borders', type: 'line' as const, source: 'borders', paint: { 'line-color': colours.border, 'line-width': 1 } },
      {
        id: 'disputed',
        type: 'line' as const,
        source: 'disputed',
        paint: { 'line-color': colours.border, 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      {
        id: 'towns',
        type: 'circle' as const,
        source: 'towns',
        filter: ['any', ['!', ['get', 'closeUp']], ['>=', ['zoom'], CLOSE_UP_ZOOM]] as unknown as boolean,
        paint: { 'circle-radius': 2.5, 'circle-color': colours.text, 'circle-stroke-color': colours.background, 'circle-stroke-width': 1 },
      },
    ],
  };
}
