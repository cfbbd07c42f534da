/**
 * The MapLibre style for the project map, built from the shipped basemap: no tile server and no glyph
 * server, so nothing leaves the page's origin. A newsroom with its own vector-tile style sets
 * BASEMAP_STYLE_URL in map-config.ts instead; the project layers are added on top of either.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { KOSOVO, SERBIA, type CountryCode } from './basemap.ts';
import type { MapProject } from './static-map.ts';

export interface MapColours {
  background: string;
  land: string;
  serbia: string;
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

export function basemapStyle(topology: Topology, colours: MapColours) {
  const object = topology.objects.countries as GeometryCollection<Props>;
  const isKosovo = (g: object) => (g as { properties?: Props }).properties?.code === KOSOVO;
  return {
    version: 8 as const,
    sources: {
      countries: { type: 'geojson' as const, data: feature(topology, object) },
      borders: { type: 'geojson' as const, data: mesh(topology, object, (a, b) => a !== b && !isKosovo(a) && !isKosovo(b)) },
      disputed: { type: 'geojson' as const, data: mesh(topology, object, (a, b) => a !== b && (isKosovo(a) || isKosovo(b))) },
    },
    layers: [
      { id: 'background', type: 'background' as const, paint: { 'background-color': colours.background } },
      {
        id: 'land',
        type: 'fill' as const,
        source: 'countries',
        paint: { 'fill-color': ['case', ['==', ['get', 'code'], SERBIA], colours.serbia, colours.land] },
      },
      { id: 'borders', type: 'line' as const, source: 'borders', paint: { 'line-color': colours.border, 'line-width': 1 } },
      {
        id: 'disputed',
        type: 'line' as const,
        source: 'disputed',
        paint: { 'line-color': colours.border, 'line-width': 1, 'line-dasharray': [3, 2] },
      },
    ],
  };
}
