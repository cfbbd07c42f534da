import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { keyWithLabel, matchedBy, neutral, perLanguage, pluralWords, text } from '../../src/lib/data/schema-parts.ts';
import { nodeOf, optionFor, walk, type ObjectNode, type SchemaVisitor } from '../../src/lib/data/walk.ts';

/** Names each field by what the walk handed it to: its translation kind, else its shape. */
const describe_: SchemaVisitor<string> = {
  neutral: () => 'neutral',
  'per-language': () => 'per-language',
  plural: () => 'plural',
  string: () => 'string',
  object: (n) => `object(${n.fields.map((f) => `${f.key}:${walk(f.schema, describe_)}`).join(',')})`,
  array: ({ element }) => `array(${walk(element, describe_)})`,
  union: ({ options }) => `union(${options.map((o) => walk(o, describe_)).join('|')})`,
  record: ({ value }) => `record(${walk(value, describe_)})`,
  other: () => 'other',
};

describe('the walk over a schema', () => {
  it('hands every shape to its own function, and what has none to other', () => {
    const schema = z.object({
      a: z.string(),
      b: z.array(z.number()),
      c: z.union([z.string(), z.object({ d: z.string() })]),
      e: z.record(z.string(), z.string()),
      f: z.enum(['x', 'y']),
    });
    expect(walk(schema, describe_)).toBe('object(a:string,b:array(other),c:union(string|object(d:string)),e:record(string),f:other)');
  });

  it('takes optional, nullable and default wrappers off, however nested', () => {
    const schema = z.object({ a: z.string().optional(), b: z.array(z.string()).nullable().optional(), c: z.string().default('x'), d: z.object({}).nullable() });
    expect(walk(schema, describe_)).toBe('object(a:string,b:array(string),c:string,d:object())');
    expect(nodeOf(schema.shape.b).inner).toBeInstanceOf(z.ZodArray);
  });

  it('hands a field to its translation kind before its shape, read through the wrappers', () => {
    const schema = z.object({
      id: neutral(z.string()),
      wrappedInside: neutral(z.string()).optional(),
      wrappedOutside: neutral(z.string().optional()),
      csv: perLanguage(z.object({ separator: z.string() })),
      count: pluralWords(),
    });
    expect(walk(schema, describe_)).toBe('object(id:neutral,wrappedInside:neutral,wrappedOutside:neutral,csv:per-language,count:plural)');
  });

  it('uses the shape when the visitor has no function for the kind', () => {
    expect(walk(neutral(z.array(z.string())), { ...describe_, neutral: undefined })).toBe('array(string)');
  });

  it('reads a key’s label, the fields that match an item, and whether it has an id', () => {
    const row = matchedBy(z.object({ partner: keyWithLabel(text, 'label'), value: z.number() }), ['partner']);
    const item = z.object({ id: z.string(), title: text });
    expect(nodeOf(row.optional())).toMatchObject({ match: ['partner'], hasId: false, listKeys: ['partner'] });
    expect(nodeOf(item)).toMatchObject({ hasId: true, listKeys: ['id'] });
    expect(nodeOf(z.object({ title: text })).listKeys).toBeUndefined();
    const partner = (nodeOf(row) as ObjectNode).fields.find((f) => f.key === 'partner');
    expect(partner).toMatchObject({ kind: 'key', label: 'label' });
  });

  it('the outermost wrapper’s kind wins', () => {
    expect(nodeOf(neutral(perLanguage(z.string()).optional())).kind).toBe('neutral');
    expect(nodeOf(perLanguage(z.string()).optional()).kind).toBe('per-language');
  });

  it('hands the walk’s arguments to each function, so that a walk can follow a value', () => {
    const count: SchemaVisitor<number, [unknown]> = {
      string: (_, v) => (typeof v === 'string' ? 1 : 0),
      object: (n, v) => n.fields.reduce((sum, f) => sum + walk(f.schema, count, (v as Record<string, unknown>)[f.key]), 0),
      array: ({ element }, v) => (v as unknown[]).reduce<number>((sum, item) => sum + walk(element, count, item), 0),
      other: () => 0,
    };
    const schema = z.object({ a: z.string(), b: z.array(z.object({ c: z.string(), d: z.number() })) });
    expect(walk(schema, count, { a: 'x', b: [{ c: 'y', d: 1 }, { c: 'z', d: 2 }] })).toBe(3);
  });

  it('finds the option of a union a value fits', () => {
    const options = [z.string(), z.object({ other: z.string() })];
    expect(optionFor(options, { other: 'x' })).toBe(options[1]);
    expect(optionFor(options, 3)).toBeUndefined();
  });
});
