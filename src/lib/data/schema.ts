/**
 * The one definition of every data file: the run-time validation, the TypeScript types (z.infer) and the JSON
 * Schemas in data/schemas/ (scripts/write-schemas.ts) all come from here. The files of facts are defined below the
 * graphics (files.ts); story.json is composed here, above them, from each graphic's own state and words
 * (src/lib/graphics/<id>/schema.ts).
 */
import { z } from 'zod';
import { GRAPHICS, STATE_GRAPHICS, type Graphic, type GraphicId, type StateGraphic, type StateGraphicId } from '../graphics/registry.ts';
import { FACT_FILES } from './files.ts';
import { dateString, id, inlineText, neutral, pluralWords, siteUrl, template, text } from './schema-parts.ts';

export * from './files.ts';
export { CONFIDENCE, CURRENCIES, MAGNITUDES, PROJECT_STATUSES, SECTORS, dateString, money, source } from './schema-parts.ts';
export type { EventCategory, Money, Sector } from './schema-parts.ts';
export type { GraphicId, StateGraphicId };

const graphicBlock = <G extends StateGraphic>(g: G) =>
  z.object({ type: z.literal('graphic'), graphic: z.literal(g.id as G['id']), state: z.optional(neutral(g.state as NonNullable<G['state']>)) }).strict();

const step = <S extends z.ZodType>(state: S) =>
  z
    .object({
      text: inlineText,
      alt: text.meta({ description: 'What the graphic shows at this step, for readers who cannot see it.' }),
      state: neutral(state),
    })
    .strict();

const scrollyBlock = <G extends StateGraphic>(g: G) =>
  z
    .object({
      type: z.literal('scrolly'),
      graphic: z.literal(g.id as G['id']),
      steps: z.array(step(g.state as NonNullable<G['state']>)).min(1, { message: 'needs at least one step' }),
    })
    .strict();

/**
 * One block schema per graphic, each with its own state: a block's state type then follows its graphic. (The list
 * is made at run time from the registry, which TypeScript cannot follow through map().)
 */
type ByGraphic<G extends StateGraphicId> = Extract<StateGraphic, { id: G }>;
type GraphicBlocks = { [G in StateGraphicId]: ReturnType<typeof graphicBlock<ByGraphic<G>>> }[StateGraphicId];
type ScrollyBlocks = { [G in StateGraphicId]: ReturnType<typeof scrollyBlock<ByGraphic<G>>> }[StateGraphicId];

/** The state a block may give a graphic, by graphic (each graphic's own schema, from its folder). */
export type GraphicState<G extends StateGraphicId> = z.infer<NonNullable<ByGraphic<G>['state']>>;

const eventsBlock = z
  .object({
    type: z.literal('events'),
    title: pluralWords(['dates', 'years']).meta({
      description: 'The strip’s caption; the page fills in {count} (events shown), {dates} ("7–9 September 2024") or {years} ("2014–2023") of the first and last event.',
    }),
    categories: neutral(z.array(z.string()).min(1))
      .optional()
      .meta({ description: 'The timeline’s categories to show (all when left out).' }),
    from: dateString.optional().meta({ description: 'Only events from this date on (YYYY, YYYY-MM or YYYY-MM-DD).' }),
    to: dateString.optional().meta({ description: 'Only events up to this date.' }),
    events: neutral(z.array(z.string()).min(1))
      .optional()
      .meta({ description: 'Ids of timeline events to show as well, whatever their category or date.' }),
  })
  .strict()
  .refine((b) => b.categories || b.from || b.to || b.events, {
    message: 'shows the whole timeline: give it "categories", "from", "to" or "events"',
  })
  .meta({ description: 'The timeline’s events of a subject as a strip on a time axis, each mark a link to its event in the timeline.' });

export const storyBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: inlineText }).strict(),
  z.discriminatedUnion('graphic', STATE_GRAPHICS.map(graphicBlock) as unknown as [GraphicBlocks, ...GraphicBlocks[]]),
  z.discriminatedUnion('graphic', STATE_GRAPHICS.map(scrollyBlock) as unknown as [ScrollyBlocks, ...ScrollyBlocks[]]),
  z.object({ type: z.literal('timeline') }).strict().meta({ description: 'The full timeline of events.' }),
  z.object({ type: z.literal('projects') }).strict().meta({ description: 'The projects: map and list.' }),
  eventsBlock,
]);
export type StoryBlock = z.infer<typeof storyBlock>;
/** A strip of the timeline's events on a time axis: those of its categories between its dates, and those it names. */
export type EventsBlock = z.infer<typeof eventsBlock>;

export const storySection = z
  .object({
    id,
    heading: text,
    nav: text.optional().meta({ description: 'The section’s short name in the navigation under the headline, e.g. "Trade" (its heading when left out).' }),
    blocks: z.array(storyBlock).min(1, { message: 'needs at least one block' }),
  })
  .strict();
export type StorySection = z.infer<typeof storySection>;

/** Each graphic's words (titles, notes, legends…), by graphic id; a graphic the story shows must have them. */
const graphicsWords = z
  .object(Object.fromEntries(GRAPHICS.map((g) => [g.id, g.words.optional()])) as { [G in GraphicId]: z.ZodOptional<Extract<Graphic, { id: G }>['words']> })
  .strict();
export type GraphicWords<G extends GraphicId> = z.infer<Extract<Graphic, { id: G }>['words']>;

export const storyFile = z
  .object({
    $schema: z.string().optional(),
    kicker: text.meta({ description: 'The small line above the headline.' }),
    headline: text,
    standfirst: inlineText,
    cover: z
      .object({
        caption: template(['located', 'total']).meta({ description: 'Under the map beside the headline, e.g. "{located} of the {total} Chinese projects in this story, by sector".' }),
        link: text.meta({ description: 'The link from it to the projects’ section, e.g. "Explore the projects".' }),
      })
      .strict()
      .optional()
      .meta({ description: 'The map of the projects beside the headline, on the first screen (drawn from projects.json).' }),
    byline: text,
    published: dateString.meta({ description: 'The day the story was first published, YYYY-MM-DD.' }),
    updated: dateString.optional().meta({ description: 'The day of the latest change that readers should know of, YYYY-MM-DD; not before published. Shown as “Updated …” when it differs.' }),
    site: z
      .object({
        url: siteUrl.optional(),
        publisher: text.meta({ description: 'Who publishes the story (news search and share cards name it), e.g. "Data desk".' }),
      })
      .strict()
      .meta({ description: 'Where the story is published. Every absolute address the build writes (canonical, share images, embed code, sitemap) starts with site.url.' }),
    sections: z.array(storySection).min(1),
    contact: z
      .object({
        text: template(['address'], ['address']).meta({ description: 'The line at the foot of the story, e.g. "To report an error or send us information, write to {address}."' }),
        address: neutral(
          z
            .string()
            .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) || /^https:\/\/\S+$/.test(s), {
              message: 'must be an e-mail address (desk@example.org), an https:// address, or "" (not shown until filled)',
            }),
        ).meta({ description: 'Where readers reach the desk: an e-mail address or an https:// page. Left "", the line is not shown.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'How readers reach the desk (errors, tips): shown at the foot of the story once address is filled.' }),
    credits: z
      .object({ heading: text, items: z.array(inlineText).min(1) })
      .strict()
      .meta({ description: 'The data credits at the foot of every page: they must name AidData’s licence and Natural Earth.' }),
    graphics: graphicsWords,
  })
  .strict();
export type StoryFile = z.infer<typeof storyFile>;

/** Every file in data/, the schema it must follow, and the name the app knows it by. */
export const DATA_FILES = { 'story.json': storyFile, ...FACT_FILES } as const;

export type DataFileName = keyof typeof DATA_FILES;
export type DataFiles = { [K in DataFileName]: z.infer<(typeof DATA_FILES)[K]> };
