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

/**
 * What a walk does with each kind of field. The function for a field's translation kind, when given, is used
 * instead of the one for its shape; `other` takes every shape without its own function (numbers, enums, tuples…).
 */
export type SchemaVisitor<R> = { [K in Translation]?: (node: SchemaNode) => R } & {
  string?: (node: SchemaNode) => R;
  object?: (node: ObjectNode) => R;
  array?: (node: SchemaNode, element: z.ZodType) => R;
  union?: (node: SchemaNode, options: z.ZodType[]) => R;
  record?: (node: SchemaNode, value: z.ZodType) => R;
  other: (node: SchemaNode) => R;
};

const nodes = new WeakMap<z.ZodType, SchemaNode>();

/** A schema's node: unwrapped, its metadata read (once per schema: schemas never change). */
export function nodeOf(schema: z.ZodType): SchemaNode {
  let node = nodes.get(schema);
  if (node) return node;
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
  node = { schema, inner, kind: found?.kind, label: found?.label, match, cyrillic: kinds.some((k) => k.cyrillic), hasId, listKeys: hasId ? ['id'] : match };
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.ZodType>;
    const fields = Object.entries(shape).map(([key, field]) => ({ ...nodeOf(field), key }));
    node = { ...node, shape, fields } as ObjectNode;
  }
  nodes.set(schema, node);
  return node;
}

/** Hands a schema to the visitor's function for its translation kind or its shape. */
export function walk<R>(schema: z.ZodType, visitor: SchemaVisitor<R>): R {
  const node = nodeOf(schema);
  const byKind = node.kind && visitor[node.kind];
  if (byKind) return byKind(node);
  const def = defOf(node.inner);
  switch (def.type) {
    case 'string':
      return (visitor.string ?? visitor.other)(node);
    case 'object':
      return (visitor.object ?? visitor.other)(node as ObjectNode);
    case 'array':
      return visitor.array ? visitor.array(node, def.element as z.ZodType) : visitor.other(node);
    case 'union':
      return visitor.union ? visitor.union(node, def.options as z.ZodType[]) : visitor.other(node);
    case 'record':
      return visitor.record ? visitor.record(node, def.valueType as z.ZodType) : visitor.other(node);
    default:
      return visitor.other(node);
  }
}

/** The option of a union that a value is valid for, if any. */
export const optionFor = (options: z.ZodType[], value: unknown) => options.find((o) => o.safeParse(value).success);
