/** The shipped data files, read the way the tests need them (so expectations follow the data, not hard-coded values). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFiles, DataFileName } from '../../src/lib/data/schema.ts';

export function readData<F extends DataFileName>(file: F, dir = join(import.meta.dirname, '..', '..', 'data')): DataFiles[F] {
  return JSON.parse(readFileSync(join(dir, file), 'utf8'));
}

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
