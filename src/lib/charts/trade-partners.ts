/** Serbia's trade partners: the series of trade-partners.json grouped into periods, ready to draw. */
import type { TradePartnerSeries } from '../data/schema.ts';

export type Flow = TradePartnerSeries['flow'];

export interface PartnerValue {
  value: number | null;
  rank?: number;
  confidence: string;
  note?: string;
}

export interface PartnerRow {
  partner: string;
  values: Partial<Record<Flow, PartnerValue>>;
}

export interface PartnerPeriod {
  period: string;
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

export function periodsFrom(series: TradePartnerSeries[]): PartnerPeriod[] {
  const byPeriod = new Map<string, TradePartnerSeries[]>();
  for (const s of series) byPeriod.set(s.period, [...(byPeriod.get(s.period) ?? []), s]);
  return [...byPeriod.entries()].map(([period, list]) => {
    list.sort((a, b) => FLOW_ORDER.indexOf(a.flow) - FLOW_ORDER.indexOf(b.flow));
    const rows = new Map<string, PartnerRow>();
    for (const s of list)
      for (const p of s.partners) {
        const row = rows.get(p.partner) ?? { partner: p.partner, values: {} };
        row.values[s.flow] = { value: p.value, rank: p.rank, confidence: p.confidence, note: p.note };
        rows.set(p.partner, row);
      }
    return {
      period,
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
