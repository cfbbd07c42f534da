/**
 * The reader's language as one value: the interface words and the formats of the edition's locale (context.ts
 * hands it to every component). No Svelte here, so that the story's start-up code can make it without loading Svelte.
 */
import type { InterfaceWords } from '../data/schema.ts';
import { createFormat, type Format } from './format.ts';

export interface I18n {
  /** The page's language, as in <html lang>: "en", "sr-Latn", "sr-Cyrl". */
  lang: string;
  words: InterfaceWords;
  format: Format;
  /** The way from the page's edition to the site's root, for what all editions share (embed.js): "" or "../". */
  root: string;
  /** The edition folder's address: on the server the published one (story.json › site › url), in the browser the page's. */
  address: string;
}

export const I18N = Symbol('i18n');

export function createI18n(lang: string, words: InterfaceWords, root: string, address: string): I18n {
  return { lang, words, format: createFormat(words.format), root, address };
}

/** The context map to render or hydrate a component with. */
export const i18nContext = (i18n: I18n) => new Map<unknown, unknown>([[I18N, i18n]]);

