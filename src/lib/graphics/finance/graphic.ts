/** Chinese official finance to Serbia (AidData): one stacked bar per commitment year, one segment per sector. */
import { mustBeIn } from '../checks.ts';
import { defineGraphic, type Finding } from '../types.ts';
import { sectorShare, type FinanceProps } from './model.ts';
import { state, words } from './schema.ts';
export type { FinanceState, FinanceWords } from './schema.ts';

export default defineGraphic({
  id: 'finance',
  kind: 'chart',
  state,
  words,
  props: (data): FinanceProps => ({ records: data['aiddata-finance.json'].records, dataset: data['aiddata-finance.json'].dataset }),
  checkState(s, data) {
    const records = data['aiddata-finance.json']?.records;
    return [
      ...mustBeIn(['sector'], 'the sector', s.sector, records && [...new Set(records.map((r) => r.sector))]),
      ...mustBeIn(['year'], 'the year', s.year, records && [...new Set(records.flatMap((r) => (r.commitmentYear ? [r.commitmentYear] : [])))]),
    ];
  },
  checkWords(w, data) {
    const records = data['aiddata-finance.json']?.records;
    if (!records) return [];
    const sectors = [...new Set(records.map((r) => r.sector))];
    return [
      ...Object.keys(w.sectors).flatMap((s) => mustBeIn(['sectors', s], 'the sector', s, sectors)),
      ...Object.keys(w.statuses ?? {}).flatMap((s) => mustBeIn(['statuses', s], 'the status', s, [...new Set(records.map((r) => r.status))])),
      ...(w.claims ?? []).flatMap((claim, i): Finding[] => {
        const unknown = claim.sectors.flatMap((s, j) => mustBeIn(['claims', i, 'sectors', j], 'the sector', s, sectors));
        if (unknown.length) return unknown;
        const share = sectorShare(records, claim.sectors);
        if (share > claim.moreThan) return [];
        return [
          {
            path: ['claims', i],
            message:
              `the title says ${claim.sectors.join(' and ')} hold more than ${Math.round(claim.moreThan * 100)}% of the finance, ` +
              `but in aiddata-finance.json they hold ${Math.round(share * 100)}%. Change the title and its claim, or the data`,
          },
        ];
      }),
    ];
  },
  budget: { js: 30_000, css: 15_000 },
});
