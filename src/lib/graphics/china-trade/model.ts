/**
 * Serbia–China trade by year (china-trade.json), ready to draw: one currency at a time (never converted),
 * every calendar year from the first to the last year with figures in that currency, so a missing year is
 * a visible gap and never a zero. Positions are percentages of the plot, so the chart fits any width
 * without measuring anything.
 */
import { nice, ticks } from 'd3-array';
import { largestMagnitude, rescale, type Magnitude } from '../../charts/magnitudes.ts';
import type { ExplorableItem } from '../../charts/types.ts';
import { parseDate } from '../../data/dates.ts';
import type { ChinaTradeYear, FactFiles, Figure, InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { compact, flag, integer, oneOf } from '../url-options.ts';
import type { ChinaTradeState, ChinaTradeWords } from './schema.ts';

export type Currency = ChinaTradeYear['currency'];
export { rescale, type Magnitude };
export type Confidence = Figure['confidence'];
export type TradeFlow = 'exports' | 'imports' | 'total';

export const FLOWS: readonly TradeFlow[] = ['exports', 'imports', 'total'];

/** The free trade agreement's dates (china-trade.json › agreement), or none. */
export type Agreement = Pick<NonNullable<FactFiles['china-trade.json']['agreement']>, 'signed' | 'inForce'>;

export interface ChinaTradeProps {
  years: ChinaTradeYear[];
  /** The file's own note (china-trade.json › note). */
  note?: string;
  agreement?: Agreement;
}

/** The plot inside the chart box, in percent of the box height: room above for labels, below for years. */
export const PLOT = { top: 17, bottom: 12 } as const;

/** The scale reaches this much above the tallest bar (before rounding up to a nice number). */
const HEADROOM = 1.15;

/** The small sign over a bar whose figure is not exactly as a source states it (the legend and the table say which). */
export const SIGNS = { computed: '*', approximate: '≈', unverified: '?' } as const;
export const signOf = (confidence: Confidence): string => (confidence === 'sourced' ? '' : SIGNS[confidence]);

const CURRENCY_ORDER: readonly Currency[] = ['USD', 'EUR', 'RSD', 'CNY'];

/** The currencies the data uses, US dollars first (the default view), then euros. */
export function currenciesOf(years: ChinaTradeYear[]): Currency[] {
  const present = new Set(years.map((y) => y.currency));
  return CURRENCY_ORDER.filter((c) => present.has(c));
}

/** The currency to show: the one asked for if the data has it, else USD, else the first there is. */
export function pickCurrency(years: ChinaTradeYear[], wanted?: string | null): Currency {
  const list = currenciesOf(years);
  return list.find((c) => c === wanted) ?? list.find((c) => c === 'USD') ?? list[0] ?? 'USD';
}

/** How far through its year a date falls, 0 to 1: 1 July → 0.5, 17 October → 9.5/12 (to the day). */
export function yearFraction(date: string): number {
  const d = parseDate(date);
  if (!d || d.month === undefined) return 0.5;
  if (d.day === undefined) return (d.month - 0.5) / 12;
  const days = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return (d.month - 1 + (d.day - 1) / days) / 12;
}

export interface TradeValue {
  flow: TradeFlow;
  year: number;
  currency: Currency;
  /** Exactly as the source states it, in `magnitude`. */
  value: number;
  magnitude: Magnitude;
  /** The same amount in the chart's magnitude: for drawing only, never shown as text. */
  scaled: number;
  confidence: Confidence;
  note?: string;
}

export interface BarMark {
  /** Unique in the view, e.g. "2023-imports". */
  key: string;
  year: number;
  flow: TradeFlow;
  /** A drawn value, or a flow with no published figure in a year that has the other flow. */
  value: TradeValue | null;
  /** Left and right edges, percent of the plot width. */
  x0: number;
  x1: number;
  /** Percent of the plot height (0 for a missing figure). */
  height: number;
}

export type BandKind = 'flows' | 'total-only' | 'gap';

export interface YearBand {
  year: number;
  x0: number;
  x1: number;
  center: number;
  kind: BandKind;
  entry: ChinaTradeYear | null;
  marks: BarMark[];
  /** The total when the year also has exports or imports: shown in tooltips, not drawn. */
  total: TradeValue | null;
  /** Other currencies with figures for this year (a gap here is not a gap in the sources). */
  elsewhere: Currency[];
  /** The narrowest layout that shows this year's label: 0 always, 1 from 480 px, 2 from 720 px, 3 never. */
  labelTier: 0 | 1 | 2 | 3;
}

export interface GapRun {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

export interface FtaMark {
  id: 'signed' | 'in-force';
  date: string;
  /** Percent of the plot width, or null when the date lies outside the years shown. */
  x: number | null;
  /** Which end of the label sits at the line. */
  anchor: 'start' | 'middle' | 'end';
  /** Label row above the plot: 0 or 1, so the two labels never collide. */
  row: 0 | 1;
}

export interface Tick {
  value: number;
  /** Percent of the plot height from the bottom. */
  y: number;
}

export interface TradeView {
  currency: Currency;
  /** The magnitude every bar is drawn in (the largest the sources use in this currency). */
  magnitude: Magnitude;
  firstYear: number;
  lastYear: number;
  bands: YearBand[];
  gaps: GapRun[];
  yMax: number;
  ticks: Tick[];
  fta: FtaMark[];
  /** Years whose figures the sources give in another magnitude than the chart's (rescaled to draw). */
  rescaledYears: { year: number; magnitude: Magnitude }[];
}

/** Container widths (px) of the three label layouts, and the room one year label needs. */
const LABEL_BREAKPOINTS = [300, 480, 720] as const;
const LABEL_ROOM_PX = 30;
const LABEL_STEPS = [1, 2, 5, 10, 20, 50, 100];

/**
 * Which year labels fit: at each breakpoint, every k-th label counting back from the last year (the most
 * recent year is always labelled). Returns the first breakpoint tier at which each label shows.
 */
export function labelTiers(count: number): (0 | 1 | 2 | 3)[] {
  const fits = (w: number, k: number) => (w / count) * k >= LABEL_ROOM_PX;
  // From the widest layout to the narrowest, each step a multiple of the next wider one, so the labels
  // shown at a narrower width are a subset of those shown at a wider one (CSS only ever adds labels).
  const steps: number[] = [];
  for (let level = LABEL_BREAKPOINTS.length - 1; level >= 0; level--) {
    const w = LABEL_BREAKPOINTS[level];
    const finer = steps[0] ?? 1;
    const nice = LABEL_STEPS.find((k) => k % finer === 0 && fits(w, k));
    steps.unshift(nice ?? finer * Math.ceil(LABEL_ROOM_PX / ((w / count) * finer)));
  }
  return Array.from({ length: count }, (_, i) => {
    const fromEnd = count - 1 - i;
    const tier = steps.findIndex((k) => fromEnd % k === 0);
    return (tier === -1 ? 3 : tier) as 0 | 1 | 2 | 3;
  });
}

function preferFullYear(a: ChinaTradeYear | undefined, b: ChinaTradeYear): ChinaTradeYear {
  if (!a) return b;
  return a.period && !b.period ? b : a;
}

function toValue(entry: ChinaTradeYear, flow: TradeFlow, magnitude: Magnitude): TradeValue | null {
  const f = entry[flow];
  if (!f) return null;
  return {
    flow,
    year: entry.year,
    currency: entry.currency,
    value: f.value,
    magnitude: entry.magnitude,
    scaled: rescale(f.value, entry.magnitude, magnitude),
    confidence: f.confidence,
    note: f.note,
  };
}

/** Everything the chart draws for one currency. */
export function tradeView(years: ChinaTradeYear[], wanted?: string | null, agreement?: Agreement): TradeView {
  const currency = pickCurrency(years, wanted);
  const inCurrency = years.filter((y) => y.currency === currency);
  const byYear = new Map<number, ChinaTradeYear>();
  for (const y of inCurrency) byYear.set(y.year, preferFullYear(byYear.get(y.year), y));
  const magnitude = largestMagnitude(inCurrency.map((y) => y.magnitude));
  const yearList = [...byYear.keys()];
  const firstYear = yearList.length ? Math.min(...yearList) : 0;
  const lastYear = yearList.length ? Math.max(...yearList) : -1;
  const count = Math.max(0, lastYear - firstYear + 1);
  const width = count ? 100 / count : 100;
  const tiers = labelTiers(count);

  const raw = Array.from({ length: count }, (_, i) => {
    const year = firstYear + i;
    const entry = byYear.get(year) ?? null;
    const exports = entry && toValue(entry, 'exports', magnitude);
    const imports = entry && toValue(entry, 'imports', magnitude);
    const total = entry && toValue(entry, 'total', magnitude);
    const kind: BandKind = exports || imports ? 'flows' : total ? 'total-only' : 'gap';
    return { year, i, entry, exports, imports, total, kind };
  });
  const drawn = raw.flatMap((r) => (r.kind === 'flows' ? [r.exports, r.imports] : r.kind === 'total-only' ? [r.total] : []));
  const max = Math.max(0, ...drawn.map((v) => v?.scaled ?? 0));
  // Headroom above the tallest bar: the values of the year a step is about are written over its bars.
  const yMax = nice(0, max > 0 ? max * HEADROOM : 1, 4)[1];
  const height = (v: TradeValue | null) => (v ? (100 * v.scaled) / yMax : 0);

  const bands: YearBand[] = raw.map(({ year, i, entry, exports, imports, total, kind }) => {
    const x0 = i * width;
    const x1 = (i + 1) * width;
    const pad = width * 0.14;
    const half = width * 0.03;
    const mid = (x0 + x1) / 2;
    const mark = (flow: TradeFlow, value: TradeValue | null, a: number, b: number): BarMark => ({
      key: `${year}-${flow}`,
      year,
      flow,
      value,
      x0: a,
      x1: b,
      height: height(value),
    });
    const marks =
      kind === 'flows'
        ? [mark('exports', exports, x0 + pad, mid - half), mark('imports', imports, mid + half, x1 - pad)]
        : kind === 'total-only'
          ? [mark('total', total, x0 + pad, x1 - pad)]
          : [];
    const elsewhere = currenciesOf(years.filter((e) => e.year === year && e.currency !== currency));
    return {
      year,
      x0,
      x1,
      center: mid,
      kind,
      entry,
      marks,
      total: kind === 'flows' ? total : null,
      elsewhere,
      labelTier: tiers[i],
    };
  });

  const gaps: GapRun[] = [];
  for (const b of bands) {
    if (b.kind !== 'gap') continue;
    const last = gaps.at(-1);
    if (last && last.to === b.year - 1) Object.assign(last, { to: b.year, x1: b.x1 });
    else gaps.push({ from: b.year, to: b.year, x0: b.x0, x1: b.x1 });
  }

  const ftaX = (date: string): number | null => {
    const band = bands.find((b) => b.year === parseDate(date)?.year);
    return band ? band.x0 + yearFraction(date) * (band.x1 - band.x0) : null;
  };
  const anchor = (x: number | null): FtaMark['anchor'] => (x === null ? 'middle' : x > 60 ? 'end' : x < 40 ? 'start' : 'middle');
  const signedX = agreement ? ftaX(agreement.signed) : null;
  const inForceX = agreement ? ftaX(agreement.inForce) : null;
  // A label's line runs down through the other row: with labels ending at their lines (right-hand side),
  // the later date goes on top; with labels starting at their lines, the earlier one does.
  const laterOnTop = anchor(signedX) === 'end' && anchor(inForceX) === 'end';

  return {
    currency,
    magnitude,
    firstYear,
    lastYear,
    bands,
    gaps,
    yMax,
    ticks: ticks(0, yMax, 4).map((value) => ({ value, y: (100 * value) / yMax })),
    fta: agreement
      ? [
          { id: 'signed', date: agreement.signed, x: signedX, anchor: anchor(signedX), row: laterOnTop ? 1 : 0 },
          { id: 'in-force', date: agreement.inForce, x: inForceX, anchor: anchor(inForceX), row: laterOnTop ? 0 : 1 },
        ]
      : [],
    rescaledYears: [...byYear.values()]
      .filter((e) => e.magnitude !== magnitude && (e.exports || e.imports || e.total))
      .map((e) => ({ year: e.year, magnitude: e.magnitude }))
      .sort((a, b) => a.year - b.year),
  };
}

/** Percent of the chart box height for a height in percent of the plot (0 = baseline). */
export function boxY(plotHeight: number): number {
  return PLOT.top + ((100 - PLOT.top - PLOT.bottom) * (100 - plotHeight)) / 100;
}

/** The words and formats every sentence of the chart is made from. */
export interface Speech {
  w: ChinaTradeWords;
  ui: InterfaceWords;
  format: Format;
}

/** "USD 1,500m" / "≈ USD 1.5bn": the value as the source states it. */
export function statedValue(v: Pick<TradeValue, 'value' | 'magnitude' | 'currency' | 'confidence'>, format: Format): string {
  const money = format.money({ amount: v.value, magnitude: v.magnitude, currency: v.currency });
  return v.confidence === 'approximate' ? format.approximate(money) : money;
}

function yearHeading(year: number, entry: ChinaTradeYear | null, { w, format }: Speech): string {
  return entry?.period ? format.fill(w.yearPeriod, { year, period: entry.period }) : String(year);
}

function valueLines(v: TradeValue, speech: Speech): string[] {
  const lines = [statedValue(v, speech.format)];
  if (v.confidence !== 'sourced') lines.push(speech.ui.confidence[v.confidence]);
  if (v.note) lines.push(v.note);
  return lines;
}

export type TradeItem = ExplorableItem & { key: string; year: number | null };


/** The values of the year a step is about, written over its bars: one line per bar, from left to right. */
export interface Callout {
  year: number;
  /** Where it is anchored, in percent of the plot width, and which of its ends sits there. */
  x: number;
  anchor: 'start' | 'middle' | 'end';
  /** The top of the year's tallest bar, in percent of the plot height: the callout sits on it. */
  height: number;
  lines: { key: string; flow: TradeFlow; text: string }[];
}

/** "USD 1.9bn*": a value as stated, with its sign when it is computed or unverified (≈ is already in the value). */
export function markedValue(v: TradeValue, format: Format): string {
  const stated = statedValue(v, format);
  return v.confidence === 'approximate' ? stated : stated + signOf(v.confidence);
}

export function callout(view: TradeView, year: number | null | undefined, format: Format, total: string): Callout | null {
  const band = view.bands.find((b) => b.year === year);
  const marks = band?.marks.filter((m) => m.value) ?? [];
  if (!band || !marks.length) return null;
  // Off the middle, the callout runs inward from its year, so that it stays inside the chart and off the axis.
  const anchor = band.center < 35 ? 'start' : band.center > 65 ? 'end' : 'middle';
  return {
    year: band.year,
    x: anchor === 'start' ? band.x0 : anchor === 'end' ? band.x1 : band.center,
    anchor,
    height: Math.max(...marks.map((m) => m.height)),
    lines: [
      ...marks.map((m) => ({ key: m.key, flow: m.flow, text: markedValue(m.value!, format) })),
      ...(band.total ? [{ key: `${band.year}-total`, flow: 'total' as const, text: format.fill(total, { value: markedValue(band.total, format) }) }] : []),
    ],
  };
}

/** A box on screen: y grows downwards. */
export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether two boxes overlap, or come closer than `gap`. */
export const collide = (a: Rect, b: Rect, gap = 0) =>
  a.right + gap > b.left && b.right + gap > a.left && a.bottom + gap > b.top && b.bottom + gap > a.top;

/**
 * How far to raise a label so that it clears every obstacle beside or under it (other bars, signs, labels),
 * keeping `gap` between them; null when it would have to rise more than `max` (out of the chart).
 */
export function liftOver(label: Rect, obstacles: Rect[], max: number, gap = 2): number | null {
  let lift = 0;
  // Each obstacle lifts it at most once (it then lies below it), so a pass per obstacle is enough.
  for (let moved = true, pass = 0; moved && pass <= obstacles.length; pass++) {
    moved = false;
    for (const o of obstacles) {
      const lifted = { ...label, top: label.top - lift, bottom: label.bottom - lift };
      if (o.right <= label.left || o.left >= label.right || !collide(lifted, o, gap)) continue;
      // Only ever upwards (rounding could otherwise give the same lift again, for ever).
      const next = label.bottom - o.top + gap;
      if (next <= lift) continue;
      if (next > max) return null;
      lift = next;
      moved = true;
    }
  }
  return lift;
}

/** One tooltip per mark, left to right: bars, "no figure" markers, gaps and the FTA lines. */
export function tradeItems(view: TradeView, speech: Speech): TradeItem[] {
  const { w, format } = speech;
  const t = w.tooltip;
  const items: TradeItem[] = [];
  for (const band of view.bands) {
    const head = yearHeading(band.year, band.entry, speech);
    for (const m of band.marks) {
      const lines = [format.fill(t.heading, { year: head, flow: w.flows[m.flow] })];
      if (m.value) lines.push(...valueLines(m.value, speech));
      else lines.push(t.noFigure);
      if (m.flow === 'total') lines.push(t.totalOnly);
      if (band.total)
        lines.push(format.fill(band.total.confidence === 'computed' ? t.computedTotal : t.total, { value: statedValue(band.total, format) }));
      if (band.entry?.note) lines.push(band.entry.note);
      items.push({ key: m.key, year: band.year, lines, x: (m.x0 + m.x1) / 2, y: boxY(m.height) });
    }
    if (band.kind === 'gap') {
      const lines = [head, format.fill(t.gap, { currency: view.currency })];
      if (band.elsewhere.length) lines.push(format.fill(t.elsewhere, { currencies: format.list(band.elsewhere) }));
      else lines.push(t.noFigures);
      if (band.entry?.note) lines.push(band.entry.note);
      items.push({ key: `${band.year}-gap`, year: band.year, lines, x: band.center, y: boxY(45) });
    }
  }
  for (const f of view.fta) {
    if (f.x === null) continue;
    const item: TradeItem = {
      key: `fta-${f.id}`,
      year: null,
      lines: [f.id === 'signed' ? w.agreement.signedTooltip : w.agreement.inForceTooltip, format.date(f.date)],
      x: f.x,
      y: PLOT.top + 4,
    };
    const at = items.findIndex((it) => it.x > f.x!);
    items.splice(at === -1 ? items.length : at, 0, item);
  }
  return items;
}

/** Whether every year with both flows (in the currency given, or any) shows Serbia importing more from China than it exports to it. */
export function importsExceedExports(years: ChinaTradeYear[], currency?: string): boolean {
  const both = years.filter((y) => y.exports && y.imports && (!currency || y.currency === currency));
  return both.length > 0 && both.every((y) => y.imports!.value > y.exports!.value);
}

/** A sentence or three with the key numbers, for the figure's description. */
export function describeTrade(view: TradeView, speech: Speech): string {
  const { w, format } = speech;
  const d = w.description;
  if (!view.bands.length) return d.empty;
  const parts = [format.fill(d.intro, { currency: view.currency, from: view.firstYear, to: view.lastYear })];
  const withBoth = view.bands.filter((b) => b.marks.every((m) => m.value) && b.kind === 'flows');
  const say = (template: string, b: YearBand) => {
    const [e, i] = b.marks.map((m) => m.value!);
    return format.fill(template, { year: b.year, exports: statedValue(e, format), imports: statedValue(i, format) });
  };
  if (withBoth.length) {
    const first = withBoth[0];
    const last = withBoth.at(-1)!;
    parts.push(say(d.latest, last));
    if (first !== last) parts.push(say(d.earliest, first));
  }
  const totals = view.bands.filter((b) => b.kind === 'total-only');
  if (totals.length)
    parts.push(
      format.fill(d.totalsOnly, {
        years: format.years(totals.map((b) => b.year)),
        values: format.list(totals.map((b) => format.fill(d.totalIn, { value: statedValue(b.marks[0].value!, format), year: b.year }))),
      }),
    );
  const gaps = view.bands.filter((b) => b.kind === 'gap').map((b) => b.year);
  if (gaps.length) parts.push(format.fill(d.gaps, { currency: view.currency, years: format.years(gaps) }));
  const [signed, inForce] = view.fta;
  if (signed?.x != null)
    parts.push(format.fill(w.agreement.sentence, { signed: format.date(signed.date.slice(0, 7)), inForce: format.date(inForce.date.slice(0, 7)) }));
  return parts.join(' ');
}

/** The notes under the chart: currencies, magnitudes, how values are drawn, and the data's own notes. */
export function tradeNotes(view: TradeView, speech: Speech, fileNote?: string): string[] {
  const { w, format } = speech;
  const n = w.notes;
  const notes: string[] = [];
  if (fileNote) notes.push(fileNote);
  notes.push(n.currencies);
  if (view.rescaledYears.length) {
    const groups = new Map<Magnitude, number[]>();
    for (const r of view.rescaledYears) groups.set(r.magnitude, [...(groups.get(r.magnitude) ?? []), r.year]);
    for (const [m, ys] of groups)
      notes.push(format.fill(n.rescaled, { years: format.years(ys), unit: format.unit(view.currency, m), scale: format.unit(view.currency, view.magnitude) }));
  }
  notes.push(n.marks);
  for (const b of view.bands) {
    if (b.entry?.period) notes.push(format.fill(n.period, { year: b.year, period: b.entry.period }));
    if (b.entry?.note) notes.push(format.fill(n.yearNote, { year: b.year, note: b.entry.note }));
  }
  return notes;
}

export type TradeTableRow = {
  year: string;
  unit: string;
  exports: number | null;
  imports: number | null;
  total: number | null;
  confidence: string;
  note: string | null;
};

/** One row per year and currency, values exactly as stated, in year order (USD before EUR). */
export function tradeTable(years: ChinaTradeYear[], speech: Speech): TradeTableRow[] {
  const { w, ui, format } = speech;
  return [...years]
    .sort((a, b) => a.year - b.year || CURRENCY_ORDER.indexOf(a.currency) - CURRENCY_ORDER.indexOf(b.currency))
    .map((y) => ({
      year: yearHeading(y.year, y, speech),
      unit: format.unit(y.currency, y.magnitude),
      exports: y.exports?.value ?? null,
      imports: y.imports?.value ?? null,
      total: y.total?.value ?? null,
      confidence:
        FLOWS.filter((f) => y[f])
          .map((f) => format.fill(w.table.confidence, { flow: w.table.flows[f], confidence: ui.confidenceShort[y[f]!.confidence] }))
          .join('; ') || w.table.noFigures,
      note:
        [...FLOWS.filter((f) => y[f]?.note).map((f) => format.fill(w.table.flowNote, { flow: w.table.flows[f], note: y[f]!.note! })), y.note]
          .filter(Boolean)
          .join(' ') || null,
    }));
}

/** Every source of every figure, in file order (the frame removes duplicates). */
export function tradeSources(years: ChinaTradeYear[]): { name: string; url: string }[] {
  return years.flatMap((y) => FLOWS.flatMap((f) => y[f]?.sources ?? []));
}

/** The embed's URL options: ?currency=EUR&year=2019&fta=1, each checked against the data. */
export function urlState(params: URLSearchParams, props: ChinaTradeProps): ChinaTradeState | null {
  const year = integer(params.get('year'));
  return compact<ChinaTradeState>({
    currency: oneOf(params.get('currency'), props.years.map((y) => y.currency)),
    year: props.years.some((y) => y.year === year) ? year : undefined,
    fta: flag(params.get('fta')),
  });
}
