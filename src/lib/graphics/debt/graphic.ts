/** Serbia's debt to China: separate measures as small multiples, a dot per reported figure, nothing joined. */
import { z } from 'zod';
import { neutral, money, pluralWords, template, text, fileName } from '../../data/schema-parts.ts';
import { mustBeIn } from '../checks.ts';
import { defineGraphic, type Finding } from '../types.ts';
import { latestPoints, type DebtProps } from './model.ts';

export const state = z
  .object({ series: text.optional().meta({ description: 'A series id from debt.json to bring forward.' }) })
  .strict();
export type DebtState = z.infer<typeof state>;

const FACTOR = { units: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as const;

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

export default defineGraphic({
  id: 'debt',
  kind: 'chart',
  state,
  words,
  props: (data): DebtProps => ({ series: data['debt.json'].series }),
  checkState: (s, data) => mustBeIn(['series'], 'the series', s.series, data['debt.json']?.series.map((d) => d.id)),
  checkWords(w, data) {
    const series = data['debt.json']?.series;
    if (!series) return [];
    return (w.claims ?? []).flatMap((claim, i): Finding[] => {
      const found: Finding[] = [];
      if (claim.series !== undefined && claim.series !== series.length)
        found.push({ path: ['claims', i, 'series'], message: `the title counts ${claim.series} series, but debt.json has ${series.length}` });
      const min = claim.latestAtLeast;
      if (min)
        for (const p of latestPoints(series)) {
          const below = p.point.currency !== min.currency || p.point.value * FACTOR[p.point.magnitude] < min.amount * FACTOR[min.magnitude];
          if (below)
            found.push({
              path: ['claims', i, 'latestAtLeast'],
              message:
                `the title says each series’ latest figure is at least ${min.currency} ${min.amount} ${min.magnitude}, but the latest of ` +
                `"${p.series}" is ${p.point.currency} ${p.point.value} ${p.point.magnitude}. Change the title and its claim, or the data`,
            });
        }
      return found;
    });
  },
  embed: { options: ['series'] },
  budget: { js: 30_000, css: 15_000 },
});
