/** Writes data/schemas/<file>.schema.json from src/lib/data/schema.ts, so editors can check data as it is typed. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFor, schemaFileName } from '../src/lib/data/json-schemas.ts';
import { DATA_FILES, type DataFileName } from '../src/lib/data/schema.ts';

const dir = join(import.meta.dirname, '..', 'data', 'schemas');
mkdirSync(dir, { recursive: true });
for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
  writeFileSync(join(dir, schemaFileName(file)), JSON.stringify(jsonSchemaFor(file), null, 2) + '\n');
  console.log(`wrote data/schemas/${schemaFileName(file)}`);
}
