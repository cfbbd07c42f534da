/** Serbia–China trade by year: exports and imports side by side, one currency at a time, gaps left blank. */
import { mustBeIn } from '../checks.ts';
import { defineGraphic, type Finding } from '../types.ts';
import { importsExceedExports, type ChinaTradeProps } from './model.ts';
import { state, words } from './schema.ts';
export type { ChinaTradeState, ChinaTradeWords } from './schema.ts';

export default defineGraphic({
  id: 'china-trade',
  kind: 'chart',
  state,
  words,
  props: (data): ChinaTradeProps => {
    const file = data['china-trade.json'];
    return { years: file.years, note: file.note, agreement: file.agreement && { signed: file.agreement.signed, inForce: file.agreement.inForce } };
  },
  checkState(s, data) {
    const years = data['china-trade.json']?.years;
    const inCurrency = years?.filter((y) => s.currency === undefined || y.currency === s.currency);
    return mustBeIn(['year'], 'the year', s.year, inCurrency?.map((y) => y.year));
  },
  checkWords(w, data) {
    const years = data['china-trade.json']?.years;
    if (!years) return [];
    return (w.claims ?? []).flatMap((claim, i): Finding[] => {
      if (importsExceedExports(years, claim.currency)) return [];
      const year = years.find((y) => y.exports && y.imports && (!claim.currency || y.currency === claim.currency) && y.exports.value >= y.imports.value);
      return [
        {
          path: ['claims', i],
          message:
            'the title says Serbia buys more from China than it sells there, but in china-trade.json ' +
            (year
              ? `${year.year} (${year.currency} ${year.magnitude}) has exports of ${year.exports!.value} and imports of ${year.imports!.value}`
              : 'no year has both exports and imports') +
            '. Change the title and its claim, or the data',
        },
      ];
    });
  },
  checkData(data) {
    const agreement = data['china-trade.json']?.agreement;
    const events = data['timeline.json']?.events;
    if (!agreement || !events) return [];
    return (['signed', 'inForce'] as const).flatMap((key) => {
      const eventId = agreement[`${key}Event`];
      const event = events.find((e) => e.id === eventId);
      const path = ['agreement', `${key}Event`];
      if (!event) return mustBeIn(path, 'the timeline event', eventId, events.map((e) => e.id)).map((f) => ({ file: 'china-trade.json', ...f }));
      if (event.date === agreement[key]) return [];
      return [
        {
          file: 'china-trade.json',
          path: ['agreement', key],
          message: `is "${agreement[key]}", but the timeline event "${eventId}" is dated "${event.date}": the two dates must agree`,
        },
      ];
    });
  },
  budget: { js: 30_000, css: 15_000 },
});
