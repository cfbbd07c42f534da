/**
 * The one walk over a data file's schema (zod 4's internals), under everything that follows a schema's shape:
 * the translation's schema, a translation merged over its English, what a translator adds, whether a field
 * exists (translation.ts, validate.ts). It unwraps optional, nullable and default fields and reads their
 * translation metadata (schema-parts.ts) in one place, then hands the field to the visitor's function for its
 * translation kind, if the visitor has one, or else for its shape. A visitor recurses by walking the children
 * it chooses (an object's fields, a union's option that fits a value), so that it can follow a value.
 */
import type { z } from 'zod';
import { translationOf, type Translation } from './schema-parts.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = ['optional', 'nullable', 'default'];

/** A field of a schema as the walk sees it: its schema with the wrappers taken off, and its translation metadata. */
export interface SchemaNode {
  /** The field's schema as written, wrappers included. */
  schema: z.ZodType;
  /** The schema inside its optional, nullable and default wrappers. */
  inner: z.ZodType;
  /** How it behaves in a translation (the outermost wrapper that says wins); undefined: a translated text. */
  kind?: Translation;
  /** Where a key's translation goes (keyWithLabel). */
  label?: string;
  /** The fields that match a list item without an id to its translation (matchedBy). */
  match?: string[];
  /** A text a translation writes in Cyrillic on purpose. */
  cyrillic: boolean;
  /** Its shape, which picks the visitor's function when its translation kind does not. */
  type: 'string' | 'object' | 'array' | 'union' | 'record' | 'other';
  /** An object with an id: as a list's item, it is matched to its translation by id. */
  hasId: boolean;
  /** How a list of these items is matched to its translation: by ["id"], by its matching fields, or (undefined) by place. */
  listKeys?: string[];
}

export interface ObjectNode extends SchemaNode {
  /** Its fields in the schema's order, each as a node, with its key. */
  fields: (SchemaNode & { key: string })[];
  shape: Record<string, z.ZodType>;
}
export interface ArrayNode extends SchemaNode {
  element: z.ZodType;
}
export interface UnionNode extends SchemaNode {
  options: z.ZodType[];
}
export interface RecordNode extends SchemaNode {
  value: z.ZodType;
}

/**
 * What a walk does with each kind of field, given the walk's arguments (a value, a path…). The function for a
 * field's translation kind, when given, is used instead of the one for its shape; `other` takes every shape
 * without its own function (numbers, enums, tuples…). Visitors are best made once, outside the function that walks.
 */
export type SchemaVisitor<R, A extends unknown[] = []> = { [K in Translation]?: (node: SchemaNode, ...args: A) => R } & {
  string?: (node: SchemaNode, ...args: A) => R;
  object?: (node: ObjectNode, ...args: A) => R;
  array?: (node: ArrayNode, ...args: A) => R;
  union?: (node: UnionNode, ...args: A) => R;
  record?: (node: RecordNode, ...args: A) => R;
  other: (node: SchemaNode, ...args: A) => R;
};

const nodes = new WeakMap<z.ZodType, SchemaNode>();

/** A schema's node: unwrapped, its metadata read (once per schema: schemas never change). */
export function nodeOf(schema: z.ZodType): SchemaNode {
  const known = nodes.get(schema);
  if (known) return known;
  const kinds = [translationOf(schema)];
  let inner = schema;
  for (let def = defOf(inner); WRAPPERS.includes(def.type); def = defOf(inner)) {
    inner = def.innerType as z.ZodType;
    kinds.push(translationOf(inner));
  }
  const found = kinds.find((k) => k.kind);
  const match = kinds.find((k) => k.match)?.match;
  const def = defOf(inner);
  const hasId = def.type === 'object' && 'id' in (def.shape as object);
  const base = { schema, inner, kind: found?.kind, label: found?.label, match, cyrillic: kinds.some((k) => k.cyrillic), hasId, listKeys: hasId ? ['id'] : match };
  let node: SchemaNode;
  switch (def.type) {
    case 'string':
      node = { ...base, type: 'string' };
      break;
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      node = { ...base, type: 'object', shape, fields: Object.entries(shape).map(([key, field]) => ({ ...nodeOf(field), key })) } as ObjectNode;
      break;
    }
    case 'array':
      node = { ...base, type: 'array', element: def.element } as ArrayNode;
      break;
    case 'union':
      node = { ...base, type: 'union', options: def.options } as UnionNode;
      break;
    case 'record':
      node = { ...base, type: 'record', value: def.valueType } as RecordNode;
      break;
    default:
      node = { ...base, type: 'other' };
  }
  nodes.set(schema, node);
  return node;
}

/** Hands a schema to the visitor's function for its translation kind or its shape, with the walk's arguments. */
export function walk<R, A extends unknown[] = []>(schema: z.ZodType, visitor: SchemaVisitor<R, A>, ...args: A): R {
  const node = nodeOf(schema);
  const byKind = node.kind && visitor[node.kind];
  if (byKind) return byKind(node, ...args);
  const byShape = (visitor[node.type] ?? visitor.other) as (node: SchemaNode, ...args: A) => R;
  return byShape(node, ...args);
}

/** The option of a union that a value is valid for, if any. */
export const optionFor = (options: z.ZodType[], value: unknown) => options.find((o) => o.safeParse(value).success);
