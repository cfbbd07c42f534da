/** Serbia's trade partners: the series of trade-partners.json grouped into periods, ready to draw. Pure. */
import type { TradePartnerSeries } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import { compact, oneOf } from '../url-options.ts';
import type { TradePartnersState, TradePartnersWords } from './graphic.ts';

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
  flows: Flow[];
  currency: string;
  magnitude: TradePartnerSeries['magnitude'];
  /** True when all flows share a currency and magnitude, so bars can share one scale. */
  comparable: boolean;
  rows: PartnerRow[];
  sources: { name: string; url: string }[];
  notes: string[];
}

const FLOW_ORDER: Flow[] = ['exports', 'imports', 'total'];

export function periodsFrom(series: PartnerSeries[]): PartnerPeriod[] {
  const byPeriod = new Map<string, PartnerSeries[]>();
  for (const s of series) byPeriod.set(s.period, [...(byPeriod.get(s.period) ?? []), s]);
  return [...byPeriod.entries()].map(([period, list]) => {
    list.sort((a, b) => FLOW_ORDER.indexOf(a.flow) - FLOW_ORDER.indexOf(b.flow));
    const rows = new Map<string, PartnerRow>();
    for (const s of list)
      for (const p of s.partners) {
        const row = rows.get(p.partner) ?? { partner: p.partner, label: p.label ?? p.partner, values: {} };
        row.values[s.flow] = { value: p.value, rank: p.rank, confidence: p.confidence, note: p.note };
        rows.set(p.partner, row);
      }
    return {
      period,
      label: list[0].periodLabel ?? period,
      flows: list.map((s) => s.flow),
      currency: list[0].currency,
      magnitude: list[0].magnitude,
      comparable: list.every((s) => s.currency === list[0].currency && s.magnitude === list[0].magnitude),
      rows: [...rows.values()],
      sources: list.flatMap((s) => s.sources),
      notes: list.flatMap((s) => (s.note ? [s.note] : [])),
    };
  });
}

/** Rows sorted by one flow, largest first; partners without a value for it go last, in their order. */
export function sortRows(rows: PartnerRow[], flow: Flow): PartnerRow[] {
  const v = (row: PartnerRow) => row.values[flow]?.value ?? -1;
  return [...rows].sort((a, b) => v(b) - v(a));
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

/** A name for a file: "January–October 2023" → "january-october-2023". */
export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The chart's text alternative: the period, its unit, and the first two partners of each flow. */
export function describePartners(period: PartnerPeriod, w: TradePartnersWords, format: Format, lang: string): string {
  const unit = format.unit(period.currency, period.magnitude);
  const ranking = period.flows.map((f) => {
    const [first, second] = sortRows(period.rows, f);
    const say = (r: PartnerRow) => format.fill(w.partnerValue, { partner: r.label, value: format.number(r.values[f]!.value!) });
    const flow = w.flows[f].toLocaleLowerCase(lang);
    return second?.values[f]?.value != null
      ? format.fill(w.rankingWithSecond, { flow, first: say(first), second: say(second) })
      : format.fill(w.ranking, { flow, first: say(first) });
  });
  return format.fill(w.description, { period: period.label, unit, ranking: ranking.join('; ') });
}
