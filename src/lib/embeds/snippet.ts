/** The embed code and addresses, in the browser as on the server (no registry, no schema here). */
import type { EmbedId } from './embeds.ts';
/** The embed page's path relative to the story's index.html. */
export const embedPath = (id: EmbedId) => `embed/${id}.html`;
/** The loader script's path relative to the story's index.html. */
export const LOADER_PATH = 'embed.js';

/** The embed page's id from its URL path (…/embed/<id>.html), or null. */
export function embedIdFromPath(path: string): string | null {
  return /\/embed\/([a-z0-9-]+)\.html$/.exec(path)?.[1] ?? null;
}

/** The code an editor pastes: an iframe that works on its own at a fixed height, and the loader that sizes it. */
export function embedSnippet(embedUrl: string, loaderUrl: string, title: string, height = 600): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${attr(embedUrl)}" title="${attr(title)}" data-serbia-china-embed width="100%" height="${height}" ` +
    `style="border:0;width:100%" loading="lazy"></iframe>\n<script src="${attr(loaderUrl)}" async></script>`
  );
}
