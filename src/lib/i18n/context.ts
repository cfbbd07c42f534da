/**
 * The reader's language for every component of a page, through Svelte's context: the interface words
 * (data/interface.json, or its translation) and the formats of the edition's locale. The server sets it for
 * the page and for each island it renders; in the browser, hydrate-islands.ts sets it from the words the page
 * carries once (a JSON script), so no island carries them in its own props.
 */
import { getContext } from 'svelte';
import type { InterfaceWords } from '../data/schema.ts';
import { DEFAULT_SITE_URL } from '../publishing/site.ts';
import { createFormat, type Format } from './format.ts';

export interface I18n {
  /** The page's language, as in <html lang>: "en", "sr-Latn", "sr-Cyrl". */
  lang: string;
  words: InterfaceWords;
  format: Format;
  /** The way from the page's edition to the site's root, for what all editions share (embed.js): "" or "../". */
  root: string;
  /** The edition folder's published address (from story.json › site › url): for absolute links, on the server. */
  address: string;
}

export const I18N = Symbol('i18n');

export function createI18n(lang: string, words: InterfaceWords, root = '', address = DEFAULT_SITE_URL): I18n {
  return { lang, words, format: createFormat(words.format), root, address };
}

/** The context map to render or hydrate a component with. */
export const i18nContext = (i18n: I18n) => new Map<unknown, unknown>([[I18N, i18n]]);

export function useI18n(): I18n {
  const i18n = getContext<I18n | undefined>(I18N);
  if (!i18n) throw new Error('No language set: render the component through renderPage() or hydrateIslands()');
  return i18n;
}
