/**
 * The trade chart's marks in plot coordinates (src/lib/charts/kit/plot.ts): across, a share of the width plus rem;
 * down, rem from the top of a plot `height` rem tall. What the page draws and what a picture draws, from the view
 * (model.ts) and the plot's size. Where text must be kept apart (the values of a step's year, the "no data" label,
 * the ends of the years' row), its width is estimated (text-width.ts errs wide), so that the page and its pictures
 * agree without measuring anything. Pure.
 */
import { textWidth, wrapText } from '../../charts/text-width.ts';
import { fromLeft, type X } from '../../charts/kit/plot.ts';
import type { Format } from '../../i18n/format.ts';
import { plain } from '../../i18n/fallback.ts';
import { callout as calloutOf, collide, liftOver, signOf, type Rect, type TradeFlow, type TradeView } from './model.ts';

/** One CSS pixel in rem. */
const PX = 1 / 16;

/** Type sizes (rem) and line heights (em) of the chart's text. */
export const TRADE_TEXT = {
  /** The unit, the axis values, the agreement's labels and the signs over bars. */
  base: { size: 0.75, line: 1.2 },
  tick: { size: 0.75, line: 1.1 },
  /** The values of a step's year, the years and the "no data" label. */
  small: { size: 0.72, line: 1.25 },
} as const;

/** The plot's edges: a share of the chart's height, or at least the room its labels need (rem). */
const ROOM = { top: 0.17, topMin: 2.3, bottom: 0.12, bottomMin: 1.4 } as const;

/** A chart's height before its box is measured (the server's drawing), and its width (rem). */
export const TRADE_DEFAULT = { height: 15, width: 40 } as const;

/** Container widths (px) from which the years of tier 1 and 2 show (model.ts › labelTiers). */
const TIER_WIDTHS = [0, 480, 720] as const;
/** Container width (px) from which a gap too narrow for its label writes it upright. */
const UPRIGHT_FROM = 480;

export const FLOW_COLOURS: Record<TradeFlow, string> = { exports: 'var(--cat-1)', imports: 'var(--accent)', total: 'var(--neutral-bar-2)' };

export interface TextMark {
  text: string;
  x: X;
  /** The middle of its line, rem from the top. */
  y: number;
  anchor?: 'start' | 'middle' | 'end';
}

export interface BarMarks {
  key: string;
  flow: TradeFlow;
  x: X;
  /** Its width, a share of the plot's. */
  width: string;
  top: number;
  height: number;
  /** Its sign over it, where its figure is not exactly as a source states it (none in the year a step is about). */
  sign: TextMark | null;
}

export interface TradeMarks {
  height: number;
  plot: { top: number; bottom: number };
  unit: TextMark;
  ticks: { value: number; y: number; base: boolean; label: TextMark | null; labelWidth: number }[];
  /** The year a step is about, across the plot's height. */
  highlight: { x: X; width: string } | null;
  gaps: { key: string; x: X; width: string; label: (TextMark & { upright: boolean })[]; labelBox: Rect | null }[];
  bars: BarMarks[];
  /** A flow with no published figure in a year that has the other: a ring on the baseline. */
  missing: { key: string; x: X; y: number; size: number }[];
  fta: { id: 'signed' | 'in-force'; x: X; top: number; label: TextMark & { covered: boolean } }[];
  callout: {
    x: X;
    top: number;
    width: number;
    height: number;
    lines: { key: string; flow: TradeFlow; text: string; y: number }[];
    /** How far it is lifted clear of other marks: a line leads down to its year's bars. */
    lift: number;
    leader: X;
  } | null;
  /** `tier`: the narrowest container (model.ts › labelTiers) that shows it. */
  years: (TextMark & { year: number; tier: number; on: boolean; shown: boolean })[];
  /** Where a pointer picks each mark (a gap year is one). */
  hits: { key: string; x: X; width: string }[];
}

export interface TradeMarkOptions {
  /** The plot's size in rem (its width before it is measured: TRADE_DEFAULT). */
  height: number;
  width?: number;
  /** The year a step is about, and whether it is about the agreement. */
  year?: number;
  fta?: boolean;
  format: Format;
  words: { noData: string; total: string; signed: string; inForce: string };
}

const pct = (n: number): X => ({ pct: n, rem: 0 });
const share = (n: number) => `${Math.round(n * 1000) / 1000}%`;
const widthOf = (text: string, size: number, bold = false) => textWidth(plain(text), bold ? 'bold' : 'regular') * size;

/** Everything the chart draws, in plot coordinates. */
export function tradeMarks(view: TradeView, o: TradeMarkOptions): TradeMarks {
  const H = o.height;
  const W = o.width ?? TRADE_DEFAULT.width;
  const { base, tick, small } = TRADE_TEXT;
  const plotTop = Math.max(ROOM.top * H, ROOM.topMin);
  const plotBottom = H - Math.max(ROOM.bottom * H, ROOM.bottomMin);
  const inner = plotBottom - plotTop;
  const yOf = (percent: number) => plotBottom - (percent / 100) * inner;
  const remOf = (x: number) => (x / 100) * W;
  const px = W * 16;
  const call = calloutOf(view, o.year, o.format, o.words.total);
  const baseLine = base.size * base.line;

  const unitText = o.format.unit(view.currency, view.magnitude);
  const unit = { text: unitText, x: fromLeft(0), y: baseLine / 2 };
  const ticks = view.ticks.map((t) => {
    const y = yOf(t.y);
    const text = o.format.number(t.value);
    return {
      value: t.value,
      y,
      base: t.value === 0,
      label: t.value === 0 ? null : { text, x: fromLeft(0), y: y - PX - (tick.size * tick.line) / 2 },
      labelWidth: widthOf(text, tick.size) + 0.2,
    };
  });

  const bars: BarMarks[] = [];
  const missing: TradeMarks['missing'] = [];
  for (const m of view.bands.flatMap((b) => b.marks)) {
    const middle = pct((m.x0 + m.x1) / 2);
    if (!m.value) {
      missing.push({ key: m.key, x: middle, y: plotBottom - 2 * PX - 0.25, size: 0.5 });
      continue;
    }
    const height = m.value.value === 0 ? 0 : Math.max(3 * PX, (m.height / 100) * inner);
    const top = plotBottom - height;
    const sign = m.year === call?.year ? '' : signOf(m.value.confidence);
    bars.push({
      key: m.key,
      flow: m.flow,
      x: pct(m.x0),
      width: share(m.x1 - m.x0),
      top,
      height,
      sign: sign ? { text: sign, x: middle, y: top - 2 * PX - base.size / 2, anchor: 'middle' } : null,
    });
  }

  // The "no data" label at the top of its gap, on as many lines as its words need; a gap too narrow for its
  // longest word writes it upright where the chart is wide enough, else leaves it to the tooltip and the notes.
  const gaps = view.gaps.map((g) => {
    const room = remOf(g.x1 - g.x0) - 0.3;
    const middle = (g.x0 + g.x1) / 2;
    const words = o.words.noData;
    const lines = wrapText(plain(words), room / small.size);
    const fits = lines.every((l) => widthOf(l, small.size) <= room);
    const top = plotTop + 0.2 + 0.15;
    const line = small.size * small.line;
    let label: (TextMark & { upright: boolean })[] = [];
    let box: Rect | null = null;
    if (fits) {
      const wide = Math.max(...lines.map((l) => widthOf(l, small.size)));
      label = lines.map((text, i) => ({ text: lines.length === 1 ? words : text, x: pct(middle), y: top + (i + 0.5) * line, anchor: 'middle', upright: false }));
      box = { left: remOf(middle) - wide / 2 - 0.15, right: remOf(middle) + wide / 2 + 0.15, top: top - 0.15, bottom: top + lines.length * line + 0.15 };
    } else if (px >= UPRIGHT_FROM && widthOf(words, small.size) <= inner - 0.5) {
      const long = widthOf(words, small.size);
      label = [{ text: words, x: pct(middle), y: top + long / 2, anchor: 'middle', upright: true }];
      box = { left: remOf(middle) - line / 2 - 0.15, right: remOf(middle) + line / 2 + 0.15, top: top - 0.15, bottom: top + long + 0.15 };
    }
    return { key: `${g.from}`, x: pct(g.x0), width: share(g.x1 - g.x0), label, labelBox: box };
  });

  const fta = view.fta
    .filter((f) => f.x !== null)
    .map((f) => {
      const text = f.id === 'signed' ? o.words.signed : o.words.inForce;
      const at = f.x!;
      const x: X = f.anchor === 'end' ? { pct: at, rem: -0.15 } : f.anchor === 'start' ? { pct: at, rem: 0.25 } : pct(at);
      return { id: f.id, x: pct(at), top: (f.row + 1) * baseLine, label: { text, x, y: f.row * baseLine + baseLine / 2, anchor: f.anchor, covered: false } };
    });
  const ftaBoxes = fta.map((f) => {
    const w = widthOf(f.label.text, base.size, o.fta);
    const at = remOf(f.x.pct) + f.label.x.rem;
    const left = f.label.anchor === 'end' ? at - w : f.label.anchor === 'start' ? at : at - w / 2;
    return { left, right: left + w, top: f.label.y - baseLine / 2, bottom: f.label.y + baseLine / 2 };
  });

  // The values of the year a step is about, on its tallest bar, lifted clear of what lies beside or under it;
  // where the chart has no room, it gives way to the agreement's labels when the step is about the agreement,
  // else they give way to it, as "no data" always does.
  let callout: TradeMarks['callout'] = null;
  if (call) {
    const line = small.size * small.line;
    const width = 0.4 + 0.6 + 0.25 + Math.max(...call.lines.map((l) => widthOf(l.text, small.size, true)));
    const height = call.lines.length * line + 0.1;
    const anchorRem = remOf(call.x);
    const left = call.anchor === 'start' ? Math.max(anchorRem, 1.5) : call.anchor === 'end' ? anchorRem - width : Math.max(anchorRem, 1.5) - width / 2;
    const bottom = yOf(call.height) - 3 * PX;
    const label = { left, right: left + width, top: bottom - height, bottom };
    const obstacles: Rect[] = [
      ...bars.map((b) => ({ left: remOf(b.x.pct), right: remOf(b.x.pct + parseFloat(b.width)), top: b.top - (b.sign ? base.size : 0), bottom: plotBottom })),
      { left: 0, right: widthOf(unitText, base.size, true), top: 0, bottom: baseLine },
      ...ticks.flatMap((t) => (t.label ? [{ left: 0, right: t.labelWidth, top: t.y - PX - tick.size * tick.line, bottom: t.y - PX }] : [])),
      ...missing.map((m) => ({ left: remOf(m.x.pct) - 0.25, right: remOf(m.x.pct) + 0.25, top: m.y - 0.25, bottom: m.y + 0.25 })),
      ...(o.fta ? ftaBoxes : []),
    ];
    const lift = liftOver(label, obstacles, label.top, 2 * PX);
    if (lift !== null) {
      const placed = { ...label, top: label.top - lift, bottom: label.bottom - lift };
      ftaBoxes.forEach((b, i) => (fta[i].label.covered = collide(placed, b, 2 * PX)));
      for (const g of gaps) if (g.labelBox && collide(placed, g.labelBox, 2 * PX)) g.label = [];
      const x = fromLeft(left);
      callout = {
        x,
        top: placed.top,
        width,
        height,
        lift,
        lines: call.lines.map((l, i) => ({ key: l.key, flow: l.flow, text: l.text, y: placed.top + 0.05 + (i + 0.5) * line })),
        leader: fromLeft(call.anchor === 'start' ? left + 0.3 : call.anchor === 'end' ? left + width - 0.3 : left + width / 2),
      };
    }
  }

  const highlight = view.bands.find((b) => b.year === o.year);
  const yearY = plotBottom + 0.3 + (small.size * 1.2) / 2;
  const tierShown = TIER_WIDTHS.filter((w) => px >= w).length - 1;
  const years = view.bands.map((b, i) => {
    // The end labels stay inside the plot.
    const x = i === 0 && remOf(b.center) < 1 ? fromLeft(1) : i === view.bands.length - 1 && remOf(b.center) > W - 1 ? { pct: 100, rem: -1 } : pct(b.center);
    return { text: String(b.year), year: b.year, x, y: yearY, anchor: 'middle' as const, tier: b.labelTier, on: b.year === o.year, shown: b.labelTier <= tierShown };
  });

  const hits = view.bands.flatMap((b) =>
    b.kind === 'gap'
      ? [{ key: `${b.year}-gap`, x: pct(b.x0), width: share(b.x1 - b.x0) }]
      : b.marks.map((m, j) => {
          const x0 = j ? b.center : b.x0;
          const x1 = j || b.marks.length === 1 ? b.x1 : b.center;
          return { key: m.key, x: pct(x0), width: share(x1 - x0) };
        }),
  );

  return {
    height: H,
    plot: { top: plotTop, bottom: plotBottom },
    unit,
    ticks,
    highlight: highlight ? { x: pct(highlight.x0), width: share(highlight.x1 - highlight.x0) } : null,
    gaps,
    bars,
    missing,
    fta,
    callout,
    years,
    hits,
  };
}

/** The tooltips at their marks as drawn: a bar's at its top, a gap's in the plot's middle, a date's at its line's top (percent of the plot). */
export function placeItems<T extends { key: string; x: number; y: number }>(items: T[], marks: TradeMarks): T[] {
  const at = (y: number) => (100 * y) / marks.height;
  const bars = new Map(marks.bars.map((b) => [b.key, b.top]));
  const missing = new Map(marks.missing.map((m) => [m.key, m.y]));
  const fta = new Map(marks.fta.map((f) => [`fta-${f.id}`, f.top]));
  return items.map((item) => {
    const y = bars.get(item.key) ?? missing.get(item.key) ?? fta.get(item.key) ?? (item.key.endsWith('-gap') ? (marks.plot.top + marks.plot.bottom) / 2 : null);
    return y === null ? item : { ...item, y: at(y) };
  });
}

/** The key a picture draws above its plot (the page's is HTML above the box): rows of flows, then the signs used. */
export interface TradeKey {
  height: number;
  items: { flow: TradeFlow; x: number; y: number; text: string; hint: string | null; hintX: number }[];
  signs: { text: string; x: number; y: number }[];
}

/** Laid out as the page's legend is: items wrapped to the width (rem), hints where it is wider than 560 px. */
export function tradeKey(flows: { flow: TradeFlow; text: string; hint: string }[], signs: string[], width: number): TradeKey {
  const size = 0.78;
  const line = size * 1.35;
  const hints = width * 16 > 560;
  const items: TradeKey['items'] = [];
  let [x, row] = [0, 0];
  for (const f of flows) {
    const textWidth = widthOf(f.text, size);
    const hintWidth = hints ? 0.35 * size + widthOf(f.hint, 0.75) : 0;
    const span = 0.85 + 0.35 + textWidth + hintWidth;
    if (x > 0 && x + span > width) [x, row] = [0, row + 1];
    items.push({ flow: f.flow, x, y: row * (line + 0.3) + line / 2, text: f.text, hint: hints ? f.hint : null, hintX: x + 1.2 + textWidth + 0.35 * size });
    x += span + 1;
  }
  let y = (row + 1) * (line + 0.3) - 0.3 + 0.2;
  const out: TradeKey['signs'] = [];
  const signLine = 0.75 * 1.3;
  x = 0;
  for (const s of signs) {
    const span = widthOf(s, 0.75);
    if (x > 0 && x + span > width) [x, y] = [0, y + signLine + 0.2];
    out.push({ text: s, x, y: y + signLine / 2 });
    x += span + 0.9;
  }
  return { height: y + (signs.length ? signLine + 0.35 : 0), items, signs: out };
}
