/** The timeline: what story.json may ask of it (its state) and its words (story.json › graphics › timeline). */
import { z } from 'zod';
import { CONFIDENCE, pluralWords, text, wordsFor } from '../../data/schema-parts.ts';

export const words = z
  .object({
    embedTitle: text,
    eventsHeading: text.meta({ description: 'A heading for screen readers above the years, in the embed.' }),
    confidence: wordsFor(CONFIDENCE).meta({ description: 'How an event’s confidence note starts, e.g. "Unverified".' }),
    relatedProjects: pluralWords(),
    yearCount: pluralWords().meta({
      description: 'In the embed, each year is folded under its heading with its number of events, e.g. {"one": "{count} event", "other": "{count} events"}.',
    }),
    sources: pluralWords(),
    more: text.meta({
      description: 'Each event shows its first sentence; this opens the rest in place (its text, notes, related projects and sources), the same word for every event, e.g. "Details".',
    }),
    overview: z
      .object({
        label: text.meta({ description: 'The overview’s name for screen readers: a time axis of the events that jumps to a year.' }),
        hint: text.meta({ description: 'Shown while the overview has the keyboard’s focus, e.g. "← → choose a year · Enter goes to its events".' }),
      })
      .strict(),
    filter: z
      .object({
        legend: text.meta({ description: 'Above the category buttons: choosing one shows only its events (more chosen add to it), e.g. "Show events about".' }),
        showAll: text.meta({ description: 'Offered once the reader has chosen categories: shows every event again, e.g. "Show all".' }),
        status: pluralWords(['shown'], ['shown']).meta({ description: 'e.g. {"one": "Showing {shown} of {count} event", "other": "Showing {shown} of {count} events"}.' }),
      })
      .strict(),
  })
  .strict();
export type TimelineWords = z.infer<typeof words>;
