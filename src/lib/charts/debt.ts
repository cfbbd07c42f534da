/**
 * Serbia's debt to China (debt.json): separate series that measure different things, laid out as small
 * multiples — one panel per series, one row per reported figure in date order, a dot at its value. No line
 * joins any two points: the figures are separate reports, not a continuous record, and the series must
 * never read as one. Heights are in rem and widths in percent, so the layout needs no measuring and the
 * tooltip positions are exact.
 */
import { nice, ticks } from 'd3-array';
import { dateSortKey, formatDate } from '../data/dates.ts';
import type { DataFiles, DebtPoint } from '../data/schema.ts';
import { rescale, tooltipLine, type Magnitude } from './china-trade.ts';
import { formatMoney, unitLabel } from './format.ts';
import type { ExplorableItem } from './types.ts';

export type DebtSeries = DataFiles['debt.json']['series'][number];
type Currency = DebtPoint['currency'];

/** Heights in rem: a panel is a heading, an axis row, then a row per point; panels are `gap` apart. */
export const DEBT_LAYOUT = { head: 2.7, axis: 1.6, row: 2.3, gap: 1.2 } as const;
/** The value track, in percent of the chart width (the date labels sit left of it). */
export const TRACK = { from: 33, to: 95 } as const;
/** A marker shape per series, so the series differ by more than colour. */
export const SHAPES = ['circle', 'diamond', 'square', 'triangle'] as const;
export type Shape = (typeof SHAPES)[number];

const MAGNITUDE_ORDER: readonly Magnitude[] = ['units', 'thousand', 'million', 'billion'];

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
  unit: string;
  ticks: { value: number; x: number; label: string }[];
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
export function debtDateLabel(p: Pick<DebtPoint, 'date' | 'dateConfidence'>): string {
  const date = formatDate(p.date);
  if (p.dateConfidence === 'approximate') return `~${date}`;
  if (p.dateConfidence === 'unverified') return `${date}?`;
  return date;
}

export function debtValueLabel(p: Pick<DebtPoint, 'value' | 'magnitude' | 'currency' | 'confidence'>): string {
  const money = formatMoney({ amount: p.value, magnitude: p.magnitude, currency: p.currency });
  return p.confidence === 'approximate' ? `≈ ${money}` : money;
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
    const magnitude = list.reduce<Magnitude>(
      (m, p) => (MAGNITUDE_ORDER.indexOf(p.magnitude) > MAGNITUDE_ORDER.indexOf(m) ? p.magnitude : m),
      list[0].magnitude,
    );
    const top = Math.max(0, ...list.map((p) => rescale(p.value, p.magnitude, magnitude)));
    const max = nice(0, top > 0 ? top : 1, 4)[1];
    out.set(currency, { magnitude, max, ticks: ticks(0, max, 4) });
  }
  return out;
}

const trackX = (fraction: number) => TRACK.from + (TRACK.to - TRACK.from) * fraction;

/** Panels, rows and dots for the series in file order; `focus` (a series id) brings one forward. */
export function debtLayout(series: DebtSeries[], focus?: string | null): DebtLayout {
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
        dateLabel: debtDateLabel(p),
        valueLabel: debtValueLabel(p),
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
      unit: unitLabel(currency, scale.magnitude),
      ticks: scale.ticks.map((value) => ({ value, x: trackX(value / scale.max), label: value.toLocaleString('en-GB') })),
      dots,
      focused: focusKnown && s.id === focus,
      dimmed: focusKnown && s.id !== focus,
    };
  });
  return { panels, height: total };
}

function shareText(p: DebtPoint): string | null {
  if (!p.share) return null;
  return `${p.share.percent.toLocaleString('en-GB')}% of ${p.share.of}${p.share.confidence === 'computed' ? ' (computed by us)' : ''}`;
}

const DATE_DOUBT: Partial<Record<DebtPoint['confidence'], string>> = {
  approximate: 'Date approximate',
  unverified: 'Date not confirmed by the source',
};
const VALUE_DOUBT: Partial<Record<DebtPoint['confidence'], string>> = {
  computed: 'Computed by us from sourced figures',
  approximate: 'Approximate value',
  unverified: 'Unverified value',
};

export type DebtItem = ExplorableItem & { key: string };

/** A tooltip per point, panel by panel, in date order. */
export function debtItems(layout: DebtLayout): DebtItem[] {
  return layout.panels.flatMap((panel) =>
    panel.dots.map((d) => {
      const p = d.point;
      const lines = [`${d.valueLabel}, ${d.dateLabel}`, panel.label];
      const share = shareText(p);
      if (share) lines.push(share);
      const doubts = [p.dateConfidence && DATE_DOUBT[p.dateConfidence], VALUE_DOUBT[p.confidence]].filter(Boolean);
      lines.push(...(doubts as string[]));
      if (p.note) lines.push(p.note);
      return { key: d.key, lines: lines.map(tooltipLine), x: d.x, y: d.y };
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
export function debtTable(series: DebtSeries[]): DebtTableRow[] {
  return series.flatMap((s) =>
    sortedPoints(s).map((p) => ({
      series: s.label,
      date: debtDateLabel(p),
      value: p.value,
      unit: unitLabel(p.currency, p.magnitude),
      share: shareText(p),
      confidence: [`value ${p.confidence}`, p.dateConfidence && `date ${p.dateConfidence}`].filter(Boolean).join('; '),
      note: p.note ?? null,
    })),
  );
}

export function debtSources(series: DebtSeries[]): { name: string; url: string }[] {
  return series.flatMap((s) => s.points.flatMap((p) => p.sources));
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** A factual headline from the data: "Serbia owes China billions of euros, by two separate counts". */
export function debtTitle(series: DebtSeries[]): string {
  const latest = series.map((s) => sortedPoints(s).at(-1)).filter((p): p is DebtPoint => Boolean(p));
  const counts = series.length === 1 ? 'by one count' : `by ${COUNT_WORDS[series.length] ?? series.length} separate counts`;
  const allEur = latest.every((p) => p.currency === 'EUR');
  const billions = latest.length > 0 && latest.every((p) => rescale(p.value, p.magnitude, 'billion') >= 1);
  if (allEur && billions) return `Serbia owes China billions of euros, ${counts}`;
  return `Serbia's debt to China, ${counts}`;
}

/** The figure's description: each series with its first, last and highest figure. */
export function describeDebt(series: DebtSeries[]): string {
  const parts = series.map((s) => {
    const points = sortedPoints(s);
    const say = (p: DebtPoint) => {
      const share = shareText(p);
      return `${debtValueLabel(p)} in ${debtDateLabel(p)}${share ? ` (${share})` : ''}`;
    };
    if (points.length === 1) return `${s.label}: ${say(points[0])}.`;
    const units = (p: DebtPoint) => rescale(p.value, p.magnitude, 'units');
    const first = points[0];
    const last = points.at(-1)!;
    const high = points.reduce((a, b) => (units(b) > units(a) ? b : a));
    const peak = points.length > 2 && high !== first && high !== last ? `; highest ${say(high)}` : '';
    return `${s.label}: ${points.length} figures, from ${say(first)} to ${say(last)}${peak}.`;
  });
  return `${series.length === 1 ? 'One measure' : `${COUNT_WORDS[series.length] ?? series.length} separate measures`} of Serbia's debt to China, shown apart because they count different things. ${parts.join(' ')}`.replace(
    /^./,
    (c) => c.toUpperCase(),
  );
}

export function debtNotes(series: DebtSeries[]): string[] {
  const points = series.flatMap((s) => s.points);
  const notes = [
    'Each panel is a separate measure with its own definition; the panels share a value scale but are never joined. Points are separate reports, not a continuous record, so no line connects them.',
  ];
  if (points.some((p) => p.dateConfidence === 'approximate' || p.dateConfidence === 'unverified'))
    notes.push('~ before a date: the date is approximate. ? after a date: the date is not confirmed by the source.');
  if (points.some((p) => p.confidence !== 'sourced'))
    notes.push('A hollow marker is a value that is approximate, computed or unverified.');
  if (points.some((p) => p.share?.confidence === 'computed'))
    notes.push('Shares marked “computed by us” divide the figure by the total the same source gives.');
  return notes;
}
