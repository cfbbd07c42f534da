/** Chinese official finance: what story.json may ask of it (its state) and its words (story.json › graphics › finance). */
import { z } from 'zod';
import { neutral, pluralWords, template, text, fileName } from '../../data/schema-parts.ts';

export const state = z
  .object({
    sector: text.optional().meta({ description: 'An AidData sector name to bring forward, e.g. "ENERGY".' }),
    year: z.number().int().optional().meta({ description: 'A year to highlight.' }),
  })
  .strict();
export type FinanceState = z.infer<typeof state>;

const year = z.number().int().min(1990).max(2100);

export const words = z
  .object({
    title: text,
    claims: neutral(z
      .array(
        z
          .object({ sectors: z.array(text).min(1), moreThan: z.number().min(0).max(1) })
          .strict()
          .meta({ description: '{"sectors": ["TRANSPORT AND STORAGE", "ENERGY"], "moreThan": 0.5}: these AidData sectors hold more than this share of the total.' }),
      ))
      .optional()
      .meta({ description: 'What the title states, so the data check can verify it against the data.' }),
    years: z
      .object({ from: year, to: year })
      .strict()
      .meta({ description: 'The years the axis always shows (widened when a record falls outside them).' }),
    namedSectors: z.number().int().min(1).max(4).meta({ description: 'How many of the largest sectors get their own colour; the rest are “other sectors”.' }),
    sectors: z.record(z.string(), text).meta({ description: 'How readers see AidData’s sector names, e.g. {"ENERGY": "Energy"}. A sector left out is written in sentence case.' }),
    otherSectors: text,
    statuses: z
      .record(z.string(), text)
      .optional()
      .meta({ description: 'How readers see AidData’s statuses, e.g. {"Completion": "Completion"}; in Serbian {"Completion": "Završeno"}. A status left out is shown as AidData writes it (in English).' }),
    subtitle: template(['from', 'to']),
    embedTitle: text,
    notes: z
      .object({
        commitment: text,
        constantDollars: text,
        emptyYears: template(['years']),
        noAmount: pluralWords(),
        noAmountOneYear: pluralWords(['year']),
        noAmountYears: template(['years']),
        noYear: pluralWords(),
        otherSectors: template(['label', 'sectors']),
        dataset: template(['citation', 'licence']),
      })
      .strict(),
    description: z
      .object({
        intro: template(['from', 'to', 'records']),
        records: pluralWords(),
        totals: template(['total', 'sectors']),
        sector: template(['sector', 'amount', 'percent']),
        largest: template(['years']),
        largestYear: template(['year', 'amount']),
        empty: template(['years']),
        noAmount: pluralWords(),
      })
      .strict(),
    tooltip: z
      .object({
        none: text,
        noAmountYear: pluralWords(),
        record: template(['title', 'id']),
        recordAmount: template(['amount', 'title', 'id']),
        moreInTable: pluralWords(),
        moreRecords: pluralWords(),
        heading: template(['sector', 'year']),
        amount: template(['amount']),
        allSectors: template(['year', 'total']),
        alsoNoAmount: pluralWords(['year']),
      })
      .strict(),
    legend: z.object({ label: text, none: text, noAmount: text }).strict(),
    annotation: z.object({ total: template(['year', 'total']), none: template(['year']), noAmount: template(['year']) }).strict(),
    columns: z.object({ id: text, year: text, sector: text, title: text, status: text, amount: text }).strict(),
    chartLabel: template(['from', 'to']),
    credit: template(['version', 'licence']),
    file: fileName(),
  })
  .strict();
export type FinanceWords = z.infer<typeof words>;
