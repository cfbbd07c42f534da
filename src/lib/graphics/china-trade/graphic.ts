/** Serbia–China trade by year: exports and imports side by side, one currency at a time, gaps left blank. */
import { z } from 'zod';
import { neutral, CURRENCIES, template, text, wordsFor, fileName } from '../../data/schema-parts.ts';
import { mustBeIn } from '../checks.ts';
import { defineGraphic, type Finding } from '../types.ts';
import { importsExceedExports, type ChinaTradeProps } from './model.ts';

export const state = z
  .object({
    currency: z.enum(CURRENCIES).optional().meta({ description: 'Which figures to show: the sources give some years in USD, others in EUR.' }),
    year: z.number().int().optional().meta({ description: 'A year to highlight.' }),
    fta: z.boolean().optional().meta({ description: 'Highlight the free trade agreement (china-trade.json › agreement).' }),
  })
  .strict();
export type ChinaTradeState = z.infer<typeof state>;

const flows = z.object({ exports: text, imports: text, total: text }).strict();

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
  embed: { options: ['currency', 'year', 'fta'] },
  budget: { js: 30_000, css: 15_000 },
});
