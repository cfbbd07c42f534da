/**
 * Turns parse errors and schema issues into problems a journalist can act on:
 * the file, the place inside it, the line, what is wrong and what is expected, in plain words.
 */
import { findNodeAtLocation, getNodePath, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';

export type PathPart = string | number;

export interface Problem {
  file: string;
  path: PathPart[];
  message: string;
  /** The path in words, with array items named by their id; filled in by validate. */
  where?: string;
  line?: number;
  column?: number;
}

export interface ParsedJson {
  value: unknown;
  tree: Node | undefined;
  text: string;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const PARSE_HINTS: Record<string, string> = {
  CommaExpected: 'a comma is missing between two items, or there is one bracket too many',
  PropertyNameExpected: 'a field name in "double quotes" was expected (is there a comma after the last item?)',
  ValueExpected: 'a value was expected (is there a comma after the last item, or a missing value?)',
  ColonExpected: 'a colon ":" is missing after a field name',
  CloseBraceExpected: 'a closing "}" is missing',
  CloseBracketExpected: 'a closing "]" is missing',
  EndOfFileExpected: 'there is text after the end of the data (an extra bracket?)',
  InvalidSymbol: 'there is a character JSON does not allow here (text must be in "double quotes")',
  UnexpectedEndOfString: 'a text is not closed with a double quote "',
  InvalidCommentToken: 'JSON files cannot contain comments',
};

/**
 * Where a text in "double quotes" runs over a line break: the offset of its opening quote, or -1. Editors show
 * the quote closed on the next line, so the parser's "not closed" would mislead.
 */
function textOverLineBreak(text: string, before: number): number {
  let start = -1;
  for (let i = 0; i < text.length && i <= before; i++) {
    const ch = text[i];
    if (start < 0) {
      if (ch === '"') start = i;
    } else if (ch === '\\') i++;
    else if (ch === '"') start = -1;
    else if (ch === '\n' || ch === '\r') return start;
  }
  return -1;
}

/** Every key written twice in one object: the second silently wins, so a title pasted above the old one never shows. */
function duplicateKeys(file: string, text: string, node: Node | undefined): Problem[] {
  if (!node) return [];
  const problems: Problem[] = [];
  if (node.type === 'object') {
    const seen = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      const first = seen.get(String(key.value));
      if (first) {
        const [a, b] = [lineColumn(text, first.offset).line, lineColumn(text, key.offset)];
        problems.push({
          file,
          path: getNodePath(node),
          ...b,
          message: `has "${key.value}" twice (lines ${a} and ${b.line}): only the one on line ${b.line} would be published. Keep one and delete the other`,
        });
      } else seen.set(String(key.value), key);
    }
  }
  for (const child of node.children ?? []) problems.push(...duplicateKeys(file, text, child));
  return problems;
}

/**
 * Strict JSON parse (no comments, no trailing commas) that reports the first error with line and column. A
 * byte-order mark (Notepad, Excel) is read past: it is invisible, and the file is never rewritten.
 */
export function parseJson(file: string, withMark: string): { parsed?: ParsedJson; problems: Problem[] } {
  const text = withMark.charCodeAt(0) === 0xfeff ? withMark.slice(1) : withMark;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length === 0) {
    try {
      return { parsed: { value: JSON.parse(text), tree, text }, problems: duplicateKeys(file, text, tree) };
    } catch (e) {
      return { problems: [{ file, path: [], message: `is not valid JSON: ${(e as Error).message}` }] };
    }
  }
  // Only the first syntax error: the ones after it are nearly always echoes of the first.
  const broken = textOverLineBreak(text, errors[0].offset + errors[0].length);
  if (broken >= 0) {
    const words = text.slice(broken + 1).split(/[\r\n]/)[0];
    return {
      problems: [
        {
          file,
          path: [],
          ...lineColumn(text, broken),
          message: `is not valid JSON: a text runs over two lines ("${words.slice(0, 40)}…"). A text cannot hold a line break: join it into one line`,
        },
      ],
    };
  }
  return {
    problems: errors.slice(0, 1).map((err) => {
      const code = printParseErrorCode(err.error);
      return {
        file,
        path: [],
        ...lineColumn(text, err.offset),
        message: `is not valid JSON: ${PARSE_HINTS[code] ?? code}`,
      };
    }),
  };
}

/** Where a path points in the file, or the nearest existing parent (for a missing field). */
export function locate(parsed: ParsedJson, path: PathPart[]): { line: number; column: number } | undefined {
  if (!parsed.tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(parsed.tree, path.slice(0, n));
    if (node) {
      const offset = node.parent?.type === 'property' && n > 0 ? node.parent.offset : node.offset;
      return lineColumn(parsed.text, offset);
    }
  }
  return undefined;
}

export function valueAt(root: unknown, path: PathPart[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathPart, unknown>)[p];
  }
  return v;
}

/** "projects › [3] “pupin-bridge” › location": array items are named by their id when they have one. */
export function describePath(root: unknown, path: PathPart[]): string {
  return path
    .map((part, i) => {
      if (typeof part !== 'number') return part;
      const item = valueAt(root, path.slice(0, i + 1));
      const itemId = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      return typeof itemId === 'string' || typeof itemId === 'number' ? `[${part}] “${itemId}”` : `[${part}]`;
    })
    .join(' › ');
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list (${JSON.stringify(v).slice(0, 40)})`;
  if (typeof v === 'string') return `text (${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)})`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return 'an object { … }';
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text in "double quotes"',
  number: 'a number (without quotes)',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [square brackets]',
  object: 'an object in {curly braces}',
  tuple: 'a pair [longitude, latitude]',
  null: 'null',
};

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = levenshtein(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const expand = (n: unknown): unknown[] => {
  const s = n as Record<string, unknown>;
  const alts = [...((s.anyOf as unknown[]) ?? []), ...((s.oneOf as unknown[]) ?? [])];
  return alts.length ? alts.flatMap(expand) : [n];
};

/** The JSON Schema nodes that describe the value at a path (several where a union allows several forms). */
function schemaNodesAt(jsonSchema: unknown, path: PathPart[]): unknown[] {
  let nodes: unknown[] = [jsonSchema];
  for (const part of path) {
    nodes = nodes.flatMap(expand).flatMap((n) => {
      const s = n as Record<string, unknown>;
      if (typeof part === 'number') return s.items ? [s.items] : [];
      const props = s.properties as Record<string, unknown> | undefined;
      return props?.[part] ? [props[part]] : [];
    });
  }
  return nodes.flatMap(expand);
}

/** Whether the schema lets the value at a path be null (a field such as a project's "controversy"). */
export function acceptsNull(jsonSchema: unknown, path: PathPart[]): boolean {
  return schemaNodesAt(jsonSchema, path).some((n) => (n as { type?: unknown }).type === 'null');
}

/** The field names a JSON Schema allows at a path (for "did you mean" hints). */
export function allowedKeysAt(jsonSchema: unknown, path: PathPart[]): string[] {
  let nodes: unknown[] = [jsonSchema];
  for (const part of path) {
    nodes = nodes.flatMap(expand).flatMap((n) => {
      const s = n as Record<string, unknown>;
      if (typeof part === 'number') return s.items ? [s.items] : [];
      const props = s.properties as Record<string, unknown> | undefined;
      return props?.[part] ? [props[part]] : [];
    });
  }
  const keys = new Set<string>();
  for (const n of nodes.flatMap(expand)) {
    for (const k of Object.keys(((n as Record<string, unknown>).properties as object) ?? {})) keys.add(k);
  }
  return [...keys];
}

/** One schema issue in plain words. */
export function issueToProblems(
  file: string,
  issue: z.core.$ZodIssue,
  root: unknown,
  jsonSchema: unknown,
): Problem[] {
  const path = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
  const value = valueAt(root, path);
  const field = path.at(-1);
  const base = { file, path };
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      const orNull = acceptsNull(jsonSchema, path) ? ', or null when there is none' : '';
      if (value === undefined)
        return [{ ...base, message: `the field "${field}" is missing: it needs ${expected}${orNull}` }];
      return [{ ...base, message: `should be ${expected}${orNull}, not ${describeValue(value)}` }];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(jsonSchema, path).filter((k) => k !== '$schema');
      return issue.keys.map((key) => {
        const guess = closest(key, allowed);
        const hint = guess ? `Did you mean "${guess}"?` : `The fields allowed here are: ${allowed.join(', ')}.`;
        return { file, path: [...path, key], message: `unknown field "${key}": no field of that name is allowed here. ${hint}` };
      });
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      if (value === undefined)
        return [{ ...base, message: `the field "${field}" is missing: use one of ${options.join(', ')}` }];
      const guess = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      return [
        {
          ...base,
          message:
            `${describeValue(value)} is not allowed here; use one of: ${options.join(', ')}` +
            (guess ? `. Did you mean "${guess}"?` : ''),
        },
      ];
    }
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map((o) => JSON.stringify(o)) : [];
      if (options.length)
        return [{ ...base, message: `${describeValue(value)} is not allowed here; use one of: ${options.join(', ')}` }];
      return [{ ...base, message: `${describeValue(value)} does not match any allowed form` }];
    }
    case 'too_small': {
      if (issue.message && !issue.message.startsWith('Too small')) return [{ ...base, message: issue.message }];
      if (issue.origin === 'array') return [{ ...base, message: `needs at least ${issue.minimum} item(s)` }];
      if (issue.origin === 'string') return [{ ...base, message: 'is empty: write some text here' }];
      return [{ ...base, message: `must be at least ${issue.minimum}, not ${describeValue(value)}` }];
    }
    case 'too_big': {
      if (issue.origin === 'array') return [{ ...base, message: `has more than ${issue.maximum} item(s)` }];
      return [{ ...base, message: `must be at most ${issue.maximum}, not ${describeValue(value)}` }];
    }
    default:
      return [{ ...base, message: issue.message }];
  }
}

export function formatProblem(p: Problem): string {
  const where = p.where ?? p.path.join(' › ');
  const place = [p.file, ...(where ? [where] : [])].join(' › ');
  const at = p.line ? ` (line ${p.line}, column ${p.column})` : '';
  return `${place}${at}\n    ${p.message}`;
}
