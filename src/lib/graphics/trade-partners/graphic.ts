/** Serbia's main trading partners: one bar per partner and flow, one period at a time. */
import { z } from 'zod';
import { neutral, pluralWords, template, text, fileName } from '../../data/schema-parts.ts';
import { mustBeIn } from '../checks.ts';
import { defineGraphic, type Finding } from '../types.ts';
import { rankOf, type TradePartnersProps } from './model.ts';

const FLOWS = ['exports', 'imports', 'total'] as const;

export const state = z
  .object({
    period: text.optional().meta({ description: 'A period label from trade-partners.json, e.g. "January–October 2023".' }),
    flow: z.enum(['exports', 'imports']).optional().meta({ description: 'Sort by and emphasise this flow.' }),
    partner: text.optional().meta({ description: 'A partner to highlight, e.g. "China".' }),
  })
  .strict();
export type TradePartnersState = z.infer<typeof state>;

/** A fact the title states: this partner has this rank in this period (by value, in the flow given or the period's only one). */
const rankClaim = z
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

export default defineGraphic({
  id: 'trade-partners',
  kind: 'chart',
  state,
  words,
  props: (data): TradePartnersProps => ({ series: data['trade-partners.json'].series }),
  checkState(s, data) {
    const series = data['trade-partners.json']?.series;
    const inPeriod = series?.filter((p) => s.period === undefined || p.period === s.period);
    return [
      ...mustBeIn(['period'], 'the period', s.period, series && [...new Set(series.map((p) => p.period))]),
      ...mustBeIn(['partner'], 'the partner', s.partner, inPeriod && [...new Set(inPeriod.flatMap((p) => p.partners.map((r) => r.partner)))]),
    ];
  },
  checkWords(w, data) {
    const series = data['trade-partners.json']?.series;
    if (!series) return [];
    const partners = [...new Set(series.flatMap((p) => p.partners.map((r) => r.partner)))];
    return [...mustBeIn(['highlight'], 'the partner', w.highlight, partners), ...(w.claims ?? []).flatMap((claim, i): Finding[] => {
      const path = ['claims', i];
      const found = mustBeIn([...path, 'period'], 'the period', claim.period, [...new Set(series.map((p) => p.period))]);
      if (found.length) return found;
      const rank = rankOf(series, claim);
      if (rank.rank === claim.rank) return [];
      return [
        {
          path,
          message:
            `the title says ${claim.partner} ranks ${claim.rank} in ${claim.period}, but in trade-partners.json ` +
            (rank.rank === null ? `${claim.partner} has no value there` : `it ranks ${rank.rank} (${rank.order.slice(0, Math.max(rank.rank, claim.rank)).join(', ')})`) +
            '. Change the title and its claim, or the data',
        },
      ];
    })];
  },
  embed: { options: ['period', 'flow', 'partner'] },
  budget: { js: 30_000, css: 15_000 },
});
