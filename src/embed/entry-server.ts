/** Server entry of the embed pages (embed/<id>.html) and the previewer (embed/index.html). */
import data from 'virtual:story-data';
import { embedIdFromPath, embedsOf } from '../lib/embeds/embeds.ts';
import { renderPage } from '../lib/islands/render-page.ts';
import { SERVER_ISLANDS } from '../lib/islands/server-islands.ts';
import EmbedPage from './EmbedPage.svelte';
import Previewer from './Previewer.svelte';

export function render(path: string): { head: string; body: string } {
  const embeds = embedsOf(data['story.json'].sections);
  if (/\/embed\/(index\.html)?$/.test(path)) return renderPage(Previewer, { embeds, headline: data['story.json'].headline }, SERVER_ISLANDS);
  const id = embedIdFromPath(path);
  const embed = embeds.find((e) => e.id === id);
  if (!embed) throw new Error(`${path}: no graphic of the story has the embed id "${id}" (embeds: ${embeds.map((e) => e.id).join(', ')})`);
  const page = renderPage(EmbedPage, { embed, data }, SERVER_ISLANDS);
  // In-page links of the story's components (e.g. the timeline's "#project-…") point to the story itself.
  return { head: page.head, body: page.body.replace(/href="#/g, 'href="../index.html#') };
}
