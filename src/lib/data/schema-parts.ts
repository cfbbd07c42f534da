/**
 * The building blocks of every data file's schema (schema.ts) and of each graphic's state and words
 * (src/lib/graphics/<id>/graphic.ts). Kept apart from schema.ts, which imports the graphics' definitions.
 */
import { z } from 'zod';
import { checkDate } from './dates.ts';
import { checkLonLat } from './geo.ts';
import { checkInlineText } from './inline.ts';
import { placeholdersOf } from '../i18n/template.ts';
import { CATEGORY_COLOR_NAMES, CATEGORY_SHAPES } from '../graphics/timeline/categories.ts';

/**
 * How a field behaves in a translation (data/sr/…), kept in the schema's metadata (and so in the JSON Schemas):
 * by default every text is translated. A language-neutral field (an id, a date, a web address, a name as
 * published, a reference to data) is written once, in the English file; a language setting (the CSV
 * separator) may be set by each language; a name (a company's) is shown as written unless the translation gives
 * its own; a key (a partner's name that states refer to) keeps its English
 * value, and its translation goes into a label beside it.
 */
export type Translation = 'neutral' | 'per-language' | 'key' | 'plural' | 'name';

export const neutral = <T extends z.ZodType>(schema: T): T => schema.meta({ 'x-translation': 'neutral' }) as T;
export const perLanguage = <T extends z.ZodType>(schema: T): T => schema.meta({ 'x-translation': 'per-language' }) as T;
/** A name that every edition shows as written, unless its translation gives another (a company described in words). */
export const sameUnlessTranslated = <T extends z.ZodType>(schema: T): T => schema.meta({ 'x-translation': 'name' }) as T;
/** A key whose translation the merged data carry in `labelField` (e.g. a partner's "label"). */
export const keyWithLabel = <T extends z.ZodType>(schema: T, labelField: string): T =>
  schema.meta({ 'x-translation': 'key', 'x-label': labelField }) as T;

export function translationOf(schema: z.ZodType): { kind?: Translation; label?: string; match?: string[]; cyrillic?: boolean } {
  const meta = z.globalRegistry.get(schema) as Record<string, unknown> | undefined;
  return {
    kind: meta?.['x-translation'] as Translation | undefined,
    label: meta?.['x-label'] as string | undefined,
    match: meta?.['x-match'] as string[] | undefined,
    cyrillic: meta?.['x-cyrillic'] === true ? true : undefined,
  };
}

/** A text that a translation writes in Cyrillic on purpose (the Cyrillic edition's own name in the switch). */
export const cyrillicOnPurpose = <T extends z.ZodType>(schema: T): T => schema.meta({ 'x-cyrillic': true }) as T;

/**
 * Items of a list without an id, matched to their translation by these fields (a year and currency, a date, a
 * web address), which the translation repeats: an item added to the English list then leaves every other
 * item's translation in place.
 */
export const matchedBy = <T extends z.ZodType>(schema: T, keys: readonly string[]): T => schema.meta({ 'x-match': [...keys] }) as T;

export const CONFIDENCE = ['sourced', 'computed', 'approximate', 'unverified'] as const;
export const CURRENCIES = ['EUR', 'USD', 'RSD', 'CNY'] as const;
export const MAGNITUDES = ['units', 'thousand', 'million', 'billion'] as const;

export const text = z
  .string()
  .refine((s) => s.trim().length > 0, { message: 'is empty: write some text here' })
  .meta({ description: 'Plain text. Must not be empty.', minLength: 1 });

/** Text that may use the small inline syntax: *emphasis* and [label](https://link). */
export const inlineText = text.superRefine((s, ctx) => {
  for (const message of checkInlineText(s)) ctx.addIssue({ code: 'custom', message });
});

const braces = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ');

/**
 * Words with {placeholders} that the page fills in, e.g. "Showing {shown} of {total} events". Only the
 * placeholders listed may appear; `required` ones must.
 */
export function template(allowed: readonly string[], required: readonly string[] = []) {
  return text
    .superRefine((s, ctx) => {
      for (const name of placeholdersOf(s))
        if (!allowed.includes(name))
          ctx.addIssue({
            code: 'custom',
            message: allowed.length
              ? `uses {${name}}, which is not filled in here: use only ${braces(allowed)}`
              : `uses {${name}}, but nothing is filled in here: write the text without {…}`,
          });
      for (const name of required)
        if (!placeholdersOf(s).includes(name)) ctx.addIssue({ code: 'custom', message: `must contain {${name}}, where the page puts the ${name}` });
    })
    .meta({ description: allowed.length ? `Text; the page fills in ${braces(allowed)}.` : 'Text.' });
}

/**
 * Words that change with a number: { "one": "{count} record", "other": "{count} records" } (the plural
 * categories of the language: zero, one, two, few, many, other), or one text for every number.
 */
export function pluralWords(allowed: readonly string[] = [], required: readonly string[] = []) {
  const form = template(['count', ...allowed], required);
  return z
    .union([
      form,
      z
        .object({ zero: form.optional(), one: form.optional(), two: form.optional(), few: form.optional(), many: form.optional(), other: form })
        .strict(),
    ])
    .meta({ 'x-translation': 'plural' });
}

export const id = neutral(
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      message: 'must be lower-case letters, digits and single hyphens, like "pupin-bridge"',
    }),
).meta({ description: 'A unique id: lower-case letters, digits and hyphens, e.g. "pupin-bridge".' });

/** "2009" (year), "2024-05" (month) or "2024-09-09" (day): the format is the precision. */
export const dateString = neutral(z
  .string()
  .superRefine((s, ctx) => {
    const problem = checkDate(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description: 'A date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the format says how precise it is.',
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  }));

export const httpUrl = neutral(
  z.string().refine((s) => /^https?:\/\/[^\s]+$/.test(s), { message: 'must be a web address starting with https:// or http://' }),
);

/** The story's published address: absolute, https, a folder (ending in "/"), no query or fragment. */
export const siteUrl = neutral(
  z
    .string()
    .refine((s) => /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?\/$/.test(s), {
      message: 'must be the story’s published address: an absolute https:// address ending in "/", e.g. "https://news.example.org/serbia-china/"',
    })
    .meta({ description: 'The address of the English story’s folder, e.g. "https://news.example.org/serbia-china/". Left out, local builds use http://localhost:4173/ (vite preview) and the data check warns.' }),
);

/**
 * A download's file name without its extension, set by each language and never transliterated: plain ASCII
 * (a–z, digits, hyphens) so that the address works everywhere, e.g. "srbija-kina-trgovina" in both Serbian editions.
 */
export const fileName = (placeholders: readonly string[] = []) =>
  perLanguage(
    template(placeholders).refine((s) => /^[a-z0-9-]*$/.test(s.replace(/\{[a-zA-Z]\w*\}/g, '')), {
      message: 'must be a file name in plain ASCII: small letters a–z, digits and hyphens (no č, ć, đ, š, ž, no Cyrillic, no spaces), e.g. "srbija-kina-trgovina"',
    }),
  ).meta({ description: 'The CSV file’s name, without “.csv”: small letters a–z, digits and hyphens; the same in both Serbian editions.' });

/** Text written once, as published (a source's or a company's name): not translated. */
export const asPublished = neutral(text);

export const source = matchedBy(
  z
    .object({
      name: asPublished.meta({ description: 'Who published it, e.g. "Tanjug (RZS)".' }),
      url: httpUrl,
      note: text.optional(),
    })
    .strict(),
  ['url'],
);

export const sources = z.array(source).min(1, { message: 'needs at least one source' });

export const lonLat = z
  .tuple([z.number(), z.number()])
  .superRefine((pair, ctx) => {
    const problem = checkLonLat(pair);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: '[longitude, latitude] in degrees (WGS84), e.g. [20.46, 44.81] for Belgrade.' });

export const money = z
  .object({
    amount: z.number().nonnegative({ message: 'cannot be negative' }),
    magnitude: z.enum(MAGNITUDES),
    currency: z.enum(CURRENCIES),
  })
  .strict()
  .meta({ description: 'An amount as the source states it, e.g. {"amount": 170, "magnitude": "million", "currency": "EUR"}.' });
export type Money = z.infer<typeof money>;

/** One word or phrase per value of a list of codes (e.g. a label for every sector). */
export const wordsFor = <K extends string>(keys: readonly K[], word: z.ZodType<string> = text) =>
  z.object(Object.fromEntries(keys.map((k) => [k, word])) as Record<K, z.ZodType<string>>).strict();

export const SECTORS = ['transport', 'energy', 'mining', 'industry', 'security', 'utilities', 'health'] as const;
export type Sector = (typeof SECTORS)[number];

export const PROJECT_STATUSES = ['planned', 'under-construction', 'partly-open', 'completed', 'operating', 'unconfirmed'] as const;

/**
 * A category of the timeline's events (data/timeline.json › categories): its name, and a colour and a shape that no
 * other category has (validate.ts checks), which the page, the overview, the filter and the share card draw it in.
 */
export const eventCategory = z
  .object({
    id,
    name: text.meta({ description: 'What readers see, e.g. "Security and military" (translated in data/sr/timeline.json).' }),
    color: neutral(z.enum(CATEGORY_COLOR_NAMES)).meta({
      description: `A colour of the story's palette (readable by colour-blind readers, in light and dark mode) that no other category uses: ${CATEGORY_COLOR_NAMES.join(', ')}.`,
    }),
    shape: neutral(z.enum(CATEGORY_SHAPES)).meta({
      description: `A shape that no other category uses (it tells the categories apart without colour): ${CATEGORY_SHAPES.join(', ')}.`,
    }),
  })
  .strict();
/** A category's id: the categories are data, so any id that data/timeline.json lists (validate.ts checks). */
export type EventCategory = string;
