/**
 * Serbia's debt to China (debt.json): separate series that measure different things, laid out as small
 * multiples — one panel per series, one row per reported figure in date order, a dot at its value. No line
 * joins any two points: the figures are separate reports, not a continuous record, and the series must
 * never read as one. Heights are in rem and widths in percent, so the layout needs no measuring and the
 * tooltip positions are exact.
 */
import { nice, ticks } from 'd3-array';
import { largestMagnitude, rescale, type Magnitude } from '../../charts/magnitudes.ts';
import type { ExplorableItem } from '../../charts/types.ts';
import { dateSortKey } from '../../data/dates.ts';
import type { DataFiles, DebtPoint } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import { compact, oneOf } from '../url-options.ts';
import type { DebtState, DebtWords } from './graphic.ts';

export type DebtSeries = DataFiles['debt.json']['series'][number];

export interface DebtProps {
  series: DebtSeries[];
}

/** The words and formats every sentence of the chart is made from. */
export interface Speech {
  w: DebtWords;
  format: Format;
}
type Currency = DebtPoint['currency'];

/** Heights in rem: a panel is a heading, an axis row, then a row per point; panels are `gap` apart. */
export const DEBT_LAYOUT = { head: 2.7, axis: 1.6, row: 2.3, gap: 1.2 } as const;
/** The value track, in percent of the chart width (the date labels sit left of it). */
export const TRACK = { from: 33, to: 95 } as const;
/** A marker shape per series, so the series differ by more than colour. */
export const SHAPES = ['circle', 'diamond', 'square', 'triangle'] as const;
export type Shape = (typeof SHAPES)[number];


export interface DebtDot {
  key: string;
  seriesId: string;
  seriesLabel: string;
  point: DebtPoint;
  /** "~2013", "June 2023", "January 2025?": as precise as the source, with its doubts. */
  dateLabel: string;
  /** "EUR 3.7bn", "≈ EUR 3bn": as the source states it. */
  valueLabel: string;
  /** The value in the panel's magnitude: for placing the dot only. */
  scaled: number;
  /** Percent of the chart width and height. */
  x: number;
  y: number;
  /** Where the value label goes: beside the dot, on the side with room. */
  labelSide: 'right' | 'left';
}

export interface DebtPanel {
  id: string;
  label: string;
  measures: string;
  index: number;
  shape: Shape;
  /** Top and height in rem. */
  top: number;
  height: number;
  currency: string;
  magnitude: Magnitude;
  ticks: { value: number; x: number }[];
  dots: DebtDot[];
  focused: boolean;
  dimmed: boolean;
}

export interface DebtLayout {
  panels: DebtPanel[];
  /** Total height in rem. */
  height: number;
}

/** "~2013" for an approximate date, "January 2025?" for an unverified one. */
export function debtDateLabel(p: Pick<DebtPoint, 'date' | 'dateConfidence'>, { w, format }: Speech): string {
  const date = format.date(p.date);
  if (p.dateConfidence === 'approximate') return format.fill(w.date.approximate, { date });
  if (p.dateConfidence === 'unverified') return format.fill(w.date.unverified, { date });
  return date;
}

export function debtValueLabel(p: Pick<DebtPoint, 'value' | 'magnitude' | 'currency' | 'confidence'>, format: Format): string {
  const money = format.money({ amount: p.value, magnitude: p.magnitude, currency: p.currency });
  return p.confidence === 'approximate' ? format.approximate(money) : money;
}

/** Each series' most recent figure, for the title's claim. */
export function latestPoints(series: DebtSeries[]): { series: string; point: DebtPoint }[] {
  return series.flatMap((s) => {
    const point = sortedPoints(s).at(-1);
    return point ? [{ series: s.id, point }] : [];
  });
}

/** Points in date order (a year before its months), without changing the data. */
export function sortedPoints(series: DebtSeries): DebtPoint[] {
  return [...series.points].sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
}

/** One value scale per currency, shared by every panel in it (values are comparable, measures are not). */
function scalesByCurrency(series: DebtSeries[]) {
  const points = series.flatMap((s) => s.points);
  const out = new Map<Currency, { magnitude: Magnitude; max: number; ticks: number[] }>();
  for (const currency of new Set(points.map((p) => p.currency))) {
    const list = points.filter((p) => p.currency === currency);
    const magnitude = largestMagnitude(list.map((p) => p.magnitude));
    const top = Math.max(0, ...list.map((p) => rescale(p.value, p.magnitude, magnitude)));
    const max = nice(0, top > 0 ? top : 1, 4)[1];
    out.set(currency, { magnitude, max, ticks: ticks(0, max, 4) });
  }
  return out;
}

const trackX = (fraction: number) => TRACK.from + (TRACK.to - TRACK.from) * fraction;

/** Panels, rows and dots for the series in file order; `focus` (a series id) brings one forward. */
export function debtLayout(series: DebtSeries[], speech: Speech, focus?: string | null): DebtLayout {
  const scales = scalesByCurrency(series);
  const focusKnown = series.some((s) => s.id === focus);
  const L = DEBT_LAYOUT;
  let top = 0;
  const drafts = series.map((s, index) => {
    const points = sortedPoints(s);
    const height = L.head + L.axis + points.length * L.row;
    const panelTop = top;
    top += height + L.gap;
    return { s, index, points, height, panelTop };
  });
  const total = Math.max(0, top - L.gap);
  const panels = drafts.map(({ s, index, points, height, panelTop }): DebtPanel => {
    const currency = points[0]?.currency ?? 'EUR';
    const scale = scales.get(currency) ?? { magnitude: 'billion' as Magnitude, max: 1, ticks: [0, 1] };
    const dots = points.map((p, i): DebtDot => {
      const own = scales.get(p.currency) ?? scale;
      const scaled = rescale(p.value, p.magnitude, own.magnitude);
      const fraction = scaled / own.max;
      return {
        key: `${s.id}-${i}`,
        seriesId: s.id,
        seriesLabel: s.label,
        point: p,
        dateLabel: debtDateLabel(p, speech),
        valueLabel: debtValueLabel(p, speech.format),
        scaled,
        x: trackX(fraction),
        y: (100 * (panelTop + L.head + L.axis + (i + 0.5) * L.row)) / total,
        labelSide: fraction > 0.55 ? 'left' : 'right',
      };
    });
    return {
      id: s.id,
      label: s.label,
      measures: s.measures,
      index,
      shape: SHAPES[index % SHAPES.length],
      top: panelTop,
      height,
      currency,
      magnitude: scale.magnitude,
      ticks: scale.ticks.map((value) => ({ value, x: trackX(value / scale.max) })),
      dots,
      focused: focusKnown && s.id === focus,
      dimmed: focusKnown && s.id !== focus,
    };
  });
  return { panels, height: total };
}

function shareText(p: DebtPoint, { w, format }: Speech): string | null {
  if (!p.share) return null;
  return format.fill(p.share.confidence === 'computed' ? w.shareComputed : w.share, { percent: format.percent(p.share.percent), of: p.share.of });
}

export type DebtItem = ExplorableItem & { key: string };

/** A tooltip per point, panel by panel, in date order. */
export function debtItems(layout: DebtLayout, speech: Speech): DebtItem[] {
  const { w, format } = speech;
  const dateDoubt: Partial<Record<DebtPoint['confidence'], string>> = { approximate: w.doubts.dateApproximate, unverified: w.doubts.dateUnverified };
  const valueDoubt: Partial<Record<DebtPoint['confidence'], string>> = { computed: w.doubts.computed, approximate: w.doubts.approximate, unverified: w.doubts.unverified };
  return layout.panels.flatMap((panel) =>
    panel.dots.map((d) => {
      const p = d.point;
      const lines = [format.fill(w.tooltip, { value: d.valueLabel, date: d.dateLabel }), panel.label];
      const share = shareText(p, speech);
      if (share) lines.push(share);
      const doubts = [p.dateConfidence && dateDoubt[p.dateConfidence], valueDoubt[p.confidence]].filter(Boolean);
      lines.push(...(doubts as string[]));
      if (p.note) lines.push(p.note);
      return { key: d.key, lines, x: d.x, y: d.y };
    }),
  );
}

export type DebtTableRow = {
  series: string;
  date: string;
  value: number;
  unit: string;
  share: string | null;
  confidence: string;
  note: string | null;
};

/** One row per reported figure, series by series, values as stated. */
export function debtTable(series: DebtSeries[], speech: Speech, confidenceWords: Record<DebtPoint['confidence'], string>): DebtTableRow[] {
  const { w, format } = speech;
  return series.flatMap((s) =>
    sortedPoints(s).map((p) => ({
      series: s.label,
      date: debtDateLabel(p, speech),
      value: p.value,
      unit: format.unit(p.currency, p.magnitude),
      share: shareText(p, speech),
      confidence: [
        format.fill(w.table.value, { confidence: confidenceWords[p.confidence] }),
        p.dateConfidence && format.fill(w.table.date, { confidence: confidenceWords[p.dateConfidence] }),
      ]
        .filter(Boolean)
        .join('; '),
      note: p.note ?? null,
    })),
  );
}

export function debtSources(series: DebtSeries[]): { name: string; url: string }[] {
  return series.flatMap((s) => s.points.flatMap((p) => p.sources));
}

/** The figure's description: each series with its first, last and highest figure. */
export function describeDebt(series: DebtSeries[], speech: Speech): string {
  const { w, format } = speech;
  const d = w.description;
  const parts = series.map((s) => {
    const points = sortedPoints(s);
    const say = (p: DebtPoint) => {
      const share = shareText(p, speech);
      const values = { value: debtValueLabel(p, format), date: debtDateLabel(p, speech) };
      return share ? format.fill(d.pointWithShare, { ...values, share }) : format.fill(d.point, values);
    };
    if (points.length === 1) return format.fill(d.one, { series: s.label, point: say(points[0]) });
    const units = (p: DebtPoint) => rescale(p.value, p.magnitude, 'units');
    const first = points[0];
    const last = points.at(-1)!;
    const high = points.reduce((a, b) => (units(b) > units(a) ? b : a));
    const values = { series: s.label, count: format.number(points.length), first: say(first), last: say(last) };
    return points.length > 2 && high !== first && high !== last
      ? format.fill(d.severalWithPeak, { ...values, peak: say(high) })
      : format.fill(d.several, values);
  });
  return [format.plural(d.intro, series.length), ...parts].join(' ');
}

export function debtNotes(series: DebtSeries[], { w }: Speech): string[] {
  const points = series.flatMap((s) => s.points);
  const notes = [w.notes.panels];
  if (points.some((p) => p.dateConfidence === 'approximate' || p.dateConfidence === 'unverified')) notes.push(w.notes.dates);
  if (points.some((p) => p.confidence !== 'sourced')) notes.push(w.notes.hollow);
  if (points.some((p) => p.share?.confidence === 'computed')) notes.push(w.notes.computedShares);
  return notes;
}

/** The embed's URL options: ?series=<id of debt.json>. */
export function urlState(params: URLSearchParams, props: DebtProps): DebtState | null {
  return compact<DebtState>({ series: oneOf(params.get('series'), props.series.map((s) => s.id)) });
}
