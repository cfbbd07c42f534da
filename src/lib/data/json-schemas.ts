import { z } from 'zod';
import { DATA_FILES, type DataFileName } from './schema.ts';

export function schemaFileName(file: DataFileName): string {
  return file.replace(/\.json$/, '.schema.json');
}

/** The JSON Schema (draft-07, which VS Code understands) for one data file. */
export function jsonSchemaFor(file: DataFileName): object {
  const schema = z.toJSONSchema(DATA_FILES[file], { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return { ...schema, title: `data/${file}`, description: `Schema for data/${file}. Generated from src/lib/data/schema.ts by npm run schemas: do not edit by hand.` };
}
