/**
 * The one definition of every data file: the run-time validation, the TypeScript types
 * (z.infer) and the JSON Schemas in data/schemas/ (scripts/write-schemas.ts) all come from here.
 * Each graphic's state and words are defined in its own folder (src/lib/graphics/<id>/graphic.ts).
 */
import { z } from 'zod';
import { GRAPHICS, STATE_GRAPHICS, type GraphicId, type StateGraphicId } from '../graphics/registry.ts';
import {
  CONFIDENCE,
  CURRENCIES,
  cyrillicOnPurpose,
  dateString,
  eventCategory,
  httpUrl,
  id,
  inlineText,
  lonLat,
  MAGNITUDES,
  keyWithLabel,
  matchedBy,
  money,
  neutral,
  perLanguage,
  pluralWords,
  PROJECT_STATUSES,
  sameUnlessTranslated,
  siteUrl,
  SECTORS,
  sources,
  template,
  text,
} from './schema-parts.ts';

export { CONFIDENCE, CURRENCIES, MAGNITUDES, PROJECT_STATUSES, SECTORS, dateString, money, source } from './schema-parts.ts';
export type { EventCategory, Money, Sector } from './schema-parts.ts';
export type { GraphicId, StateGraphicId };

const precision = z
  .enum(['exact', 'approximate'])
  .meta({ description: '"exact" only when a source gives the position; otherwise "approximate".' });

const location = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lonLat, precision }).strict(),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(lonLat).min(2), precision }).strict(),
  z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2), precision }).strict(),
  z
    .object({
      type: z.literal('MultiLineString'),
      coordinates: z.array(z.array(lonLat).min(2)).min(2),
      precision,
    })
    .strict(),
]);
export type ProjectLocation = z.infer<typeof location>;

const datedItem = matchedBy(
  z
    .object({
      date: dateString,
      endDate: dateString.optional(),
      label: text,
      confidence: z.enum(CONFIDENCE).optional(),
    })
    .strict(),
  ['date'],
);

/** Whether Chinese loans pay for a project: the story's count of loan-financed projects is read from it. */
export const CHINESE_LOAN = ['signed', 'planned', 'none-found'] as const;

export const project = z
  .object({
    id,
    name: text,
    sector: z.enum(SECTORS),
    companies: z.array(sameUnlessTranslated(text)).min(1, { message: 'needs at least one company' }),
    places: z.array(text).min(1, { message: 'needs at least one place name' }),
    location: location.nullable(),
    locationNote: text.optional(),
    status: z.enum(PROJECT_STATUSES),
    statusNote: text.optional(),
    dates: z.array(datedItem).meta({ description: 'Key milestones; an empty list when no source gives a date.' }),
    value: money.nullable(),
    valueNote: text.optional(),
    chineseLoan: z
      .enum(CHINESE_LOAN)
      .optional()
      .meta({
        description:
          'Whether Chinese loans pay for the project, per the fact sheet and AidData: "signed" (a loan was signed or approved), "planned" (borrowing from Chinese banks is planned), "none-found" (no Chinese loan in the sources). Say which loan in valueNote. The story counts projects with Chinese loans from this field.',
      }),
    controversy: inlineText.nullable(),
    sources,
    confidenceNote: text.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.location === null && !p.locationNote)
      ctx.addIssue({ code: 'custom', path: ['locationNote'], message: 'explain why there is no location (location is null)' });
    if (p.value === null && !p.valueNote)
      ctx.addIssue({ code: 'custom', path: ['valueNote'], message: 'explain why there is no value (value is null)' });
  });
export type Project = z.infer<typeof project>;

export const projectsFile = z
  .object({ $schema: z.string().optional(), projects: z.array(project).min(1) })
  .strict();

export const timelineEvent = z
  .object({
    id,
    date: dateString,
    endDate: dateString.optional(),
    title: text,
    text: inlineText,
    category: neutral(z.string()).meta({ description: 'The id of one of the categories listed above, e.g. "diplomacy".' }),
    projects: neutral(z.array(z.string())).optional().meta({ description: 'Ids of related projects in projects.json.' }),
    sources,
    confidence: z.enum(CONFIDENCE),
    confidenceNote: text.optional(),
  })
  .strict();
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const timelineFile = z
  .object({
    $schema: z.string().optional(),
    categories: z.array(eventCategory).min(1).meta({
      description: 'The categories of the events, in the order the filter and the legends list them; each with a colour and a shape no other category has.',
    }),
    events: z.array(timelineEvent).min(1),
  })
  .strict();

/** One number with its provenance. A missing figure is null where the figure would be, never 0. */
export const figure = z
  .object({
    value: z.number().nonnegative({ message: 'cannot be negative' }),
    confidence: z.enum(CONFIDENCE),
    sources: sources.optional(),
    note: text.optional(),
  })
  .strict();
export type Figure = z.infer<typeof figure>;

const unitOfMoney = {
  currency: z.enum(CURRENCIES),
  magnitude: z.enum(MAGNITUDES),
};

/** One partner's value in a period; its translation is matched by the partner's English name. */
const tradePartnerRow = matchedBy(
  z
    .object({
      partner: keyWithLabel(text, 'label').meta({ description: 'The partner’s name: steps and URL options name partners by it.' }),
      value: z.number().nonnegative({ message: 'cannot be negative' }).nullable(),
      rank: z.number().int().positive().optional(),
      confidence: z.enum(CONFIDENCE),
      note: text.optional(),
    })
    .strict()
    .superRefine((row, ctx) => {
      if (row.value === null && !row.note)
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'explain why the value is missing (value is null)' });
    }),
  ['partner'],
);

export const tradePartnerSeries = z
  .object({
    id,
    period: keyWithLabel(text, 'periodLabel').meta({ description: 'How readers see the period, e.g. "January–October 2023". Steps name periods by it.' }),
    from: dateString,
    to: dateString,
    flow: z.enum(['exports', 'imports', 'total']),
    ...unitOfMoney,
    sources,
    note: text.optional(),
    partners: z.array(tradePartnerRow).min(1),
  })
  .strict();
export type TradePartnerSeries = z.infer<typeof tradePartnerSeries>;

export const tradePartnersFile = z
  .object({ $schema: z.string().optional(), series: z.array(tradePartnerSeries).min(1) })
  .strict();

export const chinaTradeYear = z
  .object({
    year: z.number().int().min(1990).max(2100),
    period: text.optional().meta({ description: 'Only when the figures cover part of the year, e.g. "January–September".' }),
    ...unitOfMoney,
    exports: figure.nullable(),
    imports: figure.nullable(),
    total: figure.nullable(),
    note: text.optional(),
  })
  .strict();
export type ChinaTradeYear = z.infer<typeof chinaTradeYear>;

export const chinaTradeFile = z
  .object({
    $schema: z.string().optional(),
    note: text.optional(),
    agreement: z
      .object({
        signed: dateString,
        signedEvent: neutral(text).meta({ description: 'The id of the timeline event of the signing: its date must be the same.' }),
        inForce: dateString,
        inForceEvent: neutral(text).meta({ description: 'The id of the timeline event of its entry into force: its date must be the same.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'The free trade agreement, marked on the chart at these dates.' }),
    years: z.array(matchedBy(chinaTradeYear, ['year', 'currency'])).min(1),
  })
  .strict();

export const debtPoint = z
  .object({
    date: dateString,
    dateConfidence: z.enum(CONFIDENCE).optional(),
    value: z.number().nonnegative({ message: 'cannot be negative' }),
    ...unitOfMoney,
    confidence: z.enum(CONFIDENCE),
    share: z
      .object({ percent: z.number().min(0).max(100), of: text, confidence: z.enum(CONFIDENCE) })
      .strict()
      .optional(),
    sources,
    note: text.optional(),
  })
  .strict();
export type DebtPoint = z.infer<typeof debtPoint>;

export const debtFile = z
  .object({
    $schema: z.string().optional(),
    series: z
      .array(
        z
          .object({
            id,
            label: text,
            measures: text.meta({ description: 'What exactly this series counts, and who reports it.' }),
            points: z.array(matchedBy(debtPoint, ['date'])).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const financeRecord = z
  .object({
    id: z.number().int().positive(),
    title: text,
    status: text,
    sector: text,
    infrastructure: z.boolean(),
    commitmentYear: z.number().int().nullable(),
    commitmentDate: dateString.nullable(),
    amountUsd2021: z.number().nonnegative().nullable(),
  })
  .strict();
export type FinanceRecord = z.infer<typeof financeRecord>;

export const financeFile = z
  .object({
    $schema: z.string().optional(),
    generated: z
      .object({ by: text, from: text, warning: text })
      .strict()
      .meta({ description: 'This file is written by `npm run import:aiddata`. Do not edit it by hand.' }),
    dataset: z.object({ name: text, licence: text, url: httpUrl, citation: text }).strict(),
    records: z.array(financeRecord).min(1),
  })
  .strict();

/** The page's interface words in one language (data/interface.json): everything readers see that is not story. */
const confidenceWords = z.object({ sourced: text, computed: text, approximate: text, unverified: text }).strict();
const byMagnitude = <T extends z.ZodType>(word: T) => z.object({ units: word, thousand: word, million: word, billion: word }).strict();

export const interfaceFile = z
  .object({
    $schema: z.string().optional(),
    format: z
      .object({
        locale: neutral(text).meta({ description: 'The language and region for numbers and dates of the English edition, as a BCP 47 tag: "en-GB" (each edition has its own).' }),
        money: byMagnitude(pluralWords(['amount', 'currency'], ['amount'])).meta({ description: 'An amount: "{currency} {amount}m".' }),
        unit: byMagnitude(template(['currency'])).meta({ description: 'An axis or column unit: "{currency} million".' }),
        currencies: z.object(Object.fromEntries(CURRENCIES.map((c) => [c, text])) as Record<(typeof CURRENCIES)[number], typeof text>).strict(),
        approximate: template(['value'], ['value']),
        percent: template(['value'], ['value']),
        range: template(['start', 'end'], ['start', 'end']),
        spacedRange: template(['start', 'end'], ['start', 'end']),
        year: template(['year'], ['year'])
          .optional()
          .meta({ description: 'A year, or a range of years, inside a sentence: "{year}" in English, "{year}." in Serbian ("za 2010. i 2013. godinu").' }),
        short: z
          .object({
            money: byMagnitude(pluralWords(['amount', 'currency'], ['amount'])).meta({ description: 'An amount on a chart’s axis or beside its mark: "{currency} {amount}bn", "{amount} mlrd. {currency}".' }),
            unit: byMagnitude(template(['currency'])).meta({ description: 'A chart axis’ unit: "{currency} bn", "mlrd. {currency}".' }),
            currencies: z
              .object(Object.fromEntries(CURRENCIES.map((c) => [c, text])) as Record<(typeof CURRENCIES)[number], typeof text>)
              .strict()
              .meta({ description: 'How a currency is written in short forms: "USD", "$".' }),
          })
          .strict()
          .meta({ description: 'Short forms for chart labels, where room is tight: "USD 1.5bn", "1,5 mlrd. $". Sentences, tooltips and tables keep `money`.' }),
        csv: perLanguage(z.object({ separator: z.enum([',', ';']), decimal: z.enum(['.', ',']) }).strict())
          .meta({ description: 'How the CSV downloads write columns and decimals, for spreadsheets in the readers’ language.' }),
      })
      .strict(),
    page: z
      .object({
        skipLink: text,
        outline: text,
        byline: template(['byline']),
        updated: template(['date']),
        stepGraphic: template(['alt']),
        editions: z
          .object({ label: text, en: text, 'sr-Latn': text, 'sr-Cyrl': cyrillicOnPurpose(text) })
          .strict()
          .meta({ description: 'The language and script switch: its name for screen readers, and each edition’s name as its readers know it.' }),
      })
      .strict(),
    chart: z
      .object({
        downloadCsv: text,
            downloadPng: text.meta({ description: 'The link to the chart’s picture as PNG, beside “Download CSV”.' }),
            downloadSvg: text,
        data: text,
        sources: pluralWords(),
        longTable: pluralWords().meta({ description: 'In the story, instead of a long table (over 20 rows) until it is opened, and without JavaScript: a link to the chart’s own page, where the table is in full. {count} is its number of rows.' }),
        table: template(['title']),
        caption: template(['title']),
        noValue: text,
        explore: template(['label']),
      })
      .strict(),
    confidence: confidenceWords.meta({ description: 'A figure’s confidence, in a tooltip.' }),
    confidenceShort: confidenceWords.meta({ description: 'A figure’s confidence, in a table.' }),
    sourceNames: perLanguage(z.record(z.string(), text))
      .optional()
      .meta({
        description:
          'How this language names sources, by their name as published in the English files: {"Tanjug (minister Momirović)": "Tanjug (ministar Momirović)"}. ' +
          'Serbian names are written in Latin here and the Cyrillic edition transliterates them (Tanjug → Танјуг); a source not listed keeps its name as published. Empty in English.',
      }),
    embed: z
      .object({
        share: z
          .object({ summary: text, label: text, copy: text, preview: text, open: text, copied: text, copyByHand: text })
          .strict(),
        page: z
          .object({
            title: template(['title', 'headline']),
            description: template(['title', 'headline']),
            from: text,
          })
          .strict(),
        previewer: z
          .object({
            title: template(['headline']),
            heading: template(['headline']),
            intro: text,
            options: text,
            theme: text,
            hideTitle: text,
            state: text,
            back: text,
            frameWidth: text,
            width: template(['width']),
            code: text,
            codeFor: template(['title']),
            inEditions: text,
          })
          .strict(),
      })
      .strict(),
  })
  .strict();
export type InterfaceWords = z.infer<typeof interfaceFile>;

const graphicBlock = (g: (typeof STATE_GRAPHICS)[number]) =>
  z.object({ type: z.literal('graphic'), graphic: z.literal(g.id), state: neutral(g.state as z.ZodType).optional() }).strict();

const step = (state: z.ZodType) =>
  z
    .object({
      text: inlineText,
      alt: text.meta({ description: 'What the graphic shows at this step, for readers who cannot see it.' }),
      state: neutral(state),
    })
    .strict();

const scrollyBlock = (g: (typeof STATE_GRAPHICS)[number]) =>
  z
    .object({
      type: z.literal('scrolly'),
      graphic: z.literal(g.id),
      steps: z.array(step(g.state as z.ZodType)).min(1, { message: 'needs at least one step' }),
    })
    .strict();

/** The state a block may give a graphic, by graphic (each graphic's own schema, from its folder). */
export type GraphicState<G extends StateGraphicId> = z.infer<NonNullable<Extract<(typeof STATE_GRAPHICS)[number], { id: G }>['state']>>;
type AnyGraphicBlock = { [G in StateGraphicId]: { type: 'graphic'; graphic: G; state?: GraphicState<G> } }[StateGraphicId];
type AnyScrollyBlock = {
  [G in StateGraphicId]: { type: 'scrolly'; graphic: G; steps: { text: string; alt: string; state: GraphicState<G> }[] };
}[StateGraphicId];

/** A strip of the timeline's events on a time axis: those of its categories between its dates, and those it names. */
export interface EventsBlock {
  type: 'events';
  title: string | Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>> & { other: string };
  categories?: string[];
  from?: string;
  to?: string;
  events?: string[];
}

export type StoryBlock =
  | { type: 'text'; text: string }
  | AnyGraphicBlock
  | AnyScrollyBlock
  | { type: 'timeline' }
  | { type: 'projects' }
  | EventsBlock;

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
  z.discriminatedUnion('graphic', STATE_GRAPHICS.map(graphicBlock) as unknown as [z.ZodObject, ...z.ZodObject[]]),
  z.discriminatedUnion('graphic', STATE_GRAPHICS.map(scrollyBlock) as unknown as [z.ZodObject, ...z.ZodObject[]]),
  z.object({ type: z.literal('timeline') }).strict().meta({ description: 'The full timeline of events.' }),
  z.object({ type: z.literal('projects') }).strict().meta({ description: 'The projects: map and list.' }),
  eventsBlock,
]) as unknown as z.ZodType<StoryBlock>;

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
  .object(Object.fromEntries(GRAPHICS.map((g) => [g.id, (g.words as z.ZodType).optional()])) as Record<GraphicId, z.ZodOptional<z.ZodType>>)
  .strict();
export type GraphicWords<G extends GraphicId> = z.infer<Extract<(typeof GRAPHICS)[number], { id: G }>['words']>;

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
  .strict() as unknown as z.ZodType<StoryFile>;

export interface StoryFile {
  $schema?: string;
  kicker: string;
  headline: string;
  standfirst: string;
  cover?: { caption: string; link: string };
  byline: string;
  published: string;
  updated?: string;
  site: { url?: string; publisher: string };
  sections: { id: string; heading: string; nav?: string; blocks: StoryBlock[] }[];
  contact?: { text: string; address: string };
  credits: { heading: string; items: string[] };
  graphics: { [G in GraphicId]?: GraphicWords<G> };
}

/** Every file in data/, the schema it must follow, and the name the app knows it by. */
export const DATA_FILES = {
  'story.json': storyFile,
  'interface.json': interfaceFile,
  'projects.json': projectsFile,
  'timeline.json': timelineFile,
  'trade-partners.json': tradePartnersFile,
  'china-trade.json': chinaTradeFile,
  'debt.json': debtFile,
  'aiddata-finance.json': financeFile,
} as const;

export type DataFileName = keyof typeof DATA_FILES;
export type DataFiles = { [K in DataFileName]: z.infer<(typeof DATA_FILES)[K]> };
