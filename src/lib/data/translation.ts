/**
 * Translations of the data files (data/sr/<file>.json): the same shape as the English file, restricted to
 * its texts. Lists of items with an id are matched by id, items with matching fields by those, other lists by place. Language-neutral fields (ids,
 * dates, numbers, coordinates, web addresses, names as published) are written once, in the English file.
 *
 * From each English schema this module derives the translation's schema (for validation and for the editor's
 * JSON Schema), and merges a translation over the English data for an edition: each text in the reader's
 * language, transformed for its script; where a text is missing, the English one, marked as English
 * (fallback.ts), with a warning. A translation that states other figures than its English text is an error.
 */
import { z } from 'zod';
import { markEnglish, plain, whollyEnglish } from '../i18n/fallback.ts';
import { closest, type PathPart, type Problem } from './problems.ts';
import { foreignWords, mixedScriptNames } from '../i18n/scripts.ts';
import { ENGLISH } from '../i18n/editions.ts';
import { nodeOf, optionFor, walk, type ObjectNode, type SchemaNode, type SchemaVisitor } from './walk.ts';

/** An item's key as readers of a warning know it: "2025 USD", "2023-06". */
export function describeKey(item: Record<string, unknown>, keys: string[]): string {
  return keys.map((k) => String(item[k])).join(' ');
}

const keyOf = (item: unknown, keys: string[]) => JSON.stringify(keys.map((k) => (item as Record<string, unknown> | null)?.[k] ?? null));

/**
 * The schema of a translation: every translatable text optional, lists of id'd items keep their id, everything
 * language-neutral left out. Null when nothing under the schema is translated.
 */
export function translationSchema(schema: z.ZodType): z.ZodType | null {
  return walk(schema, translating);
}

const translating: SchemaVisitor<z.ZodType | null> = {
  neutral: () => null,
  'per-language': (n) => n.inner,
  key: (n) => n.inner,
  name: (n) => n.inner,
  string: (n) => n.inner,
  object: translatedObject,
  array: ({ element }) => {
    const translated = translationSchema(element);
    return translated ? z.array(translated) : null;
  },
  union: ({ options }) => {
    const translated = options.map(translationSchema).filter((o): o is z.ZodType => o !== null);
    if (!translated.length) return null;
    return translated.length === 1 ? translated[0] : z.union(translated as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  },
  record: ({ value }) => {
    const translated = translationSchema(value);
    return translated ? z.record(z.string(), translated) : null;
  },
  other: () => null,
};

function translatedObject(n: ObjectNode): z.ZodType | null {
  const shape: Record<string, z.ZodType> = {};
  for (const field of n.fields) {
    if (field.key === '$schema') {
      shape.$schema = z.string().optional();
      continue;
    }
    const translated = translationSchema(field.schema);
    if (translated) shape[field.key] = translated.optional();
  }
  if (!Object.keys(shape).some((k) => k !== '$schema')) return null;
  const match = n.match ?? [];
  if (n.hasId) shape.id = z.string().meta({ description: 'The id of the English item this translates.' });
  else
    for (const key of match) {
      const field = nodeOf(n.shape[key]);
      shape[key] = field.inner.meta({ description: `The ${key} of the English item this translates, as written there.` });
      // A key readers see translated (a partner's name): the item repeats it in English and translates it beside.
      if (field.kind === 'key' && field.label) shape[field.label] = field.inner.meta({ description: `The ${key} in this language.` }).optional();
    }
  // The matching fields first, as the translator writes them.
  const labels = match.map((key) => nodeOf(n.shape[key]).label).filter((l): l is string => !!l);
  const order = ['$schema', 'id', ...match, ...labels].filter((k) => k in shape);
  return z.object(Object.fromEntries([...order.map((k) => [k, shape[k]]), ...Object.entries(shape).filter(([k]) => !order.includes(k))])).strict();
}

/** How a language groups thousands, from its locale: "," in English, "." in Serbian. */
const thousands = new Map<string, string | undefined>();
function thousandsOf(locale: string) {
  if (!thousands.has(locale)) thousands.set(locale, new Intl.NumberFormat(locale).formatToParts(12345.6).find((p) => p.type === 'group')?.value);
  return thousands.get(locale);
}

/** The numbers a text states, as values: "3,730.9" (English, "en") and "3.730,9" (Serbian, "sr") are both 3730.9. */
export function numbersIn(text: string, locale: string): number[] {
  // Link addresses and {placeholders} are not figures of the text.
  const words = text.replace(/\]\([^)]*\)/g, ']').replace(/\{[a-zA-Z]\w*\}/g, ' ');
  const group = thousandsOf(locale);
  const numbers: number[] = [];
  for (const m of words.matchAll(/\d+(?:[.,]\d+)*/g)) {
    // The language's decimal mark is always a decimal mark; its thousands separator groups three digits, and
    // anywhere else it is read as a point, as in a version written the international way ("Version 3.0").
    let digits = '';
    for (const piece of m[0].split(/(?=[.,])/)) {
      const mark = piece[0];
      if (mark !== '.' && mark !== ',') digits += piece;
      else if (mark === group && /^\d{3}$/.test(piece.slice(1))) digits += piece.slice(1);
      else digits += `.${piece.slice(1)}`;
    }
    numbers.push(Number(digits.replace(/\.(?=.*\.)/g, '')));
  }
  return numbers.sort((a, b) => a - b);
}

export interface OverlayContext {
  /** The translation's file name, e.g. "sr/timeline.json": where its problems are. */
  file: string;
  /** The English file it translates, for messages. */
  englishFile: string;
  /** The translation's language as messages name it ("Serbian"), and its locale, whose number style it writes. */
  language: string;
  locale: string;
  /** Whether an edition transliterates it into Cyrillic: then it must be written in Latin, and read well in Cyrillic too. */
  transliterated: boolean;
  /** The translation's text as the edition shows it (e.g. in Cyrillic). */
  script: (text: string) => string;
  problems: Problem[];
  warnings: Problem[];
  /** False on a second pass for another script: report nothing twice. */
  report: boolean;
  /** What the translator accepted (data/sr/accepted/<file>), to find stale translations. */
  accepted?: Accepted;
  /** Filled with every translated text, by address (for the accept command and the report). */
  seen?: Map<string, { english: string; serbian: string; path: PathPart[] }>;
  /** Filled with every stale translation. */
  stale?: StaleText[];
  /** Filled with every English text shown for want of a translation. */
  missing?: { path: PathPart[]; english: string }[];
}

export interface StaleText {
  address: string;
  path: PathPart[];
  before: string;
  after: string;
  serbian: string;
}

/** The visitor's functions for fields written once for every language, each giving `result`. */
const asWritten = <R, A extends unknown[]>(result: (n: SchemaNode, ...args: A) => R) => ({ neutral: result, 'per-language': result, name: result });

/** Whether a value holds any text a translation would translate (a source without a note holds none). */
function hasText(schema: z.ZodType, en: unknown): boolean {
  return en !== undefined && en !== null && walk(schema, textFinder, en);
}

const textFinder: SchemaVisitor<boolean, [unknown]> = {
  ...asWritten(() => false),
  key: () => true,
  plural: () => true,
  string: (_, en) => typeof en === 'string',
  object: (n, en) => n.fields.some((f) => f.key !== '$schema' && hasText(f.schema, (en as Record<string, unknown>)[f.key])),
  array: ({ element }, en) => (en as unknown[]).some((item) => hasText(element, item)),
  union: ({ options }, en) => {
    const option = optionFor(options, en);
    return option ? hasText(option, en) : false;
  },
  record: ({ value }, en) => Object.values(en as object).some((v) => hasText(value, v)),
  other: () => false,
};

/** Every translatable text under a value, as English marked English: a part the translation lacks. */
function fallbackAll(schema: z.ZodType, en: unknown): unknown {
  return en === undefined || en === null ? en : walk(schema, fallingBack, en);
}

const fallingBack: SchemaVisitor<unknown, [unknown]> = {
  ...asWritten((_, en) => en),
  key: (_, en) => en,
  string: (_, en) => (typeof en === 'string' ? markEnglish(en) : en),
  object: (n, en) => {
    const out: Record<string, unknown> = { ...(en as object) };
    for (const f of n.fields) {
      if (!(f.key in out)) continue;
      if (f.kind === 'key' && f.label) out[f.label] = markEnglish(String(out[f.key]));
      else out[f.key] = fallbackAll(f.schema, out[f.key]);
    }
    return out;
  },
  array: ({ element }, en) => (en as unknown[]).map((item) => fallbackAll(element, item)),
  union: ({ options }, en) => {
    const option = optionFor(options, en);
    return option ? fallbackAll(option, en) : en;
  },
  record: ({ value }, en) => Object.fromEntries(Object.entries(en as object).map(([k, v]) => [k, fallbackAll(value, v)])),
  other: (_, en) => en,
};

/** Every English text a value shows for want of a translation (marked by fallbackAll). */
export function englishTexts(value: unknown): string[] {
  if (typeof value === 'string') return whollyEnglish(value) ? [plain(value)] : [];
  if (Array.isArray(value)) return value.flatMap(englishTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(englishTexts);
  return [];
}

function noteMissing<T>(value: T, path: PathPart[], ctx: OverlayContext): T {
  if (ctx.report) ctx.missing?.push(...englishTexts(value).map((english) => ({ path, english })));
  return value;
}

/** A short fingerprint of an English text (FNV-1a, 8 hex digits): what a translation was made from. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** What a translator accepted: for each translated text (by its address), the English it was made from. */
export type Accepted = Record<string, { fingerprint: string; english: string }>;

/** A text's address in its file, by ids and keys rather than places: "events › 2024-05-08-xi-visit › title". */
export const addressOf = (address: string[]) => address.join(' › ');

/** Records the translated text, and warns when its English changed since the translation was accepted. */
function checkAccepted(en: string, sr: string, path: PathPart[], address: string[], ctx: OverlayContext) {
  const key = addressOf(address);
  ctx.seen?.set(key, { english: en, serbian: sr, path });
  const record = ctx.accepted?.[key];
  if (!record || record.fingerprint === fingerprint(en)) return;
  ctx.stale?.push({ address: key, path, before: record.english, after: en, serbian: sr });
  ctx.warnings.push({
    file: ctx.file,
    path,
    message:
      `may be stale: its English in ${ctx.englishFile} changed since this translation was accepted.\n` +
      `      English then: ${JSON.stringify(record.english)}\n      English now:  ${JSON.stringify(en)}\n` +
      `    Update the ${ctx.language} if the meaning changed, then run: npm run translations -- --accept ${ctx.file}`,
  });
}

const describeNumbers = (ns: number[]) => (ns.length ? ns.join(', ') : 'none');

/**
 * The English value with the translation laid over it. `path` is where the translation's value is in its own
 * file (ids make its list indexes differ from the English ones).
 */
export function overlay(schema: z.ZodType, en: unknown, sr: unknown, path: PathPart[], ctx: OverlayContext, address: string[] = []): unknown {
  if (en === undefined) return undefined;
  if (en === null) return en;
  if (sr === undefined) {
    if (!hasText(schema, en)) return en;
    if (ctx.report)
      ctx.warnings.push({
        file: ctx.file,
        path,
        message: `is not translated: the ${ctx.language} editions show the English ${path.length ? `"${String(path.at(-1))}"` : 'text'}, marked as English`,
      });
    return noteMissing(fallbackAll(schema, en), path, ctx);
  }
  return walk(schema, overlaying, en, sr, path, ctx, address);
}

type OverlayArgs = [en: unknown, sr: unknown, path: PathPart[], ctx: OverlayContext, address: string[]];
const overlaying: SchemaVisitor<unknown, OverlayArgs> = {
  neutral: (_, en) => en,
  'per-language': (_, en, sr) => sr ?? en,
  plural: (n, en, sr, path, ctx) => overlayPlural(n.inner, en, sr, path, ctx),
  string: (n, en, sr, path, ctx, address) => overlayText(n.inner, n.cyrillic, en, sr, path, ctx, address),
  object: overlayObject,
  array: ({ element }, en, sr, path, ctx, address) => overlayList(element, en as unknown[], sr as unknown[], path, ctx, address),
  union: ({ options }, en, sr, path, ctx, address) => overlay(optionFor(options, en) ?? options[0], en, sr, path, ctx, address),
  record: ({ value }, en, sr, path, ctx, address) => {
    const out: Record<string, unknown> = { ...(en as object) };
    for (const [key, v] of Object.entries(sr as object))
      out[key] = overlay(value, (en as Record<string, unknown>)[key] ?? v, v, [...path, key], ctx, [...address, key]);
    for (const key of Object.keys(en as object))
      if (!(key in (sr as object))) out[key] = overlay(value, (en as Record<string, unknown>)[key], undefined, [...path, key], ctx, [...address, key]);
    return out;
  },
  other: (_, en) => en,
};

/** A text's translation, checked (figures, script, staleness) when reporting, in the edition's script. */
function overlayText(schema: z.ZodType, cyrillic: boolean, en: unknown, sr: unknown, path: PathPart[], ctx: OverlayContext, address: string[]): unknown {
  if (typeof en !== 'string' || typeof sr !== 'string') return en;
  if (ctx.report) {
    const check = schema.safeParse(sr);
    if (!check.success) for (const issue of check.error.issues) ctx.problems.push({ file: ctx.file, path, message: issue.message });
    const [a, b] = [numbersIn(en, ENGLISH.lang), numbersIn(sr, ctx.locale)];
    if (a.join('|') !== b.join('|'))
      ctx.problems.push({
        file: ctx.file,
        path,
        message:
          `states other figures than its English text in ${ctx.englishFile} (${ctx.language}: ${describeNumbers(b)}; English: ${describeNumbers(a)}). ` +
          `A translation keeps every figure: write them in ${ctx.language} style (${new Intl.NumberFormat(ctx.locale).format(3730.9)}). English: ${JSON.stringify(en)}`,
      });
    checkAccepted(en, sr, path, address, ctx);
    if (ctx.transliterated) checkTransliterable(sr, cyrillic, path, ctx);
  }
  return ctx.script(sr);
}

/** A text an edition transliterates: typed in Latin, and nothing that would read as nonsense in Cyrillic. */
function checkTransliterable(sr: string, cyrillic: boolean, path: PathPart[], ctx: OverlayContext) {
  if (!cyrillic && /[\u0400-\u04ff]/.test(sr))
    ctx.problems.push({
      file: ctx.file,
      path,
      message:
        `is written in Cyrillic (${JSON.stringify(sr.length > 60 ? sr.slice(0, 60) + '…' : sr)}): write ${ctx.language} in Latin script here; ` +
        'the Cyrillic edition is made from the Latin text automatically, and the Latin edition would print this Cyrillic',
    });
  for (const { word, cyrillic: printed } of foreignWords(sr))
    ctx.warnings.push({
      file: ctx.file,
      path,
      message:
        `would print "${word}" as "${printed}" in the Cyrillic edition (a foreign word or name, spelled as Serbian never is): ` +
        `write {{latin:${word}}} to keep it in Latin, or, for a name that recurs, add it to KEEP_LATIN in src/lib/i18n/transliterate.ts`,
    });
  for (const name of mixedScriptNames(sr))
    ctx.warnings.push({
      file: ctx.file,
      path,
      message: `would print "${name}" half in Latin, half in Cyrillic in the Cyrillic edition: to keep a foreign name in Latin, write {{latin:${name}}} (the whole name)`,
    });
}

/** An object's fields, each translated; a key's translation goes beside it, under its label. */
function overlayObject(n: ObjectNode, en: unknown, sr: unknown, path: PathPart[], ctx: OverlayContext, address: string[]): unknown {
  const out: Record<string, unknown> = { ...(en as object) };
  const srObject = sr as Record<string, unknown>;
  for (const k of n.fields) {
    const key = k.key;
    if (key === '$schema' || !(key in out)) continue;
    if (k.kind === 'key' && k.label) {
      // The English value stays the key that states refer to; readers see the translation beside it. An item
      // matched by this key repeats it in English and gives the translation under the label's name.
      const at = n.match?.includes(key) ? k.label : key;
      const translation = typeof srObject[at] === 'string' ? srObject[at] : undefined;
      out[k.label] = overlay(k.inner, out[key], translation, [...path, at], ctx, [...address, key]);
      continue;
    }
    out[key] = overlay(k.schema, out[key], srObject[key], [...path, key], ctx, [...address, key]);
  }
  if (ctx.report)
    for (const key of Object.keys(srObject))
      if (key !== '$schema' && key !== 'id' && !(key in out) && key in n.shape)
        ctx.problems.push({
          file: ctx.file,
          path: [...path, key],
          message: `translates a field that the English item in ${ctx.englishFile} does not have: translate only what the English says`,
        });
  return out;
}

/**
 * Words with plural forms: each language has its own categories (Serbian adds "few"), so the translation's
 * forms replace the English ones whole, each checked like a text.
 */
function overlayPlural(schema: z.ZodType, en: unknown, sr: unknown, path: PathPart[], ctx: OverlayContext): unknown {
  if (ctx.report) {
    const check = schema.safeParse(sr);
    if (!check.success) for (const issue of check.error.issues) ctx.problems.push({ file: ctx.file, path: [...path, ...issue.path.filter((p): p is PathPart => typeof p !== 'symbol')], message: issue.message });
  }
  if (typeof sr === 'string') return ctx.script(sr);
  if (!sr || typeof sr !== 'object') return en;
  return Object.fromEntries(Object.entries(sr as Record<string, string>).map(([form, text]) => [form, ctx.script(text)]));
}

/**
 * What a translator adds for an English item: its id or matching fields, and each of its texts in English, to be
 * translated. Undefined when the value holds no text.
 */
export function entryToAdd(schema: z.ZodType, en: unknown): unknown {
  return en === undefined || en === null ? undefined : walk(schema, adding, en);
}

const adding: SchemaVisitor<unknown, [unknown]> = {
  ...asWritten(() => undefined),
  key: (_, en) => en,
  plural: (_, en) => en,
  string: (_, en) => (typeof en === 'string' ? en : undefined),
  object: (n, en) => {
    const item = en as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const keys = n.listKeys ?? [];
    let texts = 0;
    for (const key of keys) {
      out[key] = item[key];
      const label = nodeOf(n.shape[key]).label;
      if (label && key !== 'id') {
        out[label] = item[key];
        texts++;
      }
    }
    for (const field of n.fields) {
      if (field.key === '$schema' || keys.includes(field.key)) continue;
      const value = entryToAdd(field.schema, item[field.key]);
      if (value !== undefined) {
        out[field.key] = value;
        texts++;
      }
    }
    return texts ? out : undefined;
  },
  array: ({ element }, en) => {
    const items = (en as unknown[]).map((item) => entryToAdd(element, item));
    // Items matched by place keep their place with an empty object; the others are named by their key.
    const list = nodeOf(element).listKeys ? items.filter((i) => i !== undefined) : items.map((i) => i ?? {});
    return list.some((i) => i !== undefined && JSON.stringify(i) !== '{}') ? list : undefined;
  },
  union: ({ options }, en) => {
    const option = optionFor(options, en);
    return option ? entryToAdd(option, en) : undefined;
  },
  record: ({ value }, en) => {
    const kept = Object.entries(en as object)
      .map(([k, v]) => [k, entryToAdd(value, v)] as const)
      .filter(([, v]) => v !== undefined);
    return kept.length ? Object.fromEntries(kept) : undefined;
  },
  other: () => undefined,
};

function overlayList(element: z.ZodType, en: unknown[], sr: unknown[], path: PathPart[], ctx: OverlayContext, address: string[]): unknown[] {
  const keys = nodeOf(element).listKeys;
  if (keys) {
    const keyed = keys[0] === 'id' && keys.length === 1;
    const english = new Map<string, number>();
    en.forEach((item) => english.set(keyOf(item, keys), (english.get(keyOf(item, keys)) ?? 0) + 1));
    const translated = new Set(sr.map((item) => keyOf(item, keys)));
    // Translated items waiting for their English one, in order (two English items may share a key).
    const waiting = new Map<string, { item: Record<string, unknown>; index: number }[]>();
    const name = (item: unknown) => (keyed ? `"${String((item as { id?: unknown }).id)}"` : describeKey(item as Record<string, unknown>, keys));
    sr.forEach((item, index) => {
      const key = keyOf(item, keys);
      const queue = waiting.get(key) ?? [];
      if (ctx.report && !english.has(key)) {
        // An id close to one the translation lacks is probably a typo of it; otherwise the English was removed.
        const id = String((item as { id?: unknown }).id);
        const untranslated = en.map((e) => String((e as { id?: unknown }).id)).filter((e) => !translated.has(keyOf({ id: e }, keys)));
        const guess = keyed ? closest(id, untranslated) : undefined;
        if (guess)
          ctx.problems.push({
            file: ctx.file,
            path: [...path, index, 'id'],
            message: `"${id}" is not an id in ${ctx.englishFile}. Did you mean "${guess}"? (It has no translation.)`,
          });
        else
          ctx.warnings.push({
            file: ctx.file,
            path: [...path, index],
            message: `translates ${name(item)}, which ${ctx.englishFile} no longer has: nothing shows it. If it was removed or corrected in English on purpose, delete this item from ${ctx.file}`,
          });
      } else if (ctx.report && queue.length >= (english.get(key) ?? 0))
        ctx.problems.push({ file: ctx.file, path: [...path, index, ...(keyed ? ['id'] : [])], message: `${name(item)} is translated twice: item [${queue[0].index}] has it too` });
      queue.push({ item: item as Record<string, unknown>, index });
      waiting.set(key, queue);
    });
    return en.map((item) => {
      const match = waiting.get(keyOf(item, keys))?.shift();
      if (!match) {
        if (ctx.report && hasText(element, item))
          ctx.warnings.push({
            file: ctx.file,
            path,
            message:
              `has no translation of ${name(item)}: the ${ctx.language} editions show it in English, marked as English. ` +
              `Add this item to the list in ${ctx.file}, with its texts in ${ctx.language}: ${JSON.stringify(entryToAdd(element, item))}`,
          });
        return noteMissing(fallbackAll(element, item), path, ctx);
      }
      return overlay(element, item, match.item, [...path, match.index], ctx, [...address, keyed ? String((item as { id: unknown }).id) : describeKey(item as Record<string, unknown>, keys)]);
    });
  }
  // Matched by place: a list of another length cannot be matched safely, so it is shown in English.
  if (sr.length !== en.length) {
    if (ctx.report)
      ctx.warnings.push({
        file: ctx.file,
        path,
        message:
          `has ${sr.length} item(s) where the English in ${ctx.englishFile} has ${en.length}: items are matched by their place, ` +
          `so the ${ctx.language} editions show this list in English, marked as English, until the two match`,
      });
    return en.map((item) => noteMissing(fallbackAll(element, item), path, ctx));
  }
  return en.map((item, i) => overlay(element, item, sr[i], [...path, i], ctx, [...address, String(i)]));
}
