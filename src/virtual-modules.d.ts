/// <reference types="vite/client" />
// Types of the modules served by src/build/story-data-plugin.ts and src/build/basemap-plugin.ts.
declare module 'virtual:story-data' {
  /** The data of each edition: "en" always, the translated editions when data/sr/ exists. */
  const editions: import('./lib/data/validate').EditionData;
  export default editions;
}
declare module 'virtual:basemap' {
  const topology: import('topojson-specification').Topology;
  export default topology;
  export const geography: import('./lib/graphics/map/basemap').Geography;
}
declare module 'virtual:basemap-labels' {
  const labels: import('./lib/graphics/map/static-map').RegionLabels;
  export default labels;
}
