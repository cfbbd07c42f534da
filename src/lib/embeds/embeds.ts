/**
 * Every embeddable graphic of the story: each chart, the map and the timeline. Derived from story.json, so
 * a graphic added to the story gets its embed page (embed/<id>.html) and its Embed button from one list.
 * Server and build only (it reads the registry); what the browser needs is in snippet.ts.
 */
import type { GraphicId, StoryBlock, StoryFile, StorySection } from '../data/schema.ts';
import { graphicById } from '../graphics/registry.ts';

export type EmbedId = GraphicId;

export interface Embed {
  id: EmbedId;
  kind: 'chart' | 'map' | 'timeline';
  /** What the iframe's title attribute and the previewer call it (story.json › graphics › <id> › embedTitle). */
  title: string;
  /** The story section it comes from: the canonical link and "From the story" point there. */
  sectionId: string;
  sectionHeading: string;
  /** Charts: the state it first shows in the story (a scrolly's first step, flat). */
  state?: object;
}

/** The embed's name, from its words. */
export const embedTitle = (id: EmbedId, story: Pick<StoryFile, 'graphics'>): string =>
  (story.graphics[id] as { embedTitle?: string } | undefined)?.embedTitle ?? id;

/** The embed a story block gets, or null for blocks that are not graphics (text). */
export function embedIdOf(block: StoryBlock): EmbedId | null {
  switch (block.type) {
    case 'graphic':
      return block.graphic;
    case 'scrolly':
      return graphicById(block.graphic).story?.noScrollyEmbed ? null : block.graphic;
    case 'projects':
      return 'map';
    case 'timeline':
      return 'timeline';
    default:
      return null;
  }
}

/** One embed per graphic, in story order; a graphic shown twice is embedded as it first appears. */
export function embedsOf(story: Pick<StoryFile, 'sections' | 'graphics'>): Embed[] {
  const embeds = new Map<EmbedId, Embed>();
  for (const section of story.sections as StorySection[])
    for (const block of section.blocks) {
      const id = embedIdOf(block);
      if (!id || embeds.has(id)) continue;
      const { kind } = graphicById(id);
      const base = { id, kind, title: embedTitle(id, story), sectionId: section.id, sectionHeading: section.heading };
      // The map's embed is always the explorable map with its list, even where the story first shows it as a scrolly.
      if (kind !== 'chart') embeds.set(id, base);
      else if (block.type === 'graphic') embeds.set(id, { ...base, state: block.state ?? {} });
      else if (block.type === 'scrolly') embeds.set(id, { ...base, state: block.steps[0]?.state ?? {} });
    }
  return [...embeds.values()];
}
