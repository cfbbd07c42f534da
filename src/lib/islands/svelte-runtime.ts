/**
 * What the islands need to start, loaded with the story's first island: Svelte's hydrate() and mount() (a whole
 * import('svelte') would keep every export) and the page's words and formats. Until a reader nears a graphic, the
 * story runs none of it.
 */
export { hydrate, mount } from 'svelte';
export { createI18n, i18nContext } from '../i18n/i18n.ts';
