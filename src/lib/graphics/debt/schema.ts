/** Serbia's debt to China: what story.json may ask of it (its state) and its words (story.json › graphics › debt). */
import { z } from 'zod';
import { neutral, money, pluralWords, template, text, fileName } from '../../data/schema-parts.ts';

export const state = z
  .object({ series: text.optional().meta({ description: 'A series id from debt.json to bring forward.' }) })
  .strict();
export type DebtState = z.infer<typeof state>;

export const words = z
  .object({
    title: text,
    claims: neutral(z
      .array(
        z
          .object({ latestAtLeast: money.optional(), series: z.number().int().positive().optional() })
          .strict()
          .meta({ description: '{"latestAtLeast": {"amount": 1, "magnitude": "billion", "currency": "EUR"}, "series": 2}: each series’ latest figure is at least this, and there are this many series.' }),
      ))
      .optional()
      .meta({ description: 'What the title states, so the data check can verify it against the data.' }),
    subtitle: text,
    embedTitle: text,
    date: z.object({ approximate: template(['date']), unverified: template(['date']) }).strict(),
    share: template(['percent', 'of']),
    shareComputed: template(['percent', 'of']),
    doubts: z
      .object({ dateApproximate: text, dateUnverified: text, computed: text, approximate: text, unverified: text })
      .strict(),
    tooltip: template(['value', 'date']),
    description: z
      .object({
        intro: pluralWords(),
        one: template(['series', 'point']),
        several: template(['series', 'count', 'first', 'last']),
        severalWithPeak: template(['series', 'count', 'first', 'last', 'peak']),
        point: template(['value', 'date']),
        pointWithShare: template(['value', 'date', 'share']),
      })
      .strict(),
    notes: z.object({ panels: text, dates: text, hollow: text, computedShares: text }).strict(),
    columns: z.object({ series: text, date: text, value: text, unit: text, share: text, confidence: text, note: text }).strict(),
    table: z.object({ value: template(['confidence']), date: template(['confidence']) }).strict(),
    chartLabel: pluralWords(),
    file: fileName(),
  })
  .strict();
export type DebtWords = z.infer<typeof words>;
