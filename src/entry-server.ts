/** The server render of every page: the story, an embed page (embed/<id>.html) or the previewer (embed/index.html). */
import data from 'virtual:story-data';
import App from './App.svelte';
import EmbedPage from './embed/EmbedPage.svelte';
import Previewer from './embed/Previewer.svelte';
import { embedsOf } from './lib/embeds/embeds.ts';
import { embedIdFromPath } from './lib/embeds/snippet.ts';
import { createI18n } from './lib/i18n/context.ts';
import { renderPage } from './lib/islands/render-page.ts';
import { SERVER_ISLANDS } from './lib/islands/server-components.ts';

export function render(path: string): { head: string; body: string } {
  const i18n = createI18n('en', data['interface.json']);
  const story = data['story.json'];
  if (!path.includes('/embed/')) return renderPage(App, { data }, SERVER_ISLANDS, i18n);
  const embeds = embedsOf(story);
  if (/\/embed\/(index\.html)?$/.test(path)) return renderPage(Previewer, { embeds, headline: story.headline }, SERVER_ISLANDS, i18n);
  const id = embedIdFromPath(path);
  const embed = embeds.find((e) => e.id === id);
  if (!embed) throw new Error(`${path}: no graphic of the story has the embed id "${id}" (embeds: ${embeds.map((e) => e.id).join(', ')})`);
  const page = renderPage(EmbedPage, { embed, data }, SERVER_ISLANDS, i18n);
  // In-page links of the story's components (e.g. the timeline's "#project-…") point to the story itself.
  return { head: page.head, body: page.body.replace(/href="#/g, 'href="../index.html#') };
}
