/**
 * The data the built site was made from, read the way the browser tests need it: they assert relations (one
 * mark per row, the table equals the file), so any valid edit of data/ keeps them green. STORY_DATA_DIR runs
 * them on another folder.
 */
import type { DataFileName, DataFiles } from '../../src/lib/data/schema.ts';
import { createI18n } from '../../src/lib/i18n/context.ts';
import type { Edition } from '../../src/lib/i18n/editions.ts';
import { DATA_DIR, editionsOf, realData } from '../helpers/data.ts';

export function readData<F extends DataFileName>(file: F): DataFiles[F] {
  return realData()[file];
}

/** The site's formats and interface words, to expect what the page writes ("3,615.8", "EUR 170m"). */
export const i18n = () => createI18n('en', readData('interface.json'));

/** Every scrolly/graphic block of the story for one graphic, with its section id and figure id. */
export function storyFigures(graphic: string) {
  const story = readData('story.json');
  return story.sections.flatMap((section) =>
    section.blocks.flatMap((block, i) =>
      (block.type === 'scrolly' || block.type === 'graphic') && block.graphic === graphic
        ? [{ section: section.id, block, figureId: `${section.id}-${block.type === 'scrolly' ? 'scrolly' : 'figure'}-${i}` }]
        : [],
    ),
  );
}

/** The data of one edition of the built site (English, or a translation merged over it), as the build made it. */
export function editionData(id: Edition['id']): DataFiles {
  const data = editionsOf(DATA_DIR)[id];
  if (!data) throw new Error(`the data has no ${id} edition`);
  return data;
}

/** An edition's formats and interface words. */
export const editionI18n = (id: Edition['id']) => {
  const data = editionData(id);
  return createI18n(data['interface.json'].format.locale, data['interface.json']);
};
