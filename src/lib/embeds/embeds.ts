/**
 * Every embeddable graphic of the story: each chart, the map and the timeline. Derived from story.json, so
 * a graphic added to the story gets its embed page (embed/<id>.html) and its Embed button from one list.
 */
import type { GraphicId, StoryBlock, StorySection } from '../data/schema.ts';

export type EmbedId = GraphicId | 'timeline';
type GraphicState = Extract<StoryBlock, { type: 'graphic' }>['state'];

export interface Embed {
  id: EmbedId;
  kind: 'chart' | 'map' | 'timeline';
  /** What the iframe's title attribute and the previewer call it. */
  title: string;
  /** The story section it comes from: the canonical link and "From the story" point there. */
  sectionId: string;
  sectionHeading: string;
  /** Charts: the graphic and the state it first shows in the story (a scrolly's first step, flat). */
  graphic?: GraphicId;
  state?: GraphicState;
}

export const EMBED_TITLES: Record<EmbedId, string> = {
  'trade-partners': "Serbia's main trading partners",
  'china-trade': "Serbia's trade with China by year",
  finance: 'Chinese official finance to Serbia',
  debt: "Serbia's debt to China",
  map: 'Chinese projects in Serbia: map and list',
  timeline: 'Serbia and China: a timeline',
};

/** The embed a story block gets, or null for blocks that are not graphics (text). */
export function embedIdOf(block: StoryBlock): EmbedId | null {
  switch (block.type) {
    case 'graphic':
      return block.graphic;
    case 'scrolly':
      // A map scrolly only tours the projects: the map's Embed button sits under the explorable map.
      return block.graphic === 'map' ? null : block.graphic;
    case 'projects':
      return 'map';
    case 'timeline':
      return 'timeline';
    default:
      return null;
  }
}

/** One embed per graphic, in story order; a graphic shown twice is embedded as it first appears. */
export function embedsOf(sections: StorySection[]): Embed[] {
  const embeds = new Map<EmbedId, Embed>();
  for (const section of sections)
    for (const block of section.blocks) {
      const id = embedIdOf(block);
      if (!id || embeds.has(id)) continue;
      const base = { id, title: EMBED_TITLES[id], sectionId: section.id, sectionHeading: section.heading };
      // The map's embed is always the explorable map with its list, even where the story first shows it as a scrolly.
      if (id === 'map' || id === 'timeline') embeds.set(id, { ...base, kind: id });
      else if (block.type === 'graphic') embeds.set(id, { ...base, kind: 'chart', graphic: block.graphic, state: block.state ?? {} });
      else if (block.type === 'scrolly')
        embeds.set(id, { ...base, kind: 'chart', graphic: block.graphic, state: block.steps[0]?.state ?? {} });
    }
  return [...embeds.values()];
}

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
