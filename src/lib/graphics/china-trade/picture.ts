/** Serbia's trade with China by year as a picture (share card, PNG and SVG download), from the page's model. */
import type { InterfaceWords } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import { box, gridlines, label, labelSize, legend, place, type Picture, type SceneNode } from '../../publishing/pictures/scene.ts';
import type { ChinaTradeState, ChinaTradeWords } from './graphic.ts';
import { currenciesOf, describeTrade, tradeSources, tradeView, type BarMark, type ChinaTradeProps } from './model.ts';

const FLOW_COLOURS = { exports: 'var(--cat-1)', imports: 'var(--accent)', total: 'var(--neutral-bar-2)' } as const;

function bar(m: BarMark): SceneNode[] {
  if (!m.value) return [];
  const solid = m.value.confidence === 'sourced';
  const colour = FLOW_COLOURS[m.flow];
  return [
    place(m.x0, 100 - m.height, m.x1 - m.x0, m.height, {
      background: solid ? colour : 'var(--bg)',
      border: solid ? 'none' : `1.5px ${m.value.confidence === 'approximate' ? 'dashed' : 'solid'} ${colour}`,
    }),
  ];
}

export function picture(p: { props: ChinaTradeProps; words: ChinaTradeWords; state: ChinaTradeState; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format, ui } = p;
  const view = tradeView(p.props.years, p.state.currency, p.props.agreement);
  const sources = tradeSources(p.props.years);
  const marks = view.bands.flatMap((b) => b.marks);
  const unit = format.unit(view.currency, view.magnitude);
  const others = currenciesOf(p.props.years).filter((c) => c !== view.currency).map((c) => w.currencyNames[c]);
  return {
    title: w.title,
    subtitle: others.length ? format.fill(w.subtitleOtherCurrencies, { unit, currencies: format.list(others) }) : format.fill(w.subtitle, { unit }),
    file: w.file,
    alt: describeTrade(view, { w, ui, format }),
    source: `${format.plural(ui.chart.sources, sources.length)} ${[...new Set(sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      const size = labelSize(width);
      const left = 7;
      const everyYear = width / view.bands.length > size * 2.6;
      const has = (flow: BarMark['flow']) => marks.some((m) => m.flow === flow && m.value);
      const keys = [
        has('exports') && { label: w.legend.exports, colour: FLOW_COLOURS.exports },
        has('imports') && { label: w.legend.imports, colour: FLOW_COLOURS.imports },
        has('total') && { label: w.legend.total, colour: FLOW_COLOURS.total },
        marks.some((m) => m.value?.confidence === 'approximate') && {
          label: w.legend.approximate,
          colour: 'var(--bg)',
          swatch: { border: '1.5px dashed var(--text-muted)' },
        },
        marks.some((m) => m.value && m.value.confidence !== 'sourced' && m.value.confidence !== 'approximate') && {
          label: w.legend.computed,
          colour: 'var(--bg)',
          swatch: { border: '1.5px solid var(--text-muted)' },
        },
      ].filter((k) => k !== false);
      return box({ flexDirection: 'column', width, height, fontSize: size, color: 'var(--text)' }, [
        legend(keys, size * 0.9),
        label(format.unit(view.currency, view.magnitude), { fontSize: size * 0.85, fontWeight: 700, color: 'var(--text-muted)' }),
        box({ position: 'relative', flexGrow: 1, marginTop: size * 0.8 }, [
          ...gridlines(
            view.ticks.map((t) => ({ top: 100 - t.y, text: format.number(t.value) })),
            size,
            left,
          ),
          box({ position: 'absolute', left: `${left}%`, right: 0, top: 0, bottom: 0 }, [
            // The year a step is about, as the page highlights it.
            ...view.bands.filter((b) => b.year === p.state.year).map((b) => place(b.x0, 0, b.x1 - b.x0, 100, { background: 'rgba(0, 0, 0, 0.06)' })),
            ...view.gaps.map((g) =>
              place(g.x0, 0, g.x1 - g.x0, 100, { alignItems: 'center', justifyContent: 'center', background: 'var(--map-land)', color: 'var(--text-muted)', fontSize: size * 0.8 }, [
                g.x1 - g.x0 > 12 ? w.noData : '',
              ]),
            ),
            ...marks.flatMap(bar),
            ...view.fta
              .filter((f) => f.x !== null)
              .map((f) => place(f.x!, -4, 0, 104, { borderLeft: '1.5px dashed var(--text-muted)' })),
          ]),
        ]),
        box({ position: 'relative', height: size * 1.6, marginLeft: `${left}%` }, [
          ...view.bands
            .filter((b, i) => everyYear || b.labelTier === 0 || i === view.bands.length - 1)
            .map((b) => place(b.center - 6, 10, 12, 90, { justifyContent: 'center', fontSize: size * 0.85, color: 'var(--text-muted)' }, [String(b.year)])),
        ]),
      ]);
    },
  };
}
