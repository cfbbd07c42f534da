/**
 * What each graphic's island needs from the data files. Kept small on purpose: these props are
 * serialised into the page for hydration.
 */
import type { DataFiles, GraphicId, StorySection } from '../data/schema.ts';
import type { IslandName } from '../islands/names.ts';
import { mapProjects } from '../map/static-map.ts';

export function figureData(graphic: GraphicId, data: DataFiles): Record<string, unknown> {
  switch (graphic) {
    case 'trade-partners':
      return { series: data['trade-partners.json'].series };
    case 'china-trade':
      return { years: data['china-trade.json'].years, note: data['china-trade.json'].note };
    case 'finance':
      return { records: data['aiddata-finance.json'].records, dataset: data['aiddata-finance.json'].dataset };
    case 'debt':
      return { series: data['debt.json'].series };
    case 'map':
      return { projects: mapProjects(data['projects.json'].projects) };
  }
}

export const ISLAND_FOR_GRAPHIC: Record<GraphicId, IslandName> = {
  'trade-partners': 'trade-partners',
  'china-trade': 'china-trade',
  finance: 'finance',
  debt: 'debt',
  map: 'project-map',
};

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
