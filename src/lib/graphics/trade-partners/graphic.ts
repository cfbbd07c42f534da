/** Serbia's main trading partners: one bar per partner and flow, one period at a time. */
import { mustBeIn } from '../checks.ts';
import { defineGraphic, type Finding } from '../types.ts';
import { rankOf, type TradePartnersProps } from './model.ts';
import { state, words } from './schema.ts';
export type { TradePartnersState, TradePartnersWords } from './schema.ts';

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
  budget: { js: 30_000, css: 15_000 },
});
