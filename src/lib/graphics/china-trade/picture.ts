/**
 * Serbia's trade with China by year as a picture (share card, PNG and SVG download, a step's picture), from the
 * page's model and with the page's marks: solid bars with a sign where a figure is computed or approximate, hatched
 * totals and gaps, the free trade agreement's labelled lines, and the values of the year a step is about.
 */
import type { InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { box, gridlines, label, labelSize, type Picture, type SceneNode, type Style } from '../../publishing/pictures/scene.ts';
import type { ChinaTradeState, ChinaTradeWords } from './schema.ts';
import { callout, collide, currenciesOf, describeTrade, liftOver, signOf, SIGNS, tradeSources, tradeView, type BarMark, type ChinaTradeProps, type Rect } from './model.ts';

const FLOW_COLOURS = { exports: 'var(--cat-1)', imports: 'var(--accent)', total: 'var(--neutral-bar-2)' } as const;
const HATCH = (colour: string, angle: number, gap: number) => `repeating-linear-gradient(${angle}deg, ${colour} 0px, ${colour} 1.5px, transparent 1.5px, transparent ${gap}px)`;
/** A text's width in Noto Sans, roughly: enough to keep labels apart in a picture drawn without a browser. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

const swatch = (flow: BarMark['flow'], size: number): SceneNode =>
  box({
    width: size,
    height: size,
    flexShrink: 0,
    borderRadius: 1,
    ...(flow === 'total' ? { backgroundImage: HATCH('var(--neutral-bar-2)', 135, 4), border: '1px solid var(--neutral-bar-2)' } : { background: FLOW_COLOURS[flow] }),
  });

export function picture(p: { props: ChinaTradeProps; words: ChinaTradeWords; state: ChinaTradeState; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format, ui } = p;
  const view = tradeView(p.props.years, p.state.currency, p.props.agreement);
  const sources = tradeSources(p.props.years);
  const marks = view.bands.flatMap((b) => b.marks);
  const unit = format.unit(view.currency, view.magnitude);
  const others = currenciesOf(p.props.years).filter((c) => c !== view.currency).map((c) => w.currencyNames[c]);
  const call = callout(view, p.state.year, format, w.summary.total);
  const fta = view.fta.filter((f) => f.x !== null);
  return {
    title: w.title,
    subtitle: others.length ? format.fill(w.subtitleOtherCurrencies, { unit, currencies: format.list(others) }) : format.fill(w.subtitle, { unit }),
    file: w.file,
    alt: describeTrade(view, { w, ui, format }),
    source: `${format.plural(ui.chart.sources, sources.length)} ${[...new Set(sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      const size = labelSize(width);
      const small = size * 0.8;
      const line = small * 1.25;
      const left = 7;
      const everyYear = width / view.bands.length > size * 2.6;
      const has = (flow: BarMark['flow']) => marks.some((m) => m.flow === flow && m.value);
      const keys = (['exports', 'imports', 'total'] as const).filter(has).map((flow) => ({ flow, text: w.legend[flow] }));
      const signs = [
        ...(['computed', 'approximate', 'unverified'] as const).filter((c) => marks.some((m) => m.value?.confidence === c)).map((c) => `${SIGNS[c]} ${w.legend[c]}`),
        ...(marks.some((m) => !m.value) ? [`○ ${w.legend.missing}`] : []),
      ];

      // Heights in pixels, so that the callout can be kept clear of the other marks.
      const legendRows = Math.ceil(keys.reduce((sum, k) => sum + size * 2.2 + textWidth(k.text, size * 0.9), 0) / width);
      const head = legendRows * size * 1.3 + (signs.length ? line + size * 0.3 : 0) + line + size * 0.6;
      const top = fta.length ? line * 2 + 4 : size * 0.4;
      const years = size * 1.6;
      const plotW = width * (1 - left / 100);
      const plotH = Math.max(size * 4, height - head - top - years);
      const y = (percent: number) => plotH - (percent / 100) * plotH;

      let ftaLabels = fta.map((f) => {
        const text = f.id === 'signed' ? w.agreement.signed : w.agreement.inForce;
        const x = (f.x! / 100) * plotW;
        const span = textWidth(text, small) + 6;
        const x0 = f.anchor === 'end' ? x - span : f.anchor === 'start' ? x : x - span / 2;
        return { f, text, x0, span, top: -top + f.row * line };
      });
      const signMarks = marks.filter((m) => m.value && signOf(m.value.confidence) && m.year !== call?.year);
      const gapLabels = view.gaps.map((g) => {
        const span = textWidth(w.noData, small) + 6;
        const center = ((g.x0 + g.x1) / 2 / 100) * plotW;
        return { g, span, wide: ((g.x1 - g.x0) / 100) * plotW > span, center };
      });

      const allFta = ftaLabels;
      const ftaRects = ftaLabels.map((l) => ({ left: l.x0, right: l.x0 + l.span, top: l.top, bottom: l.top + line }));
      const calloutNode = ((): SceneNode[] => {
        if (!call) return [];
        const cw = Math.max(...call.lines.map((l) => textWidth(l.text, small))) + small + 10;
        const ch = call.lines.length * line + 2;
        const x = (call.x / 100) * plotW;
        const x0 = call.anchor === 'end' ? x - cw : call.anchor === 'start' ? x : x - cw / 2;
        const bottom = y(call.height) - 3;
        const obstacles: Rect[] = [
          ...marks
            .filter((m) => m.value && m.year !== call.year)
            .map((m) => ({ left: (m.x0 / 100) * plotW, right: (m.x1 / 100) * plotW, top: Math.min(y(m.height), plotH - 3), bottom: plotH })),
          ...signMarks.map((m) => ({ left: (((m.x0 + m.x1) / 2) / 100) * plotW - small / 2, right: (((m.x0 + m.x1) / 2) / 100) * plotW + small / 2, top: y(m.height) - small, bottom: y(m.height) })),
          ...gapLabels.filter((g) => g.wide).map((g) => ({ left: g.center - g.span / 2, right: g.center + g.span / 2, top: y(45) - line / 2, bottom: y(45) + line / 2 })),
          ...(p.state.fta ? ftaRects : []),
        ];
        // As on the page: where there is no room, the callout gives way to the agreement's labels when the step
        // is about the agreement, else they give way to it.
        const lift = liftOver({ left: x0, right: x0 + cw, top: bottom - ch, bottom }, obstacles, Math.max(0, bottom - ch + top));
        if (lift === null) return [];
        const placed = { left: x0, right: x0 + cw, top: bottom - ch - lift, bottom: bottom - lift };
        ftaLabels = ftaLabels.filter((_, i) => !collide(placed, ftaRects[i], 2));
        return [
          box(
            {
              position: 'absolute',
              left: x0,
              top: bottom - ch - lift,
              width: cw,
              height: ch,
              flexDirection: 'column',
              padding: '1px 4px',
              background: 'var(--bg)',
              fontSize: small,
              fontWeight: 700,
            },
            call.lines.map((l) => box({ height: line, alignItems: 'center', gap: 4 }, [swatch(l.flow, small * 0.75), label(l.text, { whiteSpace: 'nowrap' })])),
          ),
          ...(lift > 0 ? [box({ position: 'absolute', left: x0 + cw / 2, top: bottom - lift, width: 0, height: lift, borderLeft: '1px solid var(--text-muted)' })] : []),
        ];
      })();

      const bar = (m: BarMark): SceneNode[] => {
        if (!m.value) {
          const cx = (((m.x0 + m.x1) / 2) / 100) * plotW;
          return [box({ position: 'absolute', left: cx - small * 0.3, top: plotH - small * 0.6 - 2, width: small * 0.6, height: small * 0.6, borderRadius: small, border: '1.5px solid var(--text-muted)', background: 'var(--bg)' })];
        }
        const style: Style =
          m.flow === 'total'
            ? { backgroundImage: HATCH('var(--neutral-bar-2)', 135, 5), border: '1.5px solid var(--neutral-bar-2)', borderBottom: 'none' }
            : { background: FLOW_COLOURS[m.flow] };
        return [box({ position: 'absolute', left: `${m.x0}%`, width: `${m.x1 - m.x0}%`, bottom: 0, height: `${m.height}%`, minHeight: m.value.value === 0 ? 0 : 3, ...style })];
      };

      return box({ flexDirection: 'column', width, height, fontSize: size, color: 'var(--text)' }, [
        box(
          { flexWrap: 'wrap', gap: `${size * 0.3}px ${size * 1.1}px`, fontSize: size * 0.9, marginBottom: size * 0.3 },
          keys.map((k) => box({ alignItems: 'center', gap: size * 0.4 }, [swatch(k.flow, size * 0.85), label(k.text)])),
        ),
        ...(signs.length ? [box({ gap: size, height: line, marginBottom: size * 0.3, fontSize: small, color: 'var(--text-muted)' }, signs.map((s) => label(s)))] : []),
        label(unit, { height: line, fontSize: small, fontWeight: 700, color: 'var(--text-muted)', marginBottom: size * 0.6 }),
        box({ position: 'relative', width, height: top + plotH + years, flexShrink: 0 }, [
          // The plot: gridlines and their values at the left, then the marks in the plot's own box.
          box({ position: 'absolute', left: 0, right: 0, top, height: plotH }, [
            ...gridlines(
              view.ticks.map((t) => ({ top: 100 - t.y, text: format.number(t.value) })),
              size,
              left,
            ),
            box({ position: 'absolute', left: `${left}%`, right: 0, top: 0, bottom: 0 }, [
              ...view.gaps.map((g) =>
                box({ position: 'absolute', left: `${g.x0}%`, width: `${g.x1 - g.x0}%`, top: 0, bottom: 0, backgroundImage: HATCH('var(--rule)', 45, 6) }),
              ),
              ...gapLabels
                .filter((g) => g.wide)
                .map((g) =>
                  box({ position: 'absolute', left: g.center - g.span / 2, width: g.span, top: y(45) - line / 2, height: line, justifyContent: 'center', alignItems: 'center', background: 'var(--bg)', fontSize: small, color: 'var(--text-muted)' }, [
                    w.noData,
                  ]),
                ),
              ...marks.flatMap(bar),
              ...signMarks.map((m) =>
                box({ position: 'absolute', left: (((m.x0 + m.x1) / 2) / 100) * plotW - small, width: small * 2, top: y(m.height) - small - 1, height: small, justifyContent: 'center', alignItems: 'flex-end', fontSize: small, fontWeight: 700 }, [
                  signOf(m.value!.confidence),
                ]),
              ),
              // The free trade agreement: a dashed line at each date, from its label down to the axis.
              ...allFta.map((l) =>
                box({ position: 'absolute', left: (l.f.x! / 100) * plotW, top: l.top + line, width: 0, height: plotH - l.top - line, borderLeft: `1.5px ${p.state.fta ? 'solid var(--text)' : 'dashed var(--text-muted)'}` }),
              ),
              ...ftaLabels.flatMap((l) => [
                box({ position: 'absolute', left: l.x0, top: l.top, width: l.span, height: line, justifyContent: l.f.anchor === 'end' ? 'flex-end' : 'flex-start', fontSize: small, fontWeight: p.state.fta ? 700 : 400, color: p.state.fta ? 'var(--text)' : 'var(--text-muted)', paddingLeft: 3, paddingRight: 3 }, [
                  l.text,
                ]),
              ]),
              ...calloutNode,
            ]),
          ]),
          box({ position: 'absolute', left: `${left}%`, right: 0, top: top + plotH, height: years }, [
            ...view.bands
              .filter((b, i) => {
                // The year a step is about is always labelled; its neighbours make room for it.
                if (b.year === call?.year || everyYear) return true;
                const near = call && Math.abs(b.year - call.year) * (plotW / view.bands.length) < size * 2.6;
                return !near && (b.labelTier === 0 || i === view.bands.length - 1);
              })
              .map((b) =>
                box({ position: 'absolute', left: `${b.center - 6}%`, width: '12%', top: 4, justifyContent: 'center', fontSize: size * 0.85, fontWeight: b.year === call?.year ? 700 : 400, color: b.year === call?.year ? 'var(--text)' : 'var(--text-muted)' }, [
                  String(b.year),
                ]),
              ),
          ]),
        ]),
      ]);
    },
  };
}
