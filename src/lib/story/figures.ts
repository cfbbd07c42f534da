/** What each graphic's island gets in the page: its data selection (graphic.ts › props) and its words. */
import type { DataFiles, GraphicId, StateGraphicId, StoryFile, StorySection } from '../data/schema.ts';
import { graphicById } from '../graphics/registry.ts';
import type { I18n } from '../i18n/context.ts';
import { downloadsOf } from '../publishing/pictures/pictures.ts';
import { BASEMAP_FILE } from '../publishing/site.ts';

/** `up`: from the page to its edition's folder, where the chart's pictures are ("../" on an embed page). */
export function figureProps(graphic: GraphicId, data: DataFiles, i18n: I18n, up = ''): Record<string, unknown> {
  const downloads = downloadsOf(graphic, data, i18n, up);
  // The story's maps share one file of country shapes; an embed page (up) draws its own.
  const shared = graphicById(graphic).story?.sharedBasemap && !up ? { basemapUrl: basemapUrl(i18n.root) } : {};
  return { ...(graphicById(graphic).props(data) as object), words: data['story.json'].graphics[graphic], ...(downloads && { downloads }), ...shared };
}

/** The id a figure gets in the page: `<section>-scrolly-<block>` or `<section>-figure-<block>`. */
export const figureIdOf = (sectionId: string, kind: 'scrolly' | 'graphic', index: number) =>
  `${sectionId}-${kind === 'scrolly' ? 'scrolly' : 'figure'}-${index}`;

export const basemapUrl = (root: string) => `${root}${BASEMAP_FILE}#countries`;

/** Every scroll step that gets its own graphic without JavaScript (a map step only when it is a close-up). */
export function scrollSteps(story: Pick<StoryFile, 'sections'>): { figureId: string; graphic: StateGraphicId; index: number; state: object; alt: string }[] {
  return story.sections.flatMap((section) =>
    section.blocks.flatMap((block, i) =>
      block.type !== 'scrolly'
        ? []
        : block.steps
            .map((step, index) => ({ figureId: figureIdOf(section.id, 'scrolly', i), graphic: block.graphic, index, state: step.state as object, alt: step.alt }))
            .filter((s) => hasStepGraphic(block.graphic, s.state)),
    ),
  );
}

export const hasStepGraphic = (graphic: StateGraphicId, state: object): boolean =>
  (graphicById(graphic).story as { stepHasPicture?(state: object): boolean } | undefined)?.stepHasPicture?.(state) ?? true;
