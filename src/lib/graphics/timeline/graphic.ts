/**
 * The timeline of events ({"type": "timeline"} in story.json): static HTML for every event, grouped by year,
 * with a category filter as its only island. It has no state, so it is not a "graphic" block; it has an embed.
 */
import { z } from 'zod';
import { CONFIDENCE, EVENT_CATEGORIES, pluralWords, text, wordsFor } from '../../data/schema-parts.ts';
import { defineGraphic } from '../types.ts';

export const words = z
  .object({
    embedTitle: text,
    eventsHeading: text.meta({ description: 'A heading for screen readers above the years, in the embed.' }),
    categories: wordsFor(EVENT_CATEGORIES),
    confidence: wordsFor(CONFIDENCE).meta({ description: 'How an event’s confidence note starts, e.g. "Unverified".' }),
    relatedProjects: pluralWords(),
    sources: pluralWords(),
    filter: z
      .object({
        legend: text,
        showAll: text,
        status: pluralWords(['shown'], ['shown']).meta({ description: 'e.g. {"one": "Showing {shown} of {count} event", "other": "Showing {shown} of {count} events"}.' }),
      })
      .strict(),
  })
  .strict();
export type TimelineWords = z.infer<typeof words>;

export default defineGraphic({
  id: 'timeline',
  kind: 'timeline',
  words,
  // Nothing of the timeline hydrates but its filter, which takes its own small props (Timeline.svelte).
  props: () => ({}),
  embed: { options: [] },
  budget: { js: 30_000, css: 15_000 },
});
