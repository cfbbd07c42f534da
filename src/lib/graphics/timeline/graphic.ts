/**
 * The timeline of events ({"type": "timeline"} in story.json): static HTML for every event, grouped by year
 * (its first sentence shown, the rest in a <details>), with two islands: the category filter and the overview
 * (a sticky time axis that shows where the reader is and jumps to a year). It has no state, so it is not a
 * "graphic" block; it has an embed.
 */
import { defineGraphic } from '../types.ts';
import { words } from './schema.ts';
export type { TimelineWords } from './schema.ts';

export default defineGraphic({
  id: 'timeline',
  kind: 'timeline',
  words,
  // Nothing of the timeline hydrates but its filter and its overview, which take their own small props (Timeline.svelte).
  props: () => ({}),
  budget: { js: 30_000, css: 15_000 },
});
