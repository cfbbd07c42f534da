/** Serbia's trade partners: the series of trade-partners.json grouped into periods, ready to draw. Pure. */
import { MAGNITUDE_ORDER, rescale, type Magnitude } from '../../charts/magnitudes.ts';
import type { TradePartnerSeries } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { compact, oneOf } from '../url-options.ts';
import type { TradePartnersState, TradePartnersWords } from './schema.ts';

export type Flow = TradePartnerSeries['flow'];

/** A series as the island gets it; in a translated edition `label`s name partners and periods in the reader's language. */
export type PartnerSeries = Omit<TradePartnerSeries, 'partners'> & {
  periodLabel?: string;
  partners: (TradePartnerSeries['partners'][number] & { label?: string })[];
};

export interface TradePartnersProps {
  series: PartnerSeries[];
}

export interface PartnerValue {
  /** In the period's `magnitude` (the chart's one unit), re-expressed exactly from the source's. */
  value: number | null;
  rank?: number;
  confidence: string;
  note?: string;
}

export interface PartnerRow {
  /** The partner as the data names it in English: the key that states and URLs use. */
  partner: string;
  /** As readers see it. */
  label: string;
  values: Partial<Record<Flow, PartnerValue>>;
}

export interface PartnerPeriod {
  /** The English label: the key. */
  period: string;
  label: string;
  /** The dates it covers, as in the data ("2023-01"): periods are listed in this order. */
  from: string;
  to: string;
  flows: Flow[];
  currency: string;
  /** The unit every value is shown in: one for all periods in this currency (the finest any source uses). */
  magnitude: Magnitude;
  /** Magnitudes the sources state this period in, when not `magnitude` (its values were re-expressed). */
  statedIn: Magnitude[];
  /** Decimals every value of the period is written with: as many as its most precise figure needs. */
  decimals: number;
  /** True when all flows share a currency, so bars can share one scale. */
  comparable: boolean;
  rows: PartnerRow[];
  sources: { name: string; url: string }[];
  notes: string[];
}

const FLOW_ORDER: Flow[] = ['exports', 'imports', 'total'];

/** The decimals a figure is stated with: 3615.8 → 1, 2.91 → 2, 1500 → 0. */
const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

/**
 * One unit per currency for every period: the finest magnitude any of its series uses, so that every figure is
 * re-expressed exactly (EUR 8.2 billion → EUR 8,200 million) and never rounded.
 */
export function displayMagnitudes(series: Pick<PartnerSeries, 'currency' | 'magnitude'>[]): Map<string, Magnitude> {
  const finest = new Map<string, Magnitude>();
  for (const s of series) {
    const m = finest.get(s.currency);
    if (!m || MAGNITUDE_ORDER.indexOf(s.magnitude) < MAGNITUDE_ORDER.indexOf(m)) finest.set(s.currency, s.magnitude);
  }
  return finest;
}

/** A figure in another magnitude, with the decimals it then needs (2.91 billion → 2,910 million, 0 decimals). */
export function reexpress(value: number, from: Magnitude, to: Magnitude): { value: number; decimals: number } {
  const steps = MAGNITUDE_ORDER.indexOf(from) - MAGNITUDE_ORDER.indexOf(to);
  const decimals = Math.max(0, decimalsOf(value) - 3 * steps);
  // Rounding to the decimals the figure has only removes binary noise (2.91 × 1000 = 2910.0000000000005).
  return { value: Number(rescale(value, from, to).toFixed(decimals)), decimals };
}

/** Periods in date order (by `from`, then `to`), each with its rows in one unit and one precision. */
export function periodsFrom(series: PartnerSeries[]): PartnerPeriod[] {
  const units = displayMagnitudes(series);
  const byPeriod = new Map<string, PartnerSeries[]>();
  for (const s of series) byPeriod.set(s.period, [...(byPeriod.get(s.period) ?? []), s]);
  const periods = [...byPeriod.entries()].map(([period, list]): PartnerPeriod => {
    list.sort((a, b) => FLOW_ORDER.indexOf(a.flow) - FLOW_ORDER.indexOf(b.flow));
    const magnitude = units.get(list[0].currency)!;
    const rows = new Map<string, PartnerRow>();
    let decimals = 0;
    for (const s of list) {
      const unit = units.get(s.currency)!;
      for (const p of s.partners) {
        const row = rows.get(p.partner) ?? { partner: p.partner, label: p.label ?? p.partner, values: {} };
        const shown = p.value === null ? null : reexpress(p.value, s.magnitude, unit);
        decimals = Math.max(decimals, shown?.decimals ?? 0);
        row.values[s.flow] = { value: shown?.value ?? null, rank: p.rank, confidence: p.confidence, note: p.note };
        rows.set(p.partner, row);
      }
    }
    return {
      period,
      label: list[0].periodLabel ?? period,
      from: list.reduce((d, s) => (s.from < d ? s.from : d), list[0].from),
      to: list.reduce((d, s) => (s.to > d ? s.to : d), list[0].to),
      flows: list.map((s) => s.flow),
      currency: list[0].currency,
      magnitude,
      statedIn: [...new Set(list.map((s) => s.magnitude))].filter((m) => m !== magnitude),
      decimals,
      comparable: list.every((s) => s.currency === list[0].currency),
      rows: [...rows.values()],
      sources: list.flatMap((s) => s.sources),
      notes: list.flatMap((s) => (s.note ? [s.note] : [])),
    };
  });
  return periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** Rows sorted by one flow, largest first; partners without a value for it go last, in their order. */
export function sortRows(rows: PartnerRow[], flow: Flow): PartnerRow[] {
  const v = (row: PartnerRow) => row.values[flow]?.value ?? -1;
  return [...rows].sort((a, b) => v(b) - v(a));
}

/**
 * The rows that fit when only `capacity` rows have room: the first ones, and the highlighted partner in place of
 * the last of them when it ranks lower (a step's partner is never left out). `hidden` rows are in the table.
 */
export function condenseRows(rows: PartnerRow[], highlight: string, capacity: number): { rows: PartnerRow[]; hidden: number; skipped: boolean } {
  if (capacity >= rows.length) return { rows, hidden: 0, skipped: false };
  const keep = Math.max(1, Math.floor(capacity));
  const at = rows.findIndex((r) => r.partner === highlight);
  const shown = at === -1 || at < keep ? rows.slice(0, keep) : [...rows.slice(0, keep - 1), rows[at]];
  return { rows: shown, hidden: rows.length - shown.length, skipped: at >= keep };
}

export function maxValue(period: PartnerPeriod, flow?: Flow): number {
  const flows = flow && !period.comparable ? [flow] : period.flows;
  return Math.max(0, ...period.rows.flatMap((r) => flows.map((f) => r.values[f]?.value ?? 0)));
}

/**
 * A partner's rank in a period, by value in one flow (the one asked for, else the period's only or total
 * flow); a partner listed without a value keeps the rank its source gives. Null when it is not ranked.
 */
export function rankOf(
  series: PartnerSeries[],
  claim: { partner: string; period: string; flow?: Flow },
): { rank: number | null; order: string[] } {
  const inPeriod = series.filter((s) => s.period === claim.period);
  const chosen =
    inPeriod.find((s) => s.flow === claim.flow) ??
    (claim.flow ? undefined : (inPeriod.length === 1 ? inPeriod[0] : inPeriod.find((s) => s.flow === 'total')));
  if (!chosen) return { rank: null, order: [] };
  const valued = chosen.partners.filter((p) => p.value !== null).sort((a, b) => b.value! - a.value!);
  const order = valued.map((p) => p.partner);
  const at = order.indexOf(claim.partner);
  if (at !== -1) return { rank: at + 1, order };
  return { rank: chosen.partners.find((p) => p.partner === claim.partner)?.rank ?? null, order };
}

/** The embed's URL options: ?period=2022&flow=imports&partner=China, each checked against the data. */
export function urlState(params: URLSearchParams, props: TradePartnersProps): TradePartnersState | null {
  const { series } = props;
  return compact<TradePartnersState>({
    period: oneOf(params.get('period'), series.map((s) => s.period)),
    flow: oneOf(params.get('flow'), ['exports', 'imports'] as const),
    partner: oneOf(params.get('partner'), series.flatMap((s) => s.partners.map((p) => p.partner))),
  });
}

const CYRILLIC_ASCII: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c',
  џ: 'dz', ш: 's',
};

/** A name for a file, in plain ASCII in every script: "January–October 2023" → "january-october-2023", "јануар–октобар 2023." → "januar-oktobar-2023". */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/đ/g, 'dj')
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_ASCII[c] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A value as the chart writes it: the period's decimals, and ≈ before an approximate figure. */
export function valueText(v: PartnerValue, period: Pick<PartnerPeriod, 'decimals'>, format: Format): string {
  const number = format.number(v.value!, period.decimals);
  return v.confidence === 'approximate' ? format.approximate(number) : number;
}

/** The notes under the chart: the period's own, where its figures were re-expressed in the chart's unit, then the chart's. */
export function periodNotes(period: PartnerPeriod, w: TradePartnersWords, format: Format): string[] {
  const scale = format.unit(period.currency, period.magnitude);
  return [
    ...period.notes,
    ...period.statedIn.map((m) => format.fill(w.rescaled, { period: period.label, unit: format.unit(period.currency, m), scale })),
    ...w.notes,
  ];
}

/** The chart's text alternative: the period, its unit, and the first two partners of each flow. */
export function describePartners(period: PartnerPeriod, w: TradePartnersWords, format: Format, lang: string): string {
  const unit = format.unit(period.currency, period.magnitude);
  const ranking = period.flows.map((f) => {
    const [first, second] = sortRows(period.rows, f);
    const say = (r: PartnerRow) => format.fill(w.partnerValue, { partner: r.label, value: valueText(r.values[f]!, period, format) });
    const flow = w.flows[f].toLocaleLowerCase(lang);
    return second?.values[f]?.value != null
      ? format.fill(w.rankingWithSecond, { flow, first: say(first), second: say(second) })
      : format.fill(w.ranking, { flow, first: say(first) });
  });
  return format.fill(w.description, { period: period.label, unit, ranking: ranking.join('; ') });
}
