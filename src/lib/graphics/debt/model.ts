/**
 * Serbia's debt to China (debt.json): separate series that measure different things, laid out as small
 * multiples — one panel per series, one row per reported figure in date order, a dot at its value. No line
 * joins any two points: the figures are separate reports, not a continuous record, and the series must
 * never read as one. The label column is as wide as the edition's dates need (estimated, never measured), the
 * value track takes the rest of the width, and the rows share the height left by headings and axes.
 */
import { nice, ticks } from 'd3-array';
import { largestMagnitude, rescale, type Magnitude } from '../../charts/magnitudes.ts';
import { along, fromLeft, middleAbove, seriesColour, type X } from '../../charts/kit/plot.ts';
import { widestText, wrapText } from '../../charts/text-width.ts';
import type { ExplorableItem } from '../../charts/types.ts';
import { dateSortKey } from '../../data/dates.ts';
import type { FactFiles, DebtPoint } from '../../data/files.ts';
import { langOf, plain } from '../../i18n/fallback.ts';
import type { Format } from '../../i18n/format.ts';
import { compact, oneOf } from '../url-options.ts';
import type { DebtState, DebtWords } from './schema.ts';

export type DebtSeries = FactFiles['debt.json']['series'][number];

export interface DebtProps {
  series: DebtSeries[];
}

/** The words and formats every sentence of the chart is made from. */
export interface Speech {
  w: DebtWords;
  format: Format;
}
type Currency = DebtPoint['currency'];

/**
 * Sizes in rem. A panel is a heading, an axis row, then a row per point; panels are `gap` apart. Headings, axes
 * and gaps keep their height; the rows share what is left (`row` each at full height), so in a frame of limited
 * height the rows give way, down to `minRow` (one line of text), and nothing else moves. On the page a heading is
 * as tall as its label wraps; the layout counts the lines it takes on the narrowest chart.
 */
export const DEBT_LAYOUT = { headLine: 1.06, headSpace: 0.6, axis: 1.4, row: 2.3, minRow: 1, gap: 0.9 } as const;
/** The chart's type sizes in rem (as Plot.svelte draws them): a panel's label, a date, an axis' unit. */
export const DEBT_TYPE = { label: 0.88, date: 0.78, unit: 0.72 } as const;
/** Left of the dates, between the label column and the track, and right of the track (rem). */
export const DEBT_SPACE = { inset: 0.5, gap: 0.75, end: 0.9 } as const;
/** The narrowest chart the labels are laid out for (rem): a 320 px screen less the page's margins. */
const NARROWEST = 18;
/** A panel's heading: its padding (rem) and the marker's box left of the label, and the gap after it. */
const HEAD = { top: 0.35, bottom: 0.25, left: 0.5, right: 0.4, mark: 0.8, gap: 0.45 } as const;
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
  /** "EUR 3.7bn", "≈ EUR 3bn": as the source states it, for tooltips and sentences. */
  valueLabel: string;
  /** Beside the dot: the value in the panel's unit ("3.7" on an axis of EUR billion), or in short forms if in another magnitude ("EUR 305m"). */
  label: string;
  /** The value in the panel's magnitude: for placing the dot only. */
  scaled: number;
  /** Where the dot sits along the value track, 0 (the track's start, zero) to 1 (its end, the scale's maximum). */
  fraction: number;
  /** Its row among all the chart's rows, top to bottom. */
  row: number;
  /** Where the value label goes: beside the dot, on the side with more room. */
  labelSide: 'right' | 'left';
}

export interface DebtPanel {
  id: string;
  label: string;
  measures: string;
  index: number;
  shape: Shape;
  /** The fixed heights (rem) of the headings, axes and gaps above the panel, and the rows above it. */
  fixedAbove: number;
  rowsAbove: number;
  /** The heading's height (rem): as many lines of label as it needs at the chart's width (the narrowest, unknown). */
  head: number;
  /** The label in those lines (without the marks of an English fallback; `lang` says so). */
  headLines: string[];
  lang: 'en' | undefined;
  currency: string;
  magnitude: Magnitude;
  /** The axis' unit in short forms: "EUR bn", "mlrd. €". */
  unit: string;
  ticks: { value: number; label: string; fraction: number }[];
  dots: DebtDot[];
  focused: boolean;
  dimmed: boolean;
}

export interface DebtLayout {
  panels: DebtPanel[];
  /** How many rows there are, and the height (rem) of everything else: headings, axes, gaps. */
  rows: number;
  fixed: number;
  /** The chart's height (rem) with rows of their full height, and the least it can shrink to. */
  height: number;
  minHeight: number;
  /** The column left of the value track (dates, the axis' unit), in rem: as wide as its longest label needs. */
  labelColumn: number;
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

/** The label beside a dot: the value alone when it is in the axis' unit, else in short forms; "≈" when approximate. */
export function debtDotLabel(p: Pick<DebtPoint, 'value' | 'magnitude' | 'currency' | 'confidence'>, axis: { currency: string; magnitude: Magnitude }, format: Format): string {
  const value =
    p.currency === axis.currency && p.magnitude === axis.magnitude
      ? format.number(p.value)
      : format.shortMoney({ amount: p.value, magnitude: p.magnitude, currency: p.currency });
  return p.confidence === 'approximate' ? format.approximate(value) : value;
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

/**
 * Panels, rows and dots for the series in file order; `focus` (a series id) brings one forward. `width` (rem): the
 * chart's width, where it is known (a picture, or the page once the island runs), for the headings' lines.
 */
export function debtLayout(series: DebtSeries[], speech: Speech, focus?: string | null, width = NARROWEST): DebtLayout {
  const { format } = speech;
  const scales = scalesByCurrency(series);
  const focusKnown = series.some((s) => s.id === focus);
  const L = DEBT_LAYOUT;
  let fixed = 0;
  let rows = 0;
  const panels = series.map((s, index): DebtPanel => {
    const points = sortedPoints(s);
    const currency = points[0]?.currency ?? 'EUR';
    const scale = scales.get(currency) ?? { magnitude: 'billion' as Magnitude, max: 1, ticks: [0, 1] };
    const room = Math.max(NARROWEST, width) - HEAD.left - HEAD.mark - HEAD.gap - HEAD.right;
    const headLines = wrapText(plain(s.label), room / DEBT_TYPE.label, 'bold');
    const head = headLines.length * L.headLine + L.headSpace;
    const panel: DebtPanel = {
      id: s.id,
      label: s.label,
      measures: s.measures,
      index,
      shape: SHAPES[index % SHAPES.length],
      fixedAbove: fixed + (index ? L.gap : 0),
      rowsAbove: rows,
      head,
      headLines,
      lang: langOf(s.label),
      currency,
      magnitude: scale.magnitude,
      unit: format.shortUnit(currency, scale.magnitude),
      ticks: scale.ticks.map((value) => ({ value, label: format.number(value), fraction: value / scale.max })),
      dots: points.map((p, i): DebtDot => {
        const own = scales.get(p.currency) ?? scale;
        const scaled = rescale(p.value, p.magnitude, own.magnitude);
        const fraction = scaled / own.max;
        return {
          key: `${s.id}-${i}`,
          seriesId: s.id,
          seriesLabel: s.label,
          point: p,
          dateLabel: debtDateLabel(p, speech),
          valueLabel: debtValueLabel(p, format),
          label: debtDotLabel(p, { currency: p.currency, magnitude: own.magnitude }, format),
          scaled,
          fraction,
          row: rows + i,
          labelSide: fraction > 0.5 ? 'left' : 'right',
        };
      }),
      focused: focusKnown && s.id === focus,
      dimmed: focusKnown && s.id !== focus,
    };
    fixed = panel.fixedAbove + head + L.axis;
    rows += points.length;
    return panel;
  });
  const dates = panels.flatMap((p) => p.dots.map((d) => d.dateLabel));
  const labelColumn =
    DEBT_SPACE.inset +
    Math.max(widestText(dates) * DEBT_TYPE.date, widestText(panels.map((p) => p.unit), 'bold') * DEBT_TYPE.unit) +
    DEBT_SPACE.gap;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    panels,
    rows,
    fixed: round(fixed),
    height: round(fixed + rows * L.row),
    minHeight: round(fixed + rows * L.minRow),
    labelColumn: round(labelColumn),
  };
}

/** A row's height (rem) when the chart is this tall (rem). */
export const rowHeight = (layout: DebtLayout, height: number): number =>
  layout.rows ? Math.max(DEBT_LAYOUT.minRow, (height - layout.fixed) / layout.rows) : 0;

/** Where a dot is, in percent of the chart's width and height, when the chart is this large (rem). */
export function dotPosition(layout: DebtLayout, dot: DebtDot, size: { width: number; height: number }): { x: number; y: number } {
  const panel = layout.panels.find((p) => p.id === dot.seriesId)!;
  const row = rowHeight(layout, size.height);
  const top = panel.fixedAbove + panel.head + DEBT_LAYOUT.axis + (dot.row + 0.5) * row;
  const track = Math.max(0, size.width - layout.labelColumn - DEBT_SPACE.end);
  return { x: (100 * (layout.labelColumn + dot.fraction * track)) / size.width, y: (100 * top) / Math.max(size.height, layout.minHeight) };
}

/** A panel's marks in plot coordinates (see charts/kit/plot.ts): across, `X`; down, rem from the plot's top. */
export interface DebtPanelMarks {
  panel: DebtPanel;
  colour: string;
  /** The panel from its heading's top to its last row's bottom: its background when focused. */
  top: number;
  bottom: number;
  head: { mark: { x: X; y: number; size: number }; lines: { x: X; y: number; text: string }[] };
  axis: { rule: number; labels: number; unit: X; ticks: { x: X; label: string; base: boolean }[] };
  rows: { top: number; height: number; middle: number; date: X; dot: X; label: { x: X; side: DebtDot['labelSide'] }; d: DebtDot }[];
}

/** The type sizes (rem) and line heights (em) the chart draws with; its markers' boxes (rem). */
export const DEBT_TEXT = {
  label: { size: DEBT_TYPE.label, line: 1.2 },
  tick: { size: 0.75, line: 1.2 },
  unit: { size: DEBT_TYPE.unit, line: 1.2 },
  date: { size: DEBT_TYPE.date },
  value: { size: 0.8 },
} as const;
export const markSize = (shape: Shape) => (shape === 'diamond' ? 0.72 : 0.8);
/** From a dot to its value label (rem). */
const LABEL_GAP = 0.7;
/** The axis' labels stand this far (rem) above its rule. */
const AXIS_PAD = 0.25;

/** Every mark of the chart at this height (rem): headings, axes, gridlines, rows, dots and their labels. */
export function debtMarks(layout: DebtLayout, height: number): DebtPanelMarks[] {
  const row = rowHeight(layout, height);
  const track = (fraction: number) => along(fraction, layout.labelColumn, DEBT_SPACE.end);
  return layout.panels.map((panel) => {
    const top = panel.fixedAbove + panel.rowsAbove * row;
    const axisTop = top + panel.head;
    const rowsTop = axisTop + DEBT_LAYOUT.axis;
    const labels = rowsTop - AXIS_PAD;
    const { label: L } = DEBT_TEXT;
    const line = L.size * L.line;
    const headBottom = axisTop - HEAD.bottom;
    const size = markSize(panel.shape);
    return {
      panel,
      colour: seriesColour(panel.index),
      top,
      bottom: rowsTop + panel.dots.length * row,
      head: {
        mark: { x: fromLeft(HEAD.left + size / 2), y: headBottom - size / 2, size },
        lines: panel.headLines.map((text, i) => ({
          x: fromLeft(HEAD.left + size + HEAD.gap),
          y: headBottom - (panel.headLines.length - i) * line + line / 2,
          text,
        })),
      },
      axis: {
        rule: rowsTop - 1 / 16,
        labels,
        unit: fromLeft(DEBT_SPACE.inset),
        ticks: panel.ticks.map((t) => ({ x: track(t.fraction), label: t.label, base: t.value === 0 })),
      },
      rows: panel.dots.map((d, i) => {
        const rowTop = rowsTop + i * row;
        const dot = track(d.fraction);
        const side = d.labelSide;
        return {
          top: rowTop,
          height: row,
          middle: rowTop + row / 2,
          date: fromLeft(DEBT_SPACE.inset),
          dot,
          label: { x: { pct: dot.pct, rem: dot.rem + (side === 'right' ? LABEL_GAP : -LABEL_GAP) }, side },
          d,
        };
      }),
    };
  });
}

/** Where the middle of the axis' labels is, given the bottom of their line (rem). */
export const axisLabelMiddle = (bottom: number, size: number) => middleAbove(bottom, size, DEBT_TEXT.tick.line);

function shareText(p: DebtPoint, { w, format }: Speech): string | null {
  if (!p.share) return null;
  return format.fill(p.share.confidence === 'computed' ? w.shareComputed : w.share, { percent: format.percent(p.share.percent), of: p.share.of });
}

export type DebtItem = ExplorableItem & { key: string };

/** A tooltip per point, panel by panel, in date order, at its dot in a chart of this size (rem). */
export function debtItems(layout: DebtLayout, speech: Speech, size = { width: 40, height: layout.height }): DebtItem[] {
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
      return { key: d.key, lines, ...dotPosition(layout, d, size) };
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
