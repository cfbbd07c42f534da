import { expectTypeOf, it } from 'vitest';
import type { DebtState, DebtWords } from '../../src/lib/graphics/debt/schema.ts';
import type { MapState } from '../../src/lib/graphics/map/schema.ts';
import type { StoryBlock, StoryFile } from '../../src/lib/data/schema.ts';

// Checked by npm run check (tsc over tests/): the story's types are inferred from its schema, per graphic.
it('a block’s state follows its graphic', () => {
  expectTypeOf<Extract<StoryBlock, { type: 'graphic'; graphic: 'debt' }>['state']>().toEqualTypeOf<DebtState | undefined>();
  expectTypeOf<Extract<StoryBlock, { type: 'scrolly'; graphic: 'map' }>['steps'][number]['state']>().toEqualTypeOf<MapState>();
  expectTypeOf<StoryBlock['type']>().toEqualTypeOf<'text' | 'graphic' | 'scrolly' | 'timeline' | 'projects' | 'events'>();
});

it('a graphic’s words are its own schema’s', () => {
  expectTypeOf<StoryFile['graphics']['debt']>().toEqualTypeOf<DebtWords | undefined>();
  expectTypeOf<StoryFile['headline']>().toEqualTypeOf<string>();
});
