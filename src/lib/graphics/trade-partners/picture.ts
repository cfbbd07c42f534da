/** The trade-partners chart as a picture (share card, PNG and SVG download), from the page's model. */
import type { Format } from '../../i18n/format.ts';
import type { InterfaceWords } from '../../data/schema.ts';
import { box, label, labelSize, place, type Picture } from '../../publishing/pictures/scene.ts';
import type { TradePartnersState, TradePartnersWords } from './graphic.ts';
import { describePartners, maxValue, periodsFrom, slug, sortRows, type TradePartnersProps } from './model.ts';

export function picture(p: { props: TradePartnersProps; words: TradePartnersWords; state: TradePartnersState; format: Format; ui: InterfaceWords; lang: string }): Picture {
  const { words: w, format, state } = p;
  const periods = periodsFrom(p.props.series);
  const period = periods.find((x) => x.period === state.period) ?? periods[0];
  const flow = state.flow && period.flows.includes(state.flow) ? state.flow : period.flows[0];
  const highlight = state.partner ?? w.highlight;
  const rows = sortRows(period.rows, flow).filter((r) => r.values[flow]?.value != null);
  const max = maxValue(period, flow) || 1;
  const unit = format.unit(period.currency, period.magnitude);
  const highlightLabel = period.rows.find((r) => r.partner === highlight)?.label ?? highlight;
  return {
    title: w.title,
    subtitle: format.fill(w.subtitle, { period: period.label, highlight: highlightLabel }),
    file: format.fill(w.file, { period: slug(period.period) }),
    alt: describePartners(period, w, format, p.lang),
    source: `${format.plural(p.ui.chart.sources, period.sources.length)} ${[...new Set(period.sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      const size = labelSize(width);
      const head = size * 2.2;
      const shown = rows.slice(0, Math.max(1, Math.floor((height - head) / (size * 1.9))));
      const rowHeight = (height - head) / Math.max(shown.length, 5);
      return box({ flexDirection: 'column', width, height, fontSize: size, color: 'var(--text)' }, [
        box({ height: head, alignItems: 'flex-end', paddingBottom: size * 0.4, gap: size, color: 'var(--text-muted)', fontSize: size * 0.85 }, [
          label(period.label, { fontWeight: 700, color: 'var(--text)' }),
          label(`${w.flows[flow]} · ${unit}`),
        ]),
        ...shown.map((row) => {
          const value = row.values[flow]!.value!;
          const strong = row.partner === highlight;
          return box({ height: rowHeight, alignItems: 'center', borderTop: '1px solid var(--rule)' }, [
            label(row.label, { width: '26%', fontWeight: strong ? 700 : 400, color: strong ? 'var(--accent-text)' : 'var(--text)' }),
            box({ position: 'relative', width: '62%', height: rowHeight * 0.6 }, [
              place(0, 0, (value / max) * 100, 100, { background: strong ? 'var(--accent)' : 'var(--neutral-bar)', borderRadius: 1 }),
            ]),
            label(format.number(value), { width: '12%', paddingLeft: size * 0.4, fontWeight: strong ? 700 : 400 }),
          ]);
        }),
      ]);
    },
  };
}
