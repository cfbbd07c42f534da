/**
 * The reader's language for every component of a page, through Svelte's context: the interface words
 * (data/interface.json, or its translation) and the formats of the edition's locale. The server sets it for
 * the page and for each island it renders; in the browser, hydrate-islands.ts sets it from the words the page
 * carries once (a JSON script), so no island carries them in its own props.
 */
import { getContext } from 'svelte';
import { I18N, type I18n } from './i18n.ts';

export { createI18n, I18N, i18nContext, type I18n } from './i18n.ts';

export function useI18n(): I18n {
  const i18n = getContext<I18n | undefined>(I18N);
  if (!i18n) throw new Error('No language set: render the component through renderPage() or hydrateIslands()');
  return i18n;
}
