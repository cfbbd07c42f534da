/**
 * The server render of every page of every edition: the story, an embed page (embed/<id>.html) or the
 * previewer (embed/index.html). The edition comes from the path: /sr/… is Serbian in Latin, /sr-cyrl/… in Cyrillic.
 */
import editions from 'virtual:story-data';
import App from './App.svelte';
import EmbedPage from './embed/EmbedPage.svelte';
import Previewer from './embed/Previewer.svelte';
import { embedsOf } from './lib/embeds/embeds.ts';
import { embedIdFromPath } from './lib/embeds/snippet.ts';
import { createI18n } from './lib/i18n/context.ts';
import { EDITIONS, editionOfPath } from './lib/i18n/editions.ts';
import { renderPage } from './lib/islands/render-page.ts';
import { SERVER_ISLANDS } from './lib/islands/server-components.ts';

/** The editions this data has (English always; the Serbian ones when data/sr/ exists). */
export const available = EDITIONS.filter((e) => editions[e.id]);

export function render(path: string): { head: string; body: string; lang: string } {
  const edition = editionOfPath(path, available);
  const data = editions[edition.id]!;
  const root = edition.path ? '../' : '';
  const i18n = createI18n(edition.lang, data['interface.json'], root);
  const story = data['story.json'];
  const page = (() => {
    if (!path.includes('/embed/')) return renderPage(App, { data, edition, editions: available }, SERVER_ISLANDS, i18n);
    const embeds = embedsOf(story);
    if (/\/embed\/(index\.html)?$/.test(path))
      return renderPage(Previewer, { embeds, headline: story.headline, edition, editions: available }, SERVER_ISLANDS, i18n);
    const id = embedIdFromPath(path);
    const embed = embeds.find((e) => e.id === id);
    if (!embed) throw new Error(`${path}: no graphic of the story has the embed id "${id}" (embeds: ${embeds.map((e) => e.id).join(', ')})`);
    const rendered = renderPage(EmbedPage, { embed, data }, SERVER_ISLANDS, i18n);
    // In-page links of the story's components (e.g. the timeline's "#project-…") point to the story itself.
    return { head: rendered.head, body: rendered.body.replace(/href="#/g, 'href="../index.html#') };
  })();
  return { ...page, lang: edition.lang };
}
