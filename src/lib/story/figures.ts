/** What each graphic's island gets in the page: its data selection (graphic.ts › props) and its words. */
import type { DataFiles, GraphicId, StorySection } from '../data/schema.ts';
import { graphicById } from '../graphics/registry.ts';
import type { I18n } from '../i18n/context.ts';
import { downloadsOf } from '../publishing/pictures/pictures.ts';

/** `up`: from the page to its edition's folder, where the chart's pictures are ("../" on an embed page). */
export function figureProps(graphic: GraphicId, data: DataFiles, i18n: I18n, up = ''): Record<string, unknown> {
  const downloads = downloadsOf(graphic, data, i18n, up);
  return { ...(graphicById(graphic).props(data) as object), words: data['story.json'].graphics[graphic], ...(downloads && { downloads }) };
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
