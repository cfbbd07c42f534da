/** Serbia's trading partners: what story.json may ask of it (its state) and its words (story.json › graphics › trade-partners). */
import { z } from 'zod';
import { neutral, pluralWords, template, text, fileName } from '../../data/schema-parts.ts';

export const FLOWS = ['exports', 'imports', 'total'] as const;

export const state = z
  .object({
    period: text.optional().meta({ description: 'A period label from trade-partners.json, e.g. "January–October 2023".' }),
    flow: z.enum(['exports', 'imports']).optional().meta({ description: 'Sort by and emphasise this flow.' }),
    partner: text.optional().meta({ description: 'A partner to highlight, e.g. "China".' }),
  })
  .strict();
export type TradePartnersState = z.infer<typeof state>;

/** A fact the title states: this partner has this rank in this period (by value, in the flow given or the period's only one). */
export const rankClaim = z
  .object({
    partner: text,
    rank: z.number().int().positive(),
    period: text,
    flow: z.enum(FLOWS).optional(),
  })
  .strict()
  .meta({ description: 'e.g. {"partner": "China", "rank": 2, "period": "2022"}: the data check verifies it.' });

export const words = z
  .object({
    title: text,
    claims: neutral(z.array(rankClaim)).optional().meta({ description: 'What the title states, so the data check can verify it against the data.' }),
    highlight: neutral(text).meta({ description: 'The partner highlighted when a step names none, as trade-partners.json names it, e.g. "China".' }),
    subtitle: template(['period', 'highlight']),
    embedTitle: text.meta({ description: 'The embed’s name: its iframe title and its heading in the previewer.' }),
    description: template(['period', 'unit', 'ranking']),
    ranking: template(['flow', 'first']),
    rankingWithSecond: template(['flow', 'first', 'second']),
    partnerValue: template(['partner', 'value']),
    notes: z.array(text),
    rescaled: template(['period', 'unit', 'scale']).meta({
      description: 'A note for a period whose source states its figures in a larger unit than the chart’s one unit, e.g. "{period}: the source gives these figures in {unit}; shown here in {scale}."',
    }),
    more: pluralWords().meta({ description: 'Under the chart when not every partner fits the screen: "+{count} more in the table".' }),
    flows: z.object({ exports: text, imports: text, total: text }).strict(),
    sorted: text,
    partner: text,
    note: text,
    column: template(['flow', 'unit']),
    periodControl: text,
    valueMissing: text,
    notListed: text,
    tooltip: z
      .object({
        heading: template(['partner', 'flow']),
        value: template(['value', 'unit']),
        noValue: template(['note']),
        rank: template(['rank']),
      })
      .strict(),
    chartLabel: template(['period']),
    file: fileName(['period']),
  })
  .strict();
export type TradePartnersWords = z.infer<typeof words>;
