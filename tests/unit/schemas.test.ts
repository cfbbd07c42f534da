import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, schemaFileName, translationJsonSchemaFor } from '../../src/lib/data/json-schemas.ts';
import { TRANSLATED_FILE_NAMES, TRANSLATION_FOLDERS } from '../../src/lib/data/validate.ts';
import { DATA_FILES, type DataFileName } from '../../src/lib/data/schema.ts';

const root = join(import.meta.dirname, '..', '..');

describe('JSON Schemas for editors come from the one definition in code', () => {
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    it(`data/schemas/${schemaFileName(file)} is up to date (run npm run schemas if not)`, () => {
      const committed = JSON.parse(readFileSync(join(root, 'data', 'schemas', schemaFileName(file)), 'utf8'));
      expect(committed).toEqual(jsonSchemaFor(file));
    });

    it(`data/${file} points its $schema at that file`, () => {
      const data = JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
      expect(data.$schema).toBe(`./schemas/${schemaFileName(file)}`);
    });
  }

  it('unknown fields are errors in the editor too', () => {
    const schema = jsonSchemaFor('projects.json') as { properties: { projects: { items: { additionalProperties: boolean } } } };
    expect(schema.properties.projects.items.additionalProperties).toBe(false);
  });
});

describe('JSON Schemas for the translations', () => {
  for (const folder of TRANSLATION_FOLDERS)
    for (const file of TRANSLATED_FILE_NAMES) {
      it(`data/schemas/${folder}/${schemaFileName(file)} is up to date, and data/${folder}/${file} points at it`, () => {
        const committed = JSON.parse(readFileSync(join(root, 'data', 'schemas', folder, schemaFileName(file)), 'utf8'));
        expect(committed).toEqual(translationJsonSchemaFor(file, folder));
        const path = join(root, 'data', folder, file);
        if (existsSync(path)) expect(JSON.parse(readFileSync(path, 'utf8')).$schema).toBe(`../schemas/${folder}/${schemaFileName(file)}`);
      });
    }
});
