/** Serbia's debt to China as a picture (share card, PNG and SVG download), from the page's model: a panel per series. */
import type { InterfaceWords } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import { box, label, labelSize, place, type Picture, type SceneNode, type Style } from '../../publishing/pictures/scene.ts';
import type { DebtState, DebtWords } from './graphic.ts';
import { debtLayout, debtSources, describeDebt, TRACK, type DebtProps, type Shape } from './model.ts';

const COLOURS = ['var(--cat-1)', 'var(--cat-2)', 'var(--cat-3)', 'var(--cat-4)'];

/** The series' mark: the page's shapes, so the panels differ by more than colour. */
function mark(shape: Shape, colour: string, size: number): Style {
  const base: Style = { width: size, height: size, background: colour };
  if (shape === 'circle') return { ...base, borderRadius: size };
  if (shape === 'diamond') return { ...base, width: size * 0.8, height: size * 0.8, transform: 'rotate(45deg)' };
  if (shape === 'triangle') return { width: 0, height: 0, borderLeft: `${size / 2}px solid transparent`, borderRight: `${size / 2}px solid transparent`, borderBottom: `${size}px solid ${colour}` };
  return base;
}

export function picture(p: { props: DebtProps; words: DebtWords; state: DebtState; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format, ui } = p;
  const speech = { w, format };
  const layout = debtLayout(p.props.series, speech, p.state.series);
  const sources = debtSources(p.props.series);
  return {
    title: w.title,
    subtitle: w.subtitle,
    file: w.file,
    alt: describeDebt(p.props.series, speech),
    source: `${format.plural(ui.chart.sources, sources.length)} ${[...new Set(sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      // The page's rows in rem are too fine for a picture of a few hundred pixels: the same rows, in equal units.
      const U = { head: 1.4, axis: 1, row: 1, gap: 0.6 };
      const units = layout.panels.reduce((sum, panel) => sum + U.head + U.axis + panel.dots.length * U.row, 0) + U.gap * (layout.panels.length - 1);
      const unit = 100 / units;
      const size = Math.min(labelSize(width), (height / units) * 0.62);
      let top = 0;
      const panels: SceneNode[] = layout.panels.flatMap((panel) => {
        const colour = panel.dimmed ? 'var(--rule)' : COLOURS[panel.index % COLOURS.length];
        const headTop = top;
        const axisTop = headTop + U.head * unit;
        const plotTop = axisTop + U.axis * unit;
        const bottom = plotTop + panel.dots.length * U.row * unit;
        top = bottom + U.gap * unit;
        return [
          place(0, headTop, 100, U.head * unit, { alignItems: 'center', gap: size * 0.5, fontWeight: 700, fontSize: size * 1.05 }, [
            box(mark(panel.shape, colour, size * 0.8)),
            label(panel.label),
          ]),
          place(0, axisTop, TRACK.from - 2, U.axis * unit, { alignItems: 'center', fontSize: size * 0.8, fontWeight: 700, color: 'var(--text-muted)' }, [
            format.unit(panel.currency, panel.magnitude),
          ]),
          ...panel.ticks.flatMap((t) => [
            place(t.x, plotTop, 0, bottom - plotTop, { borderLeft: t.value === 0 ? '1px solid var(--text-muted)' : '1px solid var(--rule)' }),
            place(t.x - 4, axisTop, 8, U.axis * unit, { justifyContent: 'center', alignItems: 'center', fontSize: size * 0.8, color: 'var(--text-muted)' }, [
              format.number(t.value),
            ]),
          ]),
          ...panel.dots.flatMap((d, i) => {
            const y = plotTop + i * U.row * unit;
            const dot = size * 0.9;
            return [
              place(0, y, TRACK.from - 2, U.row * unit, { alignItems: 'center' }, [d.dateLabel]),
              box({ position: 'absolute', left: `${d.x}%`, top: `${y + (U.row * unit) / 2}%`, marginLeft: -dot / 2, marginTop: -dot / 2, ...mark(panel.shape, colour, dot) }),
              d.labelSide === 'right'
                ? place(d.x + 1.5, y, 30, U.row * unit, { alignItems: 'center', fontWeight: 700 }, [d.valueLabel])
                : place(d.x - 31.5, y, 30, U.row * unit, { alignItems: 'center', justifyContent: 'flex-end', fontWeight: 700 }, [d.valueLabel]),
            ];
          }),
        ];
      });
      return box({ position: 'relative', width, height, fontSize: size, color: 'var(--text)' }, panels);
    },
  };
}
