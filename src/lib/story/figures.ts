/** What each graphic's island gets in the page: its data selection (graphic.ts › props) and its words. */
import type { DataFiles, GraphicId, StorySection } from '../data/schema.ts';
import { graphicById } from '../graphics/registry.ts';

export function figureProps(graphic: GraphicId, data: DataFiles): Record<string, unknown> {
  return { ...(graphicById(graphic).props(data) as object), words: data['story.json'].graphics[graphic] };
}

/** The id a figure gets in the page: `<section>-scrolly-<block>` or `<section>-figure-<block>`. */
export const figureIdOf = (sectionId: string, kind: 'scrolly' | 'graphic', index: number) =>
  `${sectionId}-${kind === 'scrolly' ? 'scrolly' : 'figure'}-${index}`;

/** The first map figure of the story (a map scrolly or graphic), whose drawn countries the projects map can reuse. */
export function firstMapFigureId(sections: StorySection[]): string | undefined {
  for (const section of sections)
    for (const [i, block] of section.blocks.entries())
      if ((block.type === 'scrolly' || block.type === 'graphic') && block.graphic === 'map') return figureIdOf(section.id, block.type, i);
  return undefined;
}
