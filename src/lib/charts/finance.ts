/**
 * Chinese official finance to Serbia (AidData GCDF): records grouped into one stacked bar per commitment
 * year and one segment per sector, ready to draw. Pure functions: no DOM, no randomness, so the server
 * and the browser compute exactly the same thing.
 */
import { nice, range, sum, ticks } from 'd3-array';
import type { FinanceRecord } from '../data/schema.ts';

/** The years the axis always shows (widened if the data ever holds earlier or later years). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2021;
/** How many of the largest sectors get their own colour; the rest are "Other sectors". */
export const NAMED_SECTORS = 4;
export const OTHER_KEY = 'OTHER';
export const OTHER_LABEL = 'Other sectors';
const COLOURS = ['var(--cat-1)', 'var(--cat-2)', 'var(--cat-3)', 'var(--cat-4)'];
const OTHER_COLOUR = 'var(--cat-7)';

export interface SectorGroup {
  /** AidData's sector name for a named sector, OTHER_KEY for the rest. */
  key: string;
  /** As readers see it: "Transport and storage", "Other sectors". */
  label: string;
  /** A CSS colour (always a custom property from global.css). */
  colour: string;
  /** AidData sector names in this group, largest first. */
  sectors: string[];
  /** Sum of the amounts (constant 2021 USD) of the group's records that have one. */
  total: number;
}

export interface Segment {
  year: number;
  group: string;
  amount: number;
  /** Stack bounds in USD: the segment runs from y0 up to y1. */
  y0: number;
  y1: number;
  /** The records drawn in this segment (all have an amount), largest first. */
  records: FinanceRecord[];
}

export interface FinanceYear {
  year: number;
  /** Sum of the amounts of the year's records that have one. */
  total: number;
  /** Bottom to top, in the order of the groups. */
  segments: Segment[];
  /** Every record committed that year, with or without an amount. */
  recordCount: number;
  /** The year's records without an amount (not drawn). */
  noAmount: FinanceRecord[];
  /** "amounts": something is drawn; "no-amounts": records exist but none has an amount; "none": AidData records nothing. */
  kind: 'amounts' | 'no-amounts' | 'none';
}

export interface FinanceModel {
  firstYear: number;
  lastYear: number;
  /** One entry for every year from firstYear to lastYear, in order. */
  years: FinanceYear[];
  /** Named sectors largest first, then "Other sectors" (if any record falls in it): also the stack order. */
  groups: SectorGroup[];
  /** Sum of every drawn amount. */
  total: number;
  /** The largest yearly total. */
  max: number;
  recordCount: number;
  /** Records without an amount: counted, listed in the table, not drawn. */
  noAmount: FinanceRecord[];
  /** Records without a commitment year (none in GCDF 3.0 for Serbia): in the table, not drawn. */
  noYear: FinanceRecord[];
  /** Years in which AidData records no commitment at all. */
  emptyYears: number[];
  /** Years with records, none of which has an amount. */
  noAmountYears: number[];
}

/** "TRANSPORT AND STORAGE" → "Transport and storage". */
export function sentenceCase(s: string): string {
  const lower = s.trim().toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const drawable = (r: FinanceRecord): r is FinanceRecord & { amountUsd2021: number; commitmentYear: number } =>
  r.amountUsd2021 !== null && r.commitmentYear !== null;

/** The named sectors (largest total first) and "Other sectors" for the rest. */
export function sectorGroups(records: FinanceRecord[], named: number = NAMED_SECTORS): SectorGroup[] {
  const totals = new Map<string, number>();
  for (const r of records) totals.set(r.sector, (totals.get(r.sector) ?? 0) + (r.amountUsd2021 ?? 0));
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const own = ranked.filter(([, total]) => total > 0).slice(0, Math.min(named, COLOURS.length));
  const groups: SectorGroup[] = own.map(([sector, total], i) => ({
    key: sector,
    label: sentenceCase(sector),
    colour: COLOURS[i],
    sectors: [sector],
    total,
  }));
  const rest = ranked.filter(([sector]) => !own.some(([s]) => s === sector));
  if (rest.length)
    groups.push({
      key: OTHER_KEY,
      label: OTHER_LABEL,
      colour: OTHER_COLOUR,
      sectors: rest.map(([s]) => s),
      total: sum(rest, ([, t]) => t),
    });
  return groups;
}

/** The group an AidData sector name (or a group key or label) belongs to, or null if none matches. */
export function groupKeyFor(groups: SectorGroup[], sector: string | null | undefined): string | null {
  if (!sector) return null;
  const wanted = sector.trim().toLowerCase();
  const match = groups.find(
    (g) =>
      g.key.toLowerCase() === wanted ||
      g.label.toLowerCase() === wanted ||
      g.sectors.some((s) => s.toLowerCase() === wanted),
  );
  return match?.key ?? null;
}

const byAmountThenId = (a: FinanceRecord, b: FinanceRecord) =>
  (b.amountUsd2021 ?? 0) - (a.amountUsd2021 ?? 0) || a.id - b.id;

export function financeModel(records: FinanceRecord[]): FinanceModel {
  const groups = sectorGroups(records);
  const groupOf = (r: FinanceRecord) => groupKeyFor(groups, r.sector) ?? OTHER_KEY;
  const dated = records.filter((r) => r.commitmentYear !== null);
  const yearsInData = dated.map((r) => r.commitmentYear as number);
  const firstYear = Math.min(FIRST_YEAR, ...yearsInData);
  const lastYear = Math.max(LAST_YEAR, ...yearsInData);

  const years: FinanceYear[] = range(firstYear, lastYear + 1).map((year) => {
    const inYear = dated.filter((r) => r.commitmentYear === year);
    const withAmount = inYear.filter(drawable);
    let y = 0;
    const segments: Segment[] = [];
    for (const g of groups) {
      const rs = withAmount.filter((r) => groupOf(r) === g.key).sort(byAmountThenId);
      if (!rs.length) continue;
      const amount = sum(rs, (r) => r.amountUsd2021);
      segments.push({ year, group: g.key, amount, y0: y, y1: y + amount, records: rs });
      y += amount;
    }
    const noAmount = inYear.filter((r) => r.amountUsd2021 === null).sort((a, b) => a.id - b.id);
    return {
      year,
      total: y,
      segments,
      recordCount: inYear.length,
      noAmount,
      kind: segments.length ? 'amounts' : inYear.length ? 'no-amounts' : 'none',
    };
  });

  return {
    firstYear,
    lastYear,
    years,
    groups,
    total: sum(years, (y) => y.total),
    max: Math.max(0, ...years.map((y) => y.total)),
    recordCount: records.length,
    noAmount: records.filter((r) => r.amountUsd2021 === null),
    noYear: records.filter((r) => r.commitmentYear === null),
    emptyYears: years.filter((y) => y.kind === 'none').map((y) => y.year),
    noAmountYears: years.filter((y) => y.kind === 'no-amounts').map((y) => y.year),
  };
}

/**
 * "USD 1.2bn", "USD 360m", "USD 2.8m", "USD 11k", "USD 623": a compact reading of an exact amount
 * (one decimal below 10 of a unit, none above). The data keep the exact number.
 */
export function formatUsd(value: number): string {
  if (value === 0) return 'USD 0';
  const units: [number, string][] = [
    [1e9, 'bn'],
    [1e6, 'm'],
    [1e3, 'k'],
  ];
  const round = (x: number) => (x < 10 ? Math.round(x * 10) / 10 : Math.round(x));
  for (const [size, suffix] of units) {
    const r = round(value / size);
    if (r >= 1) return `USD ${r.toLocaleString('en-GB')}${suffix}`;
  }
  return `USD ${Math.round(value).toLocaleString('en-GB')}`;
}

/** [2000, 2001, 2002, 2003, 2004, 2020] → "2000–2004 and 2020". */
export function yearRanges(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  const parts = runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The chart's notes: what a commitment is, the unit, empty years, and what is not drawn. */
export function financeNotes(model: FinanceModel): string[] {
  const notes = [
    'A commitment is the amount a Chinese state institution or state-owned company formally agreed to lend or give, counted in the year of the agreement (AidData’s commitment year). It is not the amount actually paid out.',
    'Amounts are in constant 2021 US dollars, as AidData gives them (adjusted for inflation and exchange rates), so they differ from the amounts in the dollars of the day named in the record titles.',
  ];
  if (model.emptyYears.length)
    notes.push(
      `${yearRanges(model.emptyYears)}: no commitments recorded by AidData. These years are empty, not missing data.`,
    );
  if (model.noAmount.length) {
    const n = model.noAmount.length;
    const only = model.noAmountYears;
    const inOnly = model.years.find((y) => y.year === only[0])?.recordCount ?? 0;
    const onlyThese =
      only.length === 0
        ? ''
        : only.length === 1
          ? ` In ${only[0]}, ${inOnly === 1 ? 'the only record has no amount' : `none of the ${inOnly} records has an amount`}, so there is no bar.`
          : ` In ${yearRanges(only)}, no record has an amount, so there are no bars.`;
    notes.push(
      `${plural(n, 'record has', 'records have')} no amount and ${n === 1 ? 'is' : 'are'} not in the bars; ${n === 1 ? 'it is' : 'they are'} in the table.${onlyThese}`,
    );
  }
  if (model.noYear.length) {
    const n = model.noYear.length;
    notes.push(`${plural(n, 'record has', 'records have')} no commitment year and ${n === 1 ? 'is' : 'are'} not in the bars; ${n === 1 ? 'it is' : 'they are'} in the table.`);
  }
  const other = model.groups.find((g) => g.key === OTHER_KEY);
  if (other) notes.push(`${OTHER_LABEL}: ${other.sectors.map(sentenceCase).join(', ')}.`);
  return notes;
}

/** The largest shares, e.g. for the title check and the description. */
export function groupShare(model: FinanceModel, key: string): number {
  const g = model.groups.find((x) => x.key === key);
  return g && model.total > 0 ? g.total / model.total : 0;
}

/** A factual headline: the newsroom's wording while the data bear it out, a plain one otherwise. */
export function financeTitle(model: FinanceModel): string {
  const [first, second] = model.groups;
  const keys = new Set([first?.key, second?.key]);
  const bothHere = keys.has('TRANSPORT AND STORAGE') && keys.has('ENERGY');
  if (bothHere && groupShare(model, 'TRANSPORT AND STORAGE') + groupShare(model, 'ENERGY') > 0.5)
    return 'Most Chinese finance for Serbia went to roads, railways and power';
  return 'Chinese official finance to Serbia, by sector';
}

/** What the chart shows, in words, for readers who cannot see it. */
export function financeDescription(model: FinanceModel): string {
  const largest = [...model.years].sort((a, b) => b.total - a.total).filter((y) => y.total > 0).slice(0, 3);
  const groups = model.groups.map(
    (g) => `${g.label.toLowerCase()} ${formatUsd(g.total)} (${Math.round(100 * groupShare(model, g.key))}%)`,
  );
  const parts = [
    `Stacked bars of Chinese official finance committed to Serbia each year from ${model.firstYear} to ${model.lastYear}, by sector, in constant 2021 US dollars, from ${plural(model.recordCount, 'AidData record', 'AidData records')}.`,
    `Total with a known amount: ${formatUsd(model.total)}; by sector: ${groups.join(', ')}.`,
  ];
  if (largest.length)
    parts.push(`Largest years: ${largest.map((y) => `${y.year} (${formatUsd(y.total)})`).join(', ')}.`);
  if (model.emptyYears.length) parts.push(`No commitments recorded in ${yearRanges(model.emptyYears)}.`);
  if (model.noAmount.length)
    parts.push(`${plural(model.noAmount.length, 'record has', 'records have')} no amount and ${model.noAmount.length === 1 ? 'is' : 'are'} only in the table.`);
  return parts.join(' ');
}

export interface FinanceRow extends Record<string, string | number | null> {
  id: number;
  year: number | null;
  sector: string;
  title: string;
  status: string;
  amount: number | null;
}

/** One table/CSV row per record, by year then date then id; the amount exactly as AidData gives it. */
export function financeRows(records: FinanceRecord[]): FinanceRow[] {
  return [...records]
    .sort(
      (a, b) =>
        (a.commitmentYear ?? Infinity) - (b.commitmentYear ?? Infinity) ||
        (a.commitmentDate ?? '').localeCompare(b.commitmentDate ?? '') ||
        a.id - b.id,
    )
    .map((r) => ({
      id: r.id,
      year: r.commitmentYear,
      sector: sentenceCase(r.sector),
      title: r.title,
      status: r.status,
      amount: r.amountUsd2021,
    }));
}

/** "AidData, GCDF 3.0, licence ODC-By 1.0": the credit the licence asks for, from the dataset block. */
export function aiddataCredit(dataset: { name: string; licence: string }): string {
  const version = /Version\s+([\d.]+)/i.exec(dataset.name)?.[1];
  const licence = /\(([^)]+)\)\s*([\d.]+)/.exec(dataset.licence);
  return [
    version ? `AidData, GCDF ${version}` : dataset.name,
    `licence ${licence ? `${licence[1]} ${licence[2]}` : dataset.licence}`,
  ].join(', ');
}

/** Shortens a record title for a tooltip at a word boundary; the table keeps the full title. */
export function shortTitle(title: string, max = 70): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

/**
 * The year bands across the chart, in percent: what d3-scale's scaleBand gives (centred, unrounded), written
 * out because d3-scale with its interpolators would triple the size of this chart's code for two formulas.
 */
export function yearBands(years: number[], paddingInner: number, paddingOuter: number) {
  const step = 100 / Math.max(1, years.length - paddingInner + paddingOuter * 2);
  const start = (100 - step * (years.length - paddingInner)) / 2;
  const index = new Map(years.map((year, i) => [year, i]));
  const x = (year: number): number | undefined => {
    const i = index.get(year);
    return i === undefined ? undefined : start + step * i;
  };
  return Object.assign(x, { step: () => step, bandwidth: () => step * (1 - paddingInner), paddingInner: () => paddingInner });
}

/** The value axis, in percent from the top: 0 at the bottom, the nice maximum (about 4 ticks) at the top. */
export function valueAxis(max: number) {
  const [, top] = nice(0, max || 1, 4);
  const y = (value: number) => 100 - (value / top) * 100;
  return Object.assign(y, { ticks: (count: number) => ticks(0, top, count), invert: (percent: number) => ((100 - percent) / 100) * top });
}
