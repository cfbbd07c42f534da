/** Serbia–China trade: what story.json may ask of it (its state) and its words (story.json › graphics › china-trade). */
import { z } from 'zod';
import { neutral, CURRENCIES, template, text, wordsFor, fileName } from '../../data/schema-parts.ts';

export const state = z
  .object({
    currency: z.enum(CURRENCIES).optional().meta({ description: 'Which figures to show: the sources give some years in USD, others in EUR.' }),
    year: z.number().int().optional().meta({ description: 'A year to highlight.' }),
    fta: z.boolean().optional().meta({ description: 'Highlight the free trade agreement (china-trade.json › agreement).' }),
  })
  .strict();
export type ChinaTradeState = z.infer<typeof state>;

export const flows = z.object({ exports: text, imports: text, total: text }).strict();

export const words = z
  .object({
    title: text,
    claims: neutral(z
      .array(
        z
          .object({ importsExceedExports: z.literal(true), currency: z.enum(CURRENCIES).optional() })
          .strict()
          .meta({ description: '{"importsExceedExports": true}: every year with both flows shows Serbia buying more from China than it sells there.' }),
      ))
      .optional()
      .meta({ description: 'What the title states, so the data check can verify it against the data.' }),
    subtitle: template(['unit']),
    subtitleOtherCurrencies: template(['unit', 'currencies']),
    currencyNames: wordsFor(CURRENCIES),
    embedTitle: text,
    yearPeriod: template(['year', 'period']),
    flows,
    legend: z
      .object({
        exports: text,
        exportsHint: text,
        imports: text,
        importsHint: text,
        total: text,
        totalHint: text,
        computed: text,
        approximate: text,
        unverified: text,
        missing: text,
      })
      .strict(),
    noData: text,
    tooltip: z
      .object({
        heading: template(['year', 'flow']),
        noFigure: text,
        totalOnly: text,
        total: template(['value']),
        computedTotal: template(['value']),
        gap: template(['currency']),
        elsewhere: template(['currencies']),
        noFigures: text,
      })
      .strict(),
    agreement: z
      .object({
        signed: text,
        inForce: text,
        signedTooltip: text,
        inForceTooltip: text,
        sentence: template(['signed', 'inForce']),
        after: template(['signed', 'inForce', 'currency']),
      })
      .strict(),
    description: z
      .object({
        empty: text,
        intro: template(['currency', 'from', 'to']),
        latest: template(['year', 'exports', 'imports']),
        earliest: template(['year', 'exports', 'imports']),
        totalsOnly: template(['years', 'values']),
        totalIn: template(['value', 'year']),
        gaps: template(['currency', 'years']),
      })
      .strict(),
    notes: z
      .object({
        currencies: text,
        rescaled: template(['years', 'unit', 'scale']),
        marks: text,
        period: template(['year', 'period']),
        yearNote: template(['year', 'note']),
      })
      .strict(),
    columns: z.object({ year: text, unit: text, exports: text, imports: text, total: text, confidence: text, note: text }).strict(),
    table: z
      .object({ flows, confidence: template(['flow', 'confidence']), noFigures: text, flowNote: template(['flow', 'note']) })
      .strict(),
    summary: z
      .object({ total: template(['value']).meta({ description: 'The total’s line among the values written over the year a step is about, e.g. "total {value}".' }) })
      .strict(),
    currencyControl: text,
    chartLabel: template(['currency', 'from', 'to']),
    file: fileName(),
  })
  .strict();
export type ChinaTradeWords = z.infer<typeof words>;
