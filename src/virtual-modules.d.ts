/// <reference types="vite/client" />
// Types of the data modules served by src/build/story-data-plugin.ts.
declare module 'virtual:story-data' {
  const data: import('./lib/data/schema').DataFiles;
  export default data;
}
declare module 'virtual:story-data/story' {
  type File = import('./lib/data/schema').DataFiles['story.json'];
  const file: File;
  export default file;
  export const headline: File['headline'];
  export const sections: File['sections'];
}
declare module 'virtual:story-data/projects' {
  type File = import('./lib/data/schema').DataFiles['projects.json'];
  const file: File;
  export default file;
  export const projects: File['projects'];
}
declare module 'virtual:story-data/timeline' {
  type File = import('./lib/data/schema').DataFiles['timeline.json'];
  const file: File;
  export default file;
  export const events: File['events'];
}
declare module 'virtual:story-data/trade-partners' {
  type File = import('./lib/data/schema').DataFiles['trade-partners.json'];
  const file: File;
  export default file;
  export const series: File['series'];
}
declare module 'virtual:story-data/china-trade' {
  type File = import('./lib/data/schema').DataFiles['china-trade.json'];
  const file: File;
  export default file;
  export const years: File['years'];
}
declare module 'virtual:story-data/debt' {
  type File = import('./lib/data/schema').DataFiles['debt.json'];
  const file: File;
  export default file;
  export const series: File['series'];
}
declare module 'virtual:story-data/aiddata-finance' {
  type File = import('./lib/data/schema').DataFiles['aiddata-finance.json'];
  const file: File;
  export default file;
  export const dataset: File['dataset'];
  export const records: File['records'];
}
declare module 'virtual:basemap' {
  const topology: import('topojson-specification').Topology;
  export default topology;
}
