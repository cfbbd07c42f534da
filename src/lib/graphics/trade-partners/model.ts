/** Serbia's trade partners: the series of trade-partners.json grouped into periods, ready to draw. Pure. */
import { along, fromLeft, type X } from '../../charts/kit/plot.ts';
import { MAGNITUDE_ORDER, rescale, type Magnitude } from '../../charts/magnitudes.ts';
import { widestText, wrapText, textWidth } from '../../charts/text-width.ts';
import type { TradePartnerSeries } from '../../data/files.ts';
import { plain } from '../../i18n/fallback.ts';
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

/**
 * The chart's sizes in rem, as the page sets its type: a heading line of keys and the unit over a rule, then a row
 * per partner (its name, wrapped in a column at most `nameShare` of the width, beside a bar per flow with its value
 * after it, in room kept at the right), then how many more partners the table has.
 */
export const TP = {
  type: { name: 0.8, head: 0.75, sorted: 0.7, value: 0.72, missing: 0.7, more: 0.75 },
  head: { line: 1.35, gap: 0.15, pad: 0.3, below: 0.15, keyGap: 0.9, swatch: { width: 0.8, height: 0.55 }, swatchGap: 0.3 },
  row: { nameLine: 1.15, pad: 0.12, cell: { one: 1.15, two: 0.95 }, bar: { one: 0.8, two: 0.6 }, skipGap: 0.3 },
  column: { gap: 0.6, valueRoom: 3.9, valueGap: 0.3, nameShare: 0.42 },
  more: { line: 1.4, above: 0.2 },
  /** The least room the rows get in a box of limited height. */
  minRows: 8.5,
  /** The narrowest chart (rem) laid out before the island knows its width: a 320 px screen less the page's margins. */
  narrowest: 18,
} as const;

export interface PartnerCellMarks {
  flow: Flow;
  middle: number;
  /** A drawn value: its bar from the track's start to its end, and its label after it. */
  bar?: { from: X; to: X; height: number; colour: string };
  value?: { x: X; text: string };
  /** No value: why, at the track's start. */
  missing?: { x: X; text: string };
}

export interface PartnerRowMarks {
  row: PartnerRow;
  top: number;
  height: number;
  highlight: boolean;
  /** Shown in place of a higher-ranked partner: a dashed rule above it. */
  skipped: boolean;
  name: { x: X; lines: { y: number; text: string }[] };
  cells: PartnerCellMarks[];
}

export interface PartnerMarks {
  /** The drawing's height (rem), and its height with every row. */
  height: number;
  full: number;
  /** The least height a box of limited height gives it (rem). */
  least: number;
  head: {
    keys: { flow: Flow; swatch: { x: X; y: number }; label: { x: X; y: number; text: string }; sorted?: { x: X; y: number; text: string }; colour: string }[];
    unit: { x: X; y: number; text: string };
    rule: number;
  };
  rows: PartnerRowMarks[];
  more?: { y: number; text: string };
  /** The track the bars run along: from `start` rem to `end` rem short of the right edge. */
  track: { start: number; end: number };
}

/** A flow's bar colour: the highlighted partner in the accent, imports in the second neutral. */
export const barColour = (flow: Flow, highlight = false) => (highlight ? 'var(--accent)' : flow === 'imports' ? 'var(--neutral-bar-2)' : 'var(--neutral-bar)');

/**
 * Every mark of one period's chart, in plot coordinates (charts/kit/plot.ts), sorted by `flow`, with `highlight`
 * brought forward. `width` (rem): the plot's width where it is known (the island once it runs, a picture), for the
 * names' column and lines. `height` (rem): a limit, where there is one: then the rows that fit, always with the
 * highlighted partner, and a line saying how many more the table has.
 */
export function partnerMarks(
  period: PartnerPeriod,
  o: { flow?: Flow; highlight: string; w: TradePartnersWords; format: Format; noValue: string; width?: number; height?: number },
): PartnerMarks {
  const { w, format } = o;
  const T = TP.type;
  const width = Math.max(TP.narrowest, o.width ?? TP.narrowest);
  const two = period.flows.length > 1;
  const flow = o.flow && period.flows.includes(o.flow) ? o.flow : period.flows[0];
  const sorted = sortRows(period.rows, flow);

  // The heading: each flow's key, then the unit at the right, each on the next line when the line is full.
  const H = TP.head;
  const lineHeight = T.head * H.line;
  const keys: PartnerMarks['head']['keys'] = [];
  let [x, line] = [0, 0];
  const place = (room: number) => {
    if (x > 0 && x + room > width) [x, line] = [0, line + 1];
    const at = x;
    x += room;
    return at;
  };
  const middleOf = (l: number) => l * (lineHeight + H.gap) + lineHeight / 2;
  for (const f of period.flows) {
    const label = plain(w.flows[f]);
    const sortedBy = two && f === flow ? plain(w.sorted) : undefined;
    const labelWidth = textWidth(label, 'bold') * T.head;
    const sortedWidth = sortedBy ? H.swatchGap + textWidth(sortedBy) * T.sorted : 0;
    const at = place(H.swatch.width + H.swatchGap + labelWidth + sortedWidth);
    x += H.keyGap;
    const y = middleOf(line);
    keys.push({
      flow: f,
      colour: barColour(f),
      swatch: { x: fromLeft(at), y: y - H.swatch.height / 2 },
      label: { x: fromLeft(at + H.swatch.width + H.swatchGap), y, text: w.flows[f] },
      ...(sortedBy && { sorted: { x: fromLeft(at + H.swatch.width + H.swatchGap + labelWidth + H.swatchGap), y, text: w.sorted } }),
    });
  }
  const unitText = format.unit(period.currency, period.magnitude);
  if (x > 0 && x + textWidth(plain(unitText)) * T.head > width) line += 1;
  const unit = { x: { pct: 100, rem: 0 }, y: middleOf(line), text: unitText };
  const rule = (line + 1) * lineHeight + line * H.gap + H.pad;
  const rowsTop = rule + 1 / 16 + H.below;

  // The names' column: as wide as the widest name, at most a share of the width; a longer name wraps.
  const R = TP.row;
  const C = TP.column;
  const columnOf = (rows: PartnerRow[]) => Math.min(widestText(rows.map((r) => plain(r.label))) * T.name, C.nameShare * width);
  // A name wraps where it is wider than the column's limit, whichever rows are shown: the lines, and so the rows'
  // heights, are the same in the column of every row and in that of the rows shown.
  let nameColumn = columnOf(period.rows);
  const linesOf = (row: PartnerRow) => wrapText(plain(row.label), nameColumn / T.name);
  const cell = two ? R.cell.two : R.cell.one;
  const heightOf = (row: PartnerRow) => Math.max(period.flows.length * cell, linesOf(row).length * T.name * R.nameLine) + 2 * R.pad;
  const rowsHeight = (rows: PartnerRow[], skipped: boolean) => rows.reduce((h, r) => h + heightOf(r), 0) + (skipped ? R.skipGap : 0);
  const moreHeight = TP.more.above + T.more * TP.more.line;
  const full = rowsTop + rowsHeight(sorted, false);

  // The rows that fit a limited height: as many as leave room for the line that says how many more there are.
  let shown = condenseRows(sorted, o.highlight, Infinity);
  // A box's height is in whole pixels: one as tall as every row, give or take one, shows every row.
  const slack = 1 / 16;
  if (o.height !== undefined && o.height + slack < full)
    for (let k = sorted.length - 1; k >= 1; k--) {
      shown = condenseRows(sorted, o.highlight, k);
      if (rowsTop + rowsHeight(shown.rows, shown.skipped) + moreHeight <= o.height + slack) break;
    }

  // The column as wide as the names shown need (as the page's grid sized it to its rows).
  nameColumn = columnOf(shown.rows);
  const start = nameColumn + C.gap;
  const track = (fraction: number) => along(fraction, start, C.valueRoom);
  let top = rowsTop;
  const rows = shown.rows.map((row): PartnerRowMarks => {
    const skipped = shown.skipped && row.partner === o.highlight;
    if (skipped) top += R.skipGap;
    const height = heightOf(row);
    const highlight = row.partner === o.highlight;
    const lines = linesOf(row);
    const middle = top + height / 2;
    const nameLine = T.name * R.nameLine;
    const cellsTop = middle - (period.flows.length * cell) / 2;
    const marks: PartnerRowMarks = {
      row,
      top,
      height,
      highlight,
      skipped,
      name: { x: fromLeft(0), lines: lines.map((text, i) => ({ y: middle + (i - (lines.length - 1) / 2) * nameLine, text })) },
      cells: period.flows.map((f, j): PartnerCellMarks => {
        const v = row.values[f];
        const cellMiddle = cellsTop + (j + 0.5) * cell;
        if (v?.value == null) return { flow: f, middle: cellMiddle, missing: { x: fromLeft(start), text: v ? w.valueMissing : o.noValue } };
        const end = track(v.value / (maxValue(period, f) || 1));
        return {
          flow: f,
          middle: cellMiddle,
          bar: { from: fromLeft(start), to: end, height: two ? R.bar.two : R.bar.one, colour: barColour(f, highlight) },
          value: { x: { pct: end.pct, rem: end.rem + C.valueGap }, text: valueText(v, period, format) },
        };
      }),
    };
    top += height;
    return marks;
  });
  const more = shown.hidden ? { y: top + TP.more.above + (T.more * TP.more.line) / 2, text: format.plural(w.more, shown.hidden) } : undefined;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    height: round(more ? top + moreHeight : top),
    full: round(full),
    least: round(rowsTop + Math.min(TP.minRows, rowsHeight(sorted, false))),
    head: { keys, unit, rule },
    rows,
    more,
    track: { start, end: C.valueRoom },
  };
}

/** Where a cell's tooltip points, in percent of a plot this large (rem): the end of its bar, or its note. */
export function cellPosition(marks: PartnerMarks, row: number, flow: number, size: { width: number; height: number }): { x: number; y: number } {
  const cell = marks.rows[row]?.cells[flow];
  if (!cell) return { x: 50, y: 50 };
  const at = cell.bar?.to ?? cell.missing!.x;
  return { x: at.pct + (100 * at.rem) / size.width, y: (100 * cell.middle) / size.height };
}
