/**
 * Numbers, dates and money in the reader's language, through Intl with the edition's locale (en-GB,
 * sr-Latn, sr-Cyrl) and the patterns of interface.json › format. Pure: the server and the browser format
 * alike. Figures are never rounded unless a function says so: a value keeps the decimals its source gave.
 */
import { parseDate } from '../data/dates.ts';
import { fill, plural, type PluralForms, type Template, type Words } from './template.ts';

export type Magnitude = 'units' | 'thousand' | 'million' | 'billion';

/** interface.json › format: how a language writes money, units and ranges. */
export interface FormatWords {
  /** A BCP 47 tag for Intl, e.g. "en-GB" or "sr-Latn". */
  locale: string;
  /** An amount with its magnitude and currency: "{currency} {amount}bn", or plural forms ("{amount} milijardi {currency}"). */
  money: Record<Magnitude, Words>;
  /** The unit of an axis or a column: "{currency} million". */
  unit: Record<Magnitude, Template>;
  /** How a currency code is written inside money and units: "EUR", or "evra". */
  currencies: Record<string, string>;
  /** An approximate value: "≈ {value}". */
  approximate: Template;
  /** A percentage: "{value}%". */
  percent: Template;
  /** A range whose ends are one word each ("{start}–{end}") and one whose ends are several ("{start} – {end}"). */
  range: Template;
  spacedRange: Template;
  /** A year or a run of years in a sentence: "{year}" (English), "{year}." (Serbian ordinal). */
  year?: Template;
  /** Short forms for chart labels, where room is tight: "USD 1.5bn", "1,5 mlrd. $". */
  short: {
    money: Record<Magnitude, Words>;
    unit: Record<Magnitude, Template>;
    currencies: Record<string, string>;
  };
}

export interface Money {
  amount: number;
  magnitude: Magnitude;
  currency: string;
}

const FACTOR: Record<Magnitude, number> = { units: 1, thousand: 1e3, million: 1e6, billion: 1e9 };

/** The decimals a source gave: 3615.8 → 1, 2.518 → 3, 1500 → 0. */
function decimalsOf(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

export function createFormat(words: FormatWords) {
  const { locale } = words;
  const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const full = intl({ day: 'numeric', month: 'long', year: 'numeric' });
  const monthYear = intl({ month: 'long', year: 'numeric' });
  const yearOnly = intl({ year: 'numeric' });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });

  const currency = (code: string) => words.currencies[code] ?? code;
  const shortCurrency = (code: string) => words.short.currencies[code] ?? currency(code);

  /** 3615.8 → "3,615.8" / "3.615,8": as many decimals as the source gave, never rounded. */
  function number(value: number, decimals = decimalsOf(value)): string {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  }

  /** "EUR 170m" / "170 miliona evra": the amount as stated. */
  function money(m: Money): string {
    return plural(words.money[m.magnitude], m.amount, locale, { amount: number(m.amount), currency: currency(m.currency) });
  }

  /** "USD 170m" / "170 mil. $": an amount as stated, in the short forms of chart labels. */
  function shortMoney(m: Money): string {
    return plural(words.short.money[m.magnitude], m.amount, locale, { amount: number(m.amount), currency: shortCurrency(m.currency) });
  }

  /** The largest magnitude in which an amount in units is at least 1: 1.5e9 → billion. */
  const magnitudeOf = (value: number) => (['billion', 'million', 'thousand'] as const).find((m) => Math.abs(value) >= FACTOR[m]) ?? 'units';

  /**
   * A short reading of an exact amount in units ("USD 1.2bn", "USD 360m", "USD 11k"): one decimal below 10 of
   * its magnitude, none above. For compact labels only; tables keep the exact number. `short`: in the short
   * forms of chart labels ("1,2 mlrd. $") rather than in words ("1,2 milijarde dolara").
   */
  function compactMoney(value: number, code: string, { short = false } = {}): string {
    const round = (x: number) => (x < 10 ? Math.round(x * 10) / 10 : Math.round(x));
    const write = short ? shortMoney : money;
    for (const magnitude of ['billion', 'million', 'thousand'] as const) {
      const r = round(value / FACTOR[magnitude]);
      if (r >= 1) return write({ amount: r, magnitude, currency: code });
    }
    return write({ amount: Math.round(value), magnitude: 'units', currency: code });
  }

  /**
   * A value axis' tick in units, exactly, in the short forms: 0 → "0", 1.25e9 → "USD 1.25bn" / "1,25 mlrd. $",
   * 5e8 → "USD 500m". Never rounded: a tick stands where its label says.
   */
  function axisMoney(value: number, code: string): string {
    if (value === 0) return number(0);
    const magnitude = magnitudeOf(value);
    return shortMoney({ amount: Number((value / FACTOR[magnitude]).toPrecision(12)), magnitude, currency: code });
  }

  /** "EUR million" / "miliona evra": for axis and column headings. */
  function unit(code: string, magnitude: Magnitude): string {
    return fill(words.unit[magnitude], { currency: currency(code) }).trim();
  }

  /** "EUR bn" / "mlrd. €": an axis' unit in the short forms of chart labels. */
  function shortUnit(code: string, magnitude: Magnitude): string {
    return fill(words.short.unit[magnitude], { currency: shortCurrency(code) }).trim();
  }

  /** "2009", "May 2024", "9 September 2024" (or "9. septembar 2024."): as precise as the data. */
  function date(s: string): string {
    const d = parseDate(s);
    if (!d) return s;
    if (d.precision === 'year') return yearOnly.format(utc(d.year));
    if (d.precision === 'month') return monthYear.format(utc(d.year, d.month));
    return full.format(utc(d.year, d.month, d.day));
  }

  /** [2000, 2001, 2002, 2004] → "2000–2002 and 2004" / "2000–2002. i 2004.". */
  function years(list: number[]): string {
    const sorted = [...new Set(list)].sort((x, y) => x - y);
    const runs: [number, number][] = [];
    for (const y of sorted) {
      const last = runs.at(-1);
      if (last && y === last[1] + 1) last[1] = y;
      else runs.push([y, y]);
    }
    const asYear = (s: string) => (words.year ? fill(words.year, { year: s }) : s);
    return lists.format(runs.map(([x, y]) => asYear(x === y ? String(x) : fill(words.range, { start: x, end: y }))));
  }

  return {
    locale,
    number,
    money,
    shortMoney,
    compactMoney,
    axisMoney,
    unit,
    shortUnit,
    currency,
    date,
    years,
    list: (items: string[]) => lists.format(items),
    approximate: (value: string) => fill(words.approximate, { value }),
    percent: (value: number) => fill(words.percent, { value: number(value) }),
    /** The plural form for a count, with the count written in the language's digits and separators. */
    plural: (forms: Words, count: number, values: Record<string, string | number> = {}) =>
      plural(forms, count, locale, { ...values, count: number(count) }),
    fill,
  };
}

export type Format = ReturnType<typeof createFormat>;
export type { PluralForms, Template, Words };
