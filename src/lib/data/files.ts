/**
 * The data files the story's facts live in (every file in data/ but story.json), the graphics' lowest layer: the
 * graphics draw from these and import them, while story.json's schema (schema.ts) is composed above the graphics,
 * from their own state and words. Runtime validation, TypeScript types (z.infer) and the JSON Schemas in
 * data/schemas/ all come from here and from schema.ts.
 */
import { z } from 'zod';
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
  SECTORS,
  sources,
  template,
  text,
} from './schema-parts.ts';
import { EDITIONS, type EditionId } from '../i18n/editions.ts';

export type { EventCategory, Money, Sector } from './schema-parts.ts';

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
          .object({
            label: text,
            // A transliterated edition is named in its own script, in the Latin translation too ("Ћирилица").
            ...(Object.fromEntries(EDITIONS.map((e) => [e.id, e.script === 'cyrillic' ? cyrillicOnPurpose(text) : text])) as Record<EditionId, typeof text>),
          })
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

/** The data files the graphics draw from, in the order the data check reads them (after story.json). */
export const FACT_FILES = {
  'interface.json': interfaceFile,
  'projects.json': projectsFile,
  'timeline.json': timelineFile,
  'trade-partners.json': tradePartnersFile,
  'china-trade.json': chinaTradeFile,
  'debt.json': debtFile,
  'aiddata-finance.json': financeFile,
} as const;

export type FactFiles = { [K in keyof typeof FACT_FILES]: z.infer<(typeof FACT_FILES)[K]> };
