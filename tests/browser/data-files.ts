/**
 * The data the built site was made from, read the way the browser tests need it: they assert relations (one
 * mark per row, the table equals the file), so any valid edit of data/ keeps them green. STORY_DATA_DIR runs
 * them on another folder.
 */
import type { DataFileName, DataFiles } from '../../src/lib/data/schema.ts';
import { createI18n } from '../../src/lib/i18n/context.ts';
import type { Edition } from '../../src/lib/i18n/editions.ts';
import { DEFAULT_SITE_URL, isPublished, relativePath, siteRoot } from '../../src/lib/publishing/site.ts';
import { DATA_DIR, editionsOf, realData } from '../helpers/data.ts';

export function readData<F extends DataFileName>(file: F): DataFiles[F] {
  return realData()[file];
}

/** Whether the build had the published address (story.json › site › url or STORY_SITE_URL), and that address. */
export const published = () => isPublished(readData('story.json'), process.env.STORY_SITE_URL);
export const site = () => siteRoot(readData('story.json'), process.env.STORY_SITE_URL);

/**
 * An address as the build writes it in the page at `from` (a path from the site's root, "sr/index.html"): the
 * published address, or in a local build (no site.url) the path from that page, so that it points nowhere else.
 */
export function builtAddress(target: string, from: string): string {
  const root = site();
  return published() ? new URL(target, root).href : relativePath(new URL(from, root), new URL(target, root));
}

/** The site's formats and interface words, to expect what the page writes ("3,615.8", "EUR 170m"). */
export const i18n = () => createI18n('en', readData('interface.json'), '', DEFAULT_SITE_URL);

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
  return createI18n(data['interface.json'].format.locale, data['interface.json'], '', DEFAULT_SITE_URL);
};
