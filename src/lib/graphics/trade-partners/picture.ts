/** The trade-partners chart as a picture (share card, PNG and SVG download), from the page's model. */
import type { Format } from '../../i18n/format.ts';
import type { InterfaceWords } from '../../data/files.ts';
import { box, label, labelSize, place, type Picture } from '../../publishing/pictures/scene.ts';
import type { TradePartnersState, TradePartnersWords } from './schema.ts';
import { condenseRows, describePartners, maxValue, periodsFrom, slug, sortRows, valueText, type Flow, type TradePartnersProps } from './model.ts';

const FLOW_COLOURS: Record<Flow, string> = { exports: 'var(--neutral-bar)', imports: 'var(--neutral-bar-2)', total: 'var(--neutral-bar)' };

type Input = { props: TradePartnersProps; words: TradePartnersWords; state: TradePartnersState; format: Format };

/** The period its embed shows first (its state's, or the first) names its files. */
export function pictureFile(p: Input): string {
  const periods = periodsFrom(p.props.series);
  const period = periods.find((x) => x.period === p.state.period) ?? periods[0];
  return p.format.fill(p.words.file, { period: slug(period.period) });
}

export function picture(p: { props: TradePartnersProps; words: TradePartnersWords; state: TradePartnersState; format: Format; ui: InterfaceWords; lang: string }): Picture {
  const { words: w, format, state } = p;
  const periods = periodsFrom(p.props.series);
  const period = periods.find((x) => x.period === state.period) ?? periods[0];
  const flow = state.flow && period.flows.includes(state.flow) ? state.flow : period.flows[0];
  const highlight = state.partner ?? w.highlight;
  const sorted = sortRows(period.rows, flow);
  const unit = format.unit(period.currency, period.magnitude);
  const highlightLabel = period.rows.find((r) => r.partner === highlight)?.label ?? highlight;
  const two = period.flows.length > 1;
  return {
    title: w.title,
    subtitle: format.fill(w.subtitle, { period: period.label, highlight: highlightLabel }),
    file: pictureFile(p),
    alt: describePartners(period, w, format, p.lang),
    source: `${format.plural(p.ui.chart.sources, period.sources.length)} ${[...new Set(period.sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      const size = labelSize(width);
      const head = size * 2.2;
      const line = size * (two ? 1.1 : 1.6);
      const rowHeight = line * period.flows.length;
      const more = size * 1.4;
      // The page's rule: the rows that fit, always with the highlighted partner, and how many more the table has.
      const all = Math.floor((height - head) / rowHeight);
      const { rows, hidden, skipped } = condenseRows(sorted, highlight, all >= sorted.length ? all : Math.floor((height - head - more) / rowHeight));
      const valueRoom = size * 4.2;
      // As tall as its rows (a period of two partners makes a short picture), at most the height given.
      const needed = head + rows.length * rowHeight + (hidden ? more : 0);
      return box({ flexDirection: 'column', width, height: Math.min(height, needed), fontSize: size, color: 'var(--text)' }, [
        box({ height: head, alignItems: 'flex-end', paddingBottom: size * 0.4, gap: size, color: 'var(--text-muted)', fontSize: size * 0.85 }, [
          label(period.label, { fontWeight: 700, color: 'var(--text)' }),
          ...period.flows.map((f) =>
            box({ alignItems: 'center', gap: size * 0.3, color: 'var(--text)' }, [
              box({ width: size * 0.8, height: size * 0.55, background: FLOW_COLOURS[f], borderRadius: 1 }),
              label(two && f === flow ? `${w.flows[f]} ${w.sorted}` : w.flows[f]),
            ]),
          ),
          label(unit, { marginLeft: 'auto' }),
        ]),
        ...rows.map((row) => {
          const strong = row.partner === highlight;
          return box(
            {
              height: rowHeight,
              flexShrink: 0,
              alignItems: 'center',
              borderTop: strong && skipped ? '1px dashed var(--text-muted)' : '1px solid var(--rule)',
            },
            [
              label(row.label, { width: '36%', fontSize: size * 0.9, lineHeight: 1.1, fontWeight: strong ? 700 : 400, color: strong ? 'var(--accent-text)' : 'var(--text)' }),
              box(
                { flexDirection: 'column', width: '64%' },
                period.flows.map((f) => {
                  const v = row.values[f];
                  const share = v?.value != null ? v.value / (maxValue(period, f) || 1) : 0;
                  if (v?.value == null)
                    return box({ height: line, alignItems: 'center' }, [label(v ? w.valueMissing : p.ui.chart.noValue, { fontSize: size * 0.8, color: 'var(--text-muted)' })]);
                  // The value follows the end of its bar, in the room kept for it at the right.
                  return box({ height: line, paddingRight: valueRoom }, [
                    box({ position: 'relative', flexGrow: 1 }, [
                      place(0, 19, share * 100, 62, { minWidth: 1, background: strong ? 'var(--accent)' : FLOW_COLOURS[f], borderRadius: 1 }),
                      box({ position: 'absolute', left: `${share * 100}%`, top: 0, bottom: 0, alignItems: 'center', paddingLeft: size * 0.3, whiteSpace: 'nowrap' }, [
                        label(valueText(v, period, format), { fontSize: size * 0.85, fontWeight: strong ? 700 : 400 }),
                      ]),
                    ]),
                  ]);
                }),
              ),
            ],
          );
        }),
        ...(hidden ? [label(format.plural(w.more, hidden), { height: more, alignItems: 'flex-end', fontSize: size * 0.85, color: 'var(--text-muted)' })] : []),
      ]);
    },
  };
}
