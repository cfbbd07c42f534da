declare module 'virtual:story-data' {
  import type { DataFiles } from './lib/data/schema.ts';
  const data: DataFiles;
  export default data;
}
