/** Serbia's debt to China: separate measures as small multiples, a dot per reported figure, nothing joined. */
import { mustBeIn } from '../checks.ts';
import { defineGraphic, type Finding } from '../types.ts';
import { latestPoints, type DebtProps } from './model.ts';
import { state, words } from './schema.ts';
export type { DebtState, DebtWords } from './schema.ts';

const FACTOR = { units: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as const;

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
  budget: { js: 30_000, css: 15_000 },
});
