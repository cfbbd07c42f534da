/**
 * The one definition of every data file: the run-time validation, the TypeScript types
 * (z.infer) and the JSON Schemas in data/schemas/ (scripts/write-schemas.ts) all come from here.
 */
import { z } from 'zod';
import { checkDate } from './dates.ts';
import { checkLonLat } from './geo.ts';
import { checkInlineText } from './inline.ts';

export const SECTORS = ['transport', 'energy', 'mining', 'industry', 'security', 'utilities', 'health'] as const;
export type Sector = (typeof SECTORS)[number];

export const PROJECT_STATUSES = [
  'planned',
  'under-construction',
  'partly-open',
  'completed',
  'operating',
  'unconfirmed',
] as const;

export const EVENT_CATEGORIES = [
  'diplomacy',
  'economy',
  'infrastructure',
  'security',
  'controversy',
  'eu-west',
  'russia',
  'health',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** How sure we are of a figure: as stated by a source, computed by us, approximate, or unverified. */
export const CONFIDENCE = ['sourced', 'computed', 'approximate', 'unverified'] as const;
export const CURRENCIES = ['EUR', 'USD', 'RSD', 'CNY'] as const;
export const MAGNITUDES = ['units', 'thousand', 'million', 'billion'] as const;

const text = z
  .string()
  .refine((s) => s.trim().length > 0, { message: 'is empty: write some text here' })
  .meta({ description: 'Plain text. Must not be empty.', minLength: 1 });

/** Text that may use the small inline syntax: *emphasis* and [label](https://link). */
const inlineText = text.superRefine((s, ctx) => {
  for (const message of checkInlineText(s)) ctx.addIssue({ code: 'custom', message });
});

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'must be lower-case letters, digits and single hyphens, like "pupin-bridge"',
  })
  .meta({ description: 'A unique id: lower-case letters, digits and hyphens, e.g. "pupin-bridge".' });

/** "2009" (year), "2024-05" (month) or "2024-09-09" (day): the format is the precision. */
export const dateString = z
  .string()
  .superRefine((s, ctx) => {
    const problem = checkDate(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description: 'A date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the format says how precise it is.',
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  });

const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\/[^\s]+$/.test(s), { message: 'must be a web address starting with https:// or http://' });

export const source = z
  .object({
    name: text.meta({ description: 'Who published it, e.g. "Tanjug (RZS)".' }),
    url: httpUrl,
    note: text.optional(),
  })
  .strict();

const sources = z.array(source).min(1, { message: 'needs at least one source' });

const lonLat = z
  .tuple([z.number(), z.number()])
  .superRefine((pair, ctx) => {
    const problem = checkLonLat(pair);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: '[longitude, latitude] in degrees (WGS84), e.g. [20.46, 44.81] for Belgrade.' });

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

export const money = z
  .object({
    amount: z.number().nonnegative({ message: 'cannot be negative' }),
    magnitude: z.enum(MAGNITUDES),
    currency: z.enum(CURRENCIES),
  })
  .strict()
  .meta({ description: 'An amount as the source states it, e.g. {"amount": 170, "magnitude": "million", "currency": "EUR"}.' });
export type Money = z.infer<typeof money>;

const datedItem = z
  .object({
    date: dateString,
    endDate: dateString.optional(),
    label: text,
    confidence: z.enum(CONFIDENCE).optional(),
  })
  .strict();

export const project = z
  .object({
    id,
    name: text,
    sector: z.enum(SECTORS),
    companies: z.array(text).min(1, { message: 'needs at least one company' }),
    places: z.array(text).min(1, { message: 'needs at least one place name' }),
    location: location.nullable(),
    locationNote: text.optional(),
    status: z.enum(PROJECT_STATUSES),
    statusNote: text.optional(),
    dates: z.array(datedItem).meta({ description: 'Key milestones; an empty list when no source gives a date.' }),
    value: money.nullable(),
    valueNote: text.optional(),
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
    category: z.enum(EVENT_CATEGORIES),
    projects: z.array(z.string()).optional().meta({ description: 'Ids of related projects in projects.json.' }),
    sources,
    confidence: z.enum(CONFIDENCE),
    confidenceNote: text.optional(),
  })
  .strict();
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const timelineFile = z
  .object({ $schema: z.string().optional(), events: z.array(timelineEvent).min(1) })
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

export const tradePartnerSeries = z
  .object({
    id,
    period: text.meta({ description: 'How readers see the period, e.g. "January–October 2023".' }),
    from: dateString,
    to: dateString,
    flow: z.enum(['exports', 'imports', 'total']),
    ...unitOfMoney,
    sources,
    note: text.optional(),
    partners: z
      .array(
        z
          .object({
            partner: text,
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
      )
      .min(1),
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
    years: z.array(chinaTradeYear).min(1),
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
            points: z.array(debtPoint).min(1),
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

/** What a graphic shows at a scroll step or in a standalone figure. Every field is optional. */
export const tradePartnersState = z
  .object({
    period: text.optional().meta({ description: 'A period label from trade-partners.json, e.g. "January–October 2023".' }),
    flow: z.enum(['exports', 'imports']).optional().meta({ description: 'Sort by and emphasise this flow.' }),
    partner: text.optional().meta({ description: 'A partner to highlight, e.g. "China".' }),
  })
  .strict();
export type TradePartnersState = z.infer<typeof tradePartnersState>;

export const chinaTradeState = z
  .object({
    currency: z.enum(CURRENCIES).optional().meta({ description: 'Which figures to show: the sources give some years in USD, others in EUR.' }),
    year: z.number().int().optional().meta({ description: 'A year to highlight.' }),
    fta: z.boolean().optional().meta({ description: 'Highlight the free trade agreement (signed 2023, in force 2024).' }),
  })
  .strict();
export type ChinaTradeState = z.infer<typeof chinaTradeState>;

export const financeState = z
  .object({
    sector: text.optional().meta({ description: 'An AidData sector name to bring forward, e.g. "ENERGY".' }),
    year: z.number().int().optional().meta({ description: 'A year to highlight.' }),
  })
  .strict();
export type FinanceState = z.infer<typeof financeState>;

export const debtState = z
  .object({ series: text.optional().meta({ description: 'A series id from debt.json to bring forward.' }) })
  .strict();
export type DebtState = z.infer<typeof debtState>;

export const mapState = z
  .object({
    projects: z
      .array(text)
      .min(1)
      .optional()
      .meta({ description: 'Ids of projects in projects.json to fly to and highlight, e.g. ["pupin-bridge"]. Leave out to show all of Serbia.' }),
  })
  .strict();
export type MapState = z.infer<typeof mapState>;

const step = <S extends z.ZodType>(state: S) =>
  z
    .object({
      text: inlineText,
      alt: text.meta({ description: 'What the graphic shows at this step, for readers who cannot see it.' }),
      state,
    })
    .strict();

const graphicBlock = <G extends string, S extends z.ZodType>(graphic: G, state: S) =>
  z.object({ type: z.literal('graphic'), graphic: z.literal(graphic), state: state.optional() }).strict();

const scrollyBlock = <G extends string, S extends z.ZodType>(graphic: G, state: S) =>
  z
    .object({
      type: z.literal('scrolly'),
      graphic: z.literal(graphic),
      steps: z.array(step(state)).min(1, { message: 'needs at least one step' }),
    })
    .strict();

export const GRAPHICS = ['trade-partners', 'china-trade', 'finance', 'debt', 'map'] as const;
export type GraphicId = (typeof GRAPHICS)[number];

export const storyBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: inlineText }).strict(),
  z.discriminatedUnion('graphic', [
    graphicBlock('trade-partners', tradePartnersState),
    graphicBlock('china-trade', chinaTradeState),
    graphicBlock('finance', financeState),
    graphicBlock('debt', debtState),
    graphicBlock('map', mapState),
  ]),
  z.discriminatedUnion('graphic', [
    scrollyBlock('trade-partners', tradePartnersState),
    scrollyBlock('china-trade', chinaTradeState),
    scrollyBlock('finance', financeState),
    scrollyBlock('debt', debtState),
    scrollyBlock('map', mapState),
  ]),
  z.object({ type: z.literal('timeline') }).strict().meta({ description: 'The full timeline of events.' }),
  z.object({ type: z.literal('projects') }).strict().meta({ description: 'The projects: map and list.' }),
]);
export type StoryBlock = z.infer<typeof storyBlock>;

export const storySection = z
  .object({
    id,
    heading: text,
    blocks: z.array(storyBlock).min(1, { message: 'needs at least one block' }),
  })
  .strict();
export type StorySection = z.infer<typeof storySection>;

export const storyFile = z
  .object({
    $schema: z.string().optional(),
    headline: text,
    standfirst: inlineText,
    byline: text,
    published: dateString,
    updated: dateString.optional(),
    sections: z.array(storySection).min(1),
  })
  .strict();

/** Every file in data/, the schema it must follow, and the name the app knows it by. */
export const DATA_FILES = {
  'story.json': storyFile,
  'projects.json': projectsFile,
  'timeline.json': timelineFile,
  'trade-partners.json': tradePartnersFile,
  'china-trade.json': chinaTradeFile,
  'debt.json': debtFile,
  'aiddata-finance.json': financeFile,
} as const;

export type DataFileName = keyof typeof DATA_FILES;
export type DataFiles = { [K in DataFileName]: z.infer<(typeof DATA_FILES)[K]> };
