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
import { translationOf } from './schema-parts.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Optional and nullable wrappers, and their inner schema: what a field is. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; kinds: ReturnType<typeof translationOf>[] } {
  const kinds = [translationOf(schema)];
  let inner = schema;
  for (let def = defOf(inner); def.type === 'optional' || def.type === 'nullable'; def = defOf(inner)) {
    inner = def.innerType as z.ZodType;
    kinds.push(translationOf(inner));
  }
  return { inner, kinds };
}

function kindOf(schema: z.ZodType) {
  const { inner, kinds } = unwrap(schema);
  const found = kinds.find((k) => k.kind);
  return { inner, kind: found?.kind, label: found?.label, match: kinds.find((k) => k.match)?.match, cyrillic: kinds.some((k) => k.cyrillic) };
}

/** The fields that match a list item to its translation (matchedBy in schema-parts.ts), if it has no id. */
export function matchKeysOf(element: z.ZodType): string[] | undefined {
  return hasId(element) ? undefined : kindOf(element).match;
}

/** An item's key as readers of a warning know it: "2025 USD", "2023-06". */
export function describeKey(item: Record<string, unknown>, keys: string[]): string {
  return keys.map((k) => String(item[k])).join(' ');
}

const keyOf = (item: unknown, keys: string[]) => JSON.stringify(keys.map((k) => (item as Record<string, unknown> | null)?.[k] ?? null));

const objectShape = (s: z.ZodType) => defOf(s).shape as Record<string, z.ZodType>;
/** Whether a list's items are objects with an id, matched by id rather than by place. */
function hasId(element: z.ZodType): boolean {
  const { inner } = kindOf(element);
  return defOf(inner).type === 'object' && 'id' in objectShape(inner);
}

/**
 * The schema of a translation: every translatable text optional, lists of id'd items keep their id, everything
 * language-neutral left out. Null when nothing under the schema is translated.
 */
export function translationSchema(schema: z.ZodType): z.ZodType | null {
  const { inner, kind, match } = kindOf(schema);
  if (kind === 'neutral') return null;
  if (kind === 'per-language' || kind === 'key' || kind === 'name') return inner;
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return inner;
    case 'object': {
      const shape: Record<string, z.ZodType> = {};
      for (const [key, field] of Object.entries(objectShape(inner))) {
        if (key === '$schema') {
          shape[key] = z.string().optional();
          continue;
        }
        const translated = translationSchema(field);
        if (translated) shape[key] = translated.optional();
      }
      if (!Object.keys(shape).some((k) => k !== '$schema')) return null;
      if ('id' in objectShape(inner)) shape.id = z.string().meta({ description: 'The id of the English item this translates.' });
      else
        for (const key of match ?? []) {
          const field = kindOf(objectShape(inner)[key]);
          shape[key] = field.inner.meta({ description: `The ${key} of the English item this translates, as written there.` });
          // A key readers see translated (a partner's name): the item repeats it in English and translates it beside.
          if (field.kind === 'key' && field.label) shape[field.label] = field.inner.meta({ description: `The ${key} in this language.` }).optional();
        }
      // The matching fields first, as the translator writes them.
      const labels = (match ?? []).map((key) => kindOf(objectShape(inner)[key]).label).filter((l): l is string => !!l);
      const order = ['$schema', 'id', ...(match ?? []), ...labels].filter((k) => k in shape);
      return z.object(Object.fromEntries([...order.map((k) => [k, shape[k]]), ...Object.entries(shape).filter(([k]) => !order.includes(k))])).strict();
    }
    case 'array': {
      const element = translationSchema(def.element as z.ZodType);
      return element ? z.array(element) : null;
    }
    case 'union': {
      const options = (def.options as z.ZodType[]).map(translationSchema).filter((o): o is z.ZodType => o !== null);
      if (!options.length) return null;
      return options.length === 1 ? options[0] : z.union(options as [z.ZodType, z.ZodType, ...z.ZodType[]]);
    }
    case 'record': {
      const value = translationSchema(def.valueType as z.ZodType);
      return value ? z.record(z.string(), value) : null;
    }
    default:
      return null;
  }
}

/** The numbers a text states, as values: "3,730.9" (English) and "3.730,9" (Serbian) are both 3730.9. */
export function numbersIn(text: string, style: 'en' | 'sr'): number[] {
  // Link addresses and {placeholders} are not figures of the text.
  const words = text.replace(/\]\([^)]*\)/g, ']').replace(/\{[a-zA-Z]\w*\}/g, ' ');
  const thousands = style === 'en' ? ',' : '.';
  const numbers: number[] = [];
  for (const m of words.matchAll(/\d+(?:[.,]\d+)*/g)) {
    // The language's decimal mark is always a decimal mark; its thousands separator groups three digits, and
    // anywhere else it is read as a point, as in a version written the international way ("Version 3.0").
    let digits = '';
    for (const piece of m[0].split(/(?=[.,])/)) {
      const mark = piece[0];
      if (mark !== '.' && mark !== ',') digits += piece;
      else if (mark === thousands && /^\d{3}$/.test(piece.slice(1))) digits += piece.slice(1);
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

/** Whether a value holds any text a translation would translate (a source without a note holds none). */
function hasText(schema: z.ZodType, en: unknown): boolean {
  if (en === undefined || en === null) return false;
  const { inner, kind } = kindOf(schema);
  if (kind === 'neutral' || kind === 'per-language' || kind === 'name') return false;
  if (kind === 'key' || kind === 'plural') return true;
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return typeof en === 'string';
    case 'object':
      return Object.entries(objectShape(inner)).some(([key, field]) => key !== '$schema' && hasText(field, (en as Record<string, unknown>)[key]));
    case 'array':
      return (en as unknown[]).some((item) => hasText(def.element as z.ZodType, item));
    case 'union': {
      const option = (def.options as z.ZodType[]).find((o) => o.safeParse(en).success);
      return option ? hasText(option, en) : false;
    }
    case 'record':
      return Object.values(en as object).some((v) => hasText(def.valueType as z.ZodType, v));
    default:
      return false;
  }
}

/** Every translatable text under a value, as English marked English: a part the translation lacks. */
function fallbackAll(schema: z.ZodType, en: unknown): unknown {
  if (en === undefined || en === null) return en;
  const { inner, kind, label } = kindOf(schema);
  if (kind === 'neutral' || kind === 'per-language' || kind === 'name') return en;
  const def = defOf(inner);
  if (kind === 'key') return en;
  switch (def.type) {
    case 'string':
      return typeof en === 'string' ? markEnglish(en) : en;
    case 'object': {
      const out: Record<string, unknown> = { ...(en as object) };
      for (const [key, field] of Object.entries(objectShape(inner))) {
        if (!(key in out)) continue;
        const k = kindOf(field);
        if (k.kind === 'key' && k.label) out[k.label] = markEnglish(String(out[key]));
        else out[key] = fallbackAll(field, out[key]);
      }
      return out;
    }
    case 'array':
      return (en as unknown[]).map((item) => fallbackAll(def.element as z.ZodType, item));
    case 'union': {
      const option = (def.options as z.ZodType[]).find((o) => o.safeParse(en).success);
      return option ? fallbackAll(option, en) : en;
    }
    case 'record':
      return Object.fromEntries(Object.entries(en as object).map(([k, v]) => [k, fallbackAll(def.valueType as z.ZodType, v)]));
    default:
      void label;
      return en;
  }
}

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
      `    Update the Serbian if the meaning changed, then run: npm run translations -- --accept ${ctx.file}`,
  });
}

const describeNumbers = (ns: number[]) => (ns.length ? ns.join(', ') : 'none');

/**
 * The English value with the translation laid over it. `path` is where the translation's value is in its own
 * file (ids make its list indexes differ from the English ones).
 */
export function overlay(schema: z.ZodType, en: unknown, sr: unknown, path: PathPart[], ctx: OverlayContext, address: string[] = []): unknown {
  if (en === undefined) return undefined;
  const { inner, kind, label, cyrillic, match } = kindOf(schema);
  if (kind === 'neutral' || en === null) return en;
  if (kind === 'per-language') return sr ?? en;
  if (kind === 'plural' && sr !== undefined) return overlayPlural(inner, en, sr, path, ctx);
  if (sr === undefined) {
    if (!hasText(schema, en)) return en;
    if (ctx.report)
      ctx.warnings.push({
        file: ctx.file,
        path,
        message: `is not translated: the Serbian editions show the English ${path.length ? `"${String(path.at(-1))}"` : 'text'}, marked as English`,
      });
    return noteMissing(fallbackAll(schema, en), path, ctx);
  }
  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      if (typeof en !== 'string' || typeof sr !== 'string') return en;
      if (ctx.report) {
        const check = inner.safeParse(sr);
        if (!check.success) for (const issue of check.error.issues) ctx.problems.push({ file: ctx.file, path, message: issue.message });
        const [a, b] = [numbersIn(en, 'en'), numbersIn(sr, 'sr')];
        if (a.join('|') !== b.join('|'))
          ctx.problems.push({
            file: ctx.file,
            path,
            message:
              `states other figures than its English text in ${ctx.englishFile} (Serbian: ${describeNumbers(b)}; English: ${describeNumbers(a)}). ` +
              `A translation keeps every figure: write them in Serbian style (3.730,9). English: ${JSON.stringify(en)}`,
          });
        checkAccepted(en, sr, path, address, ctx);
        if (!cyrillic && /[\u0400-\u04ff]/.test(sr))
          ctx.problems.push({
            file: ctx.file,
            path,
            message:
              `is written in Cyrillic (${JSON.stringify(sr.length > 60 ? sr.slice(0, 60) + '…' : sr)}): write Serbian in Latin script here; ` +
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
      return ctx.script(sr);
    }
    case 'object': {
      const out: Record<string, unknown> = { ...(en as object) };
      const srObject = sr as Record<string, unknown>;
      for (const [key, field] of Object.entries(objectShape(inner))) {
        if (key === '$schema' || !(key in out)) continue;
        const k = kindOf(field);
        if (k.kind === 'key' && k.label) {
          // The English value stays the key that states refer to; readers see the translation beside it. An item
          // matched by this key repeats it in English and gives the translation under the label's name.
          const at = match?.includes(key) ? k.label : key;
          const translation = typeof srObject[at] === 'string' ? srObject[at] : undefined;
          out[k.label] = overlay(k.inner, out[key], translation, [...path, at], ctx, [...address, key]);
          continue;
        }
        out[key] = overlay(field, out[key], srObject[key], [...path, key], ctx, [...address, key]);
      }
      if (ctx.report)
        for (const key of Object.keys(srObject))
          if (key !== '$schema' && key !== 'id' && !(key in out) && key in objectShape(inner))
            ctx.problems.push({
              file: ctx.file,
              path: [...path, key],
              message: `translates a field that the English item in ${ctx.englishFile} does not have: translate only what the English says`,
            });
      return out;
    }
    case 'array':
      return overlayList(def.element as z.ZodType, en as unknown[], sr as unknown[], path, ctx, address);
    case 'union': {
      const option = (def.options as z.ZodType[]).find((o) => o.safeParse(en).success) ?? (def.options as z.ZodType[])[0];
      return overlay(option, en, sr, path, ctx, address);
    }
    case 'record': {
      const out: Record<string, unknown> = { ...(en as object) };
      for (const [key, value] of Object.entries(sr as object))
        out[key] = overlay(def.valueType as z.ZodType, (en as Record<string, unknown>)[key] ?? value, value, [...path, key], ctx, [...address, key]);
      for (const key of Object.keys(en as object))
        if (!(key in (sr as object))) out[key] = overlay(def.valueType as z.ZodType, (en as Record<string, unknown>)[key], undefined, [...path, key], ctx, [...address, key]);
      return out;
    }
    default:
      void label;
      return en;
  }
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
  if (en === undefined || en === null) return undefined;
  const { inner, kind, match } = kindOf(schema);
  if (kind === 'neutral' || kind === 'per-language' || kind === 'name') return undefined;
  if (kind === 'key' || kind === 'plural') return en;
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return typeof en === 'string' ? en : undefined;
    case 'object': {
      const item = en as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const keys = 'id' in objectShape(inner) ? ['id'] : (match ?? []);
      let texts = 0;
      for (const key of keys) {
        out[key] = item[key];
        const label = kindOf(objectShape(inner)[key]).label;
        if (label && key !== 'id') {
          out[label] = item[key];
          texts++;
        }
      }
      for (const [key, field] of Object.entries(objectShape(inner))) {
        if (key === '$schema' || keys.includes(key)) continue;
        const value = entryToAdd(field, item[key]);
        if (value !== undefined) {
          out[key] = value;
          texts++;
        }
      }
      return texts ? out : undefined;
    }
    case 'array': {
      const element = def.element as z.ZodType;
      const items = (en as unknown[]).map((item) => entryToAdd(element, item));
      // Items matched by place keep their place with an empty object; the others are named by their key.
      const list = hasId(element) || matchKeysOf(element) ? items.filter((i) => i !== undefined) : items.map((i) => i ?? {});
      return list.some((i) => i !== undefined && JSON.stringify(i) !== '{}') ? list : undefined;
    }
    case 'union': {
      const option = (def.options as z.ZodType[]).find((o) => o.safeParse(en).success);
      return option ? entryToAdd(option, en) : undefined;
    }
    case 'record': {
      const entries = Object.entries(en as object).map(([k, v]) => [k, entryToAdd(def.valueType as z.ZodType, v)] as const);
      const kept = entries.filter(([, v]) => v !== undefined);
      return kept.length ? Object.fromEntries(kept) : undefined;
    }
    default:
      return undefined;
  }
}

function overlayList(element: z.ZodType, en: unknown[], sr: unknown[], path: PathPart[], ctx: OverlayContext, address: string[]): unknown[] {
  const keys = hasId(element) ? ['id'] : matchKeysOf(element);
  if (keys) {
    const keyed = keys[0] === 'id' && keys.length === 1;
    const english = new Map<string, number>();
    en.forEach((item) => english.set(keyOf(item, keys), (english.get(keyOf(item, keys)) ?? 0) + 1));
    const translated = new Set(sr.map((item) => keyOf(item, keys)));
    // Serbian items waiting for their English one, in order (two English items may share a key).
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
              `has no translation of ${name(item)}: the Serbian editions show it in English, marked as English. ` +
              `Add this item to the list in ${ctx.file}, with its texts in Serbian: ${JSON.stringify(entryToAdd(element, item))}`,
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
          'so the Serbian editions show this list in English, marked as English, until the two match',
      });
    return en.map((item) => noteMissing(fallbackAll(element, item), path, ctx));
  }
  return en.map((item, i) => overlay(element, item, sr[i], [...path, i], ctx, [...address, String(i)]));
}
