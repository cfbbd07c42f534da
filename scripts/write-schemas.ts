/**
 * Writes data/schemas/<file>.schema.json from src/lib/data/schema.ts, and data/schemas/<language>/<file>.schema.json
 * for the translations, so editors can check data as it is typed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFor, schemaFileName, translationJsonSchemaFor } from '../src/lib/data/json-schemas.ts';
import { DATA_FILES, type DataFileName } from '../src/lib/data/schema.ts';
import { SOURCE_DOMAINS_SCHEMA_FILE, sourceDomainsJsonSchema } from '../src/lib/data/source-domains.ts';
import { TRANSLATED_FILE_NAMES, TRANSLATION_FOLDERS } from '../src/lib/data/validate.ts';

const dir = join(import.meta.dirname, '..', 'data', 'schemas');
mkdirSync(dir, { recursive: true });
for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
  writeFileSync(join(dir, schemaFileName(file)), JSON.stringify(jsonSchemaFor(file), null, 2) + '\n');
  console.log(`wrote data/schemas/${schemaFileName(file)}`);
}
for (const folder of TRANSLATION_FOLDERS) {
  mkdirSync(join(dir, folder), { recursive: true });
  for (const file of TRANSLATED_FILE_NAMES) {
    writeFileSync(join(dir, folder, schemaFileName(file)), JSON.stringify(translationJsonSchemaFor(file, folder), null, 2) + '\n');
    console.log(`wrote data/schemas/${folder}/${schemaFileName(file)}`);
  }
}
writeFileSync(join(dir, SOURCE_DOMAINS_SCHEMA_FILE), JSON.stringify(sourceDomainsJsonSchema(), null, 2) + '\n');
console.log(`wrote data/schemas/${SOURCE_DOMAINS_SCHEMA_FILE}`);
