/// <reference types="vite/client" />
// Types of the modules served by src/build/story-data-plugin.ts and src/build/basemap-plugin.ts.
declare module 'virtual:story-data' {
  const data: import('./lib/data/schema').DataFiles;
  export default data;
}
declare module 'virtual:basemap' {
  const topology: import('topojson-specification').Topology;
  export default topology;
}
