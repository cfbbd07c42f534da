/** Serbia's debt to China as a picture (share card, PNG and SVG download), from the page's model: a panel per series. */
import { textWidth, widestText } from '../../charts/text-width.ts';
import type { InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { box, label, labelSize, type Picture, type SceneNode, type Style } from '../../publishing/pictures/scene.ts';
import type { DebtState, DebtWords } from './schema.ts';
import { debtLayout, debtSources, describeDebt, type DebtProps, type Shape } from './model.ts';

/** The page's colours, series by series (Chart.svelte's .s0 … .s3). */
const COLOURS = ['var(--cat-1)', 'var(--cat-2)', 'var(--cat-3)', 'var(--cat-4)'];

/** The series' mark: the page's shapes, filled when the figure is sourced and hollow otherwise, as on the page. */
function mark(shape: Shape, colour: string, size: number, hollow: boolean): Style {
  const line = Math.max(1.5, size * 0.16);
  const fill: Style = hollow ? { background: 'var(--bg)', border: `${line}px solid ${colour}` } : { background: colour };
  if (shape === 'circle') return { width: size, height: size, borderRadius: size, ...fill };
  if (shape === 'diamond') return { width: size * 0.8, height: size * 0.8, transform: 'rotate(45deg)', ...fill };
  if (shape === 'triangle') return { width: 0, height: 0, borderLeft: `${size / 2}px solid transparent`, borderRight: `${size / 2}px solid transparent`, borderBottom: `${size}px solid ${colour}` };
  return { width: size, height: size, ...fill };
}

const at = (left: number, top: number, width: number, height: number, style: Style = {}, children: SceneNode['props']['children'] = []): SceneNode =>
  box({ position: 'absolute', left, top, width, height, ...style }, children);

export function picture(p: { props: DebtProps; words: DebtWords; state: DebtState; format: Format; ui: InterfaceWords; step?: boolean }): Picture {
  const { words: w, format, ui } = p;
  const speech = { w, format };
  // A step's series comes forward as on the page; the card and the downloads show every series alike.
  const layout = debtLayout(p.props.series, speech, p.step ? p.state.series : null);
  const sources = debtSources(p.props.series);
  const dates = layout.panels.flatMap((panel) => panel.dots.map((d) => d.dateLabel));
  return {
    title: w.title,
    subtitle: w.subtitle,
    file: w.file,
    alt: describeDebt(p.props.series, speech),
    source: `${format.plural(ui.chart.sources, sources.length)} ${[...new Set(sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      // The page's layout in pixels: headings and axes keep their height, rows share the rest; the type gets
      // smaller until every row has room for a line.
      const measure = (size: number) => {
        const heads = layout.panels.map((panel) => Math.ceil((textWidth(panel.label, 'bold') * size * 1.05) / (width - size * 2)) * size * 1.3 + size * 0.35);
        const axis = size * 1.5;
        const gap = size * 0.9;
        const fixed = heads.reduce((a, b) => a + b, 0) + layout.panels.length * axis + (layout.panels.length - 1) * gap;
        return { size, heads, axis, gap, row: (height - fixed) / Math.max(1, layout.rows) };
      };
      let m = measure(labelSize(width));
      while (m.row < m.size * 1.4 && m.size > 8) m = measure(m.size - 0.5);
      const { size, heads, axis, gap, row } = m;
      const labels = size * 0.5 + Math.max(widestText(dates) * size, widestText(layout.panels.map((panel) => panel.unit), 'bold') * size * 0.8) + size * 0.9;
      const track = width - labels - size * 1.1;
      const xOf = (fraction: number) => labels + fraction * track;
      const dot = size * 0.9;
      let top = 0;
      const panels: SceneNode[] = layout.panels.flatMap((panel, k) => {
        const colour = COLOURS[panel.index % COLOURS.length];
        const muted = panel.dimmed ? 'var(--text-muted)' : 'var(--text)';
        const panelTop = top;
        const axisTop = panelTop + heads[k];
        const rowsTop = axisTop + axis;
        const bottom = rowsTop + panel.dots.length * row;
        top = bottom + gap;
        return [
          ...(panel.focused
            ? [
                at(0, panelTop, width, bottom - panelTop, { background: colour, opacity: 0.09, borderRadius: 4 }),
                at(0, panelTop, 3, bottom - panelTop, { background: colour }),
              ]
            : []),
          at(size * 0.5, panelTop, width - size * 0.9, heads[k], { alignItems: 'flex-end', paddingBottom: size * 0.25, gap: size * 0.5, fontWeight: 700, fontSize: size * 1.05, lineHeight: 1.2 }, [
            box({ flexShrink: 0, marginBottom: size * 0.3, ...mark(panel.shape, colour, size * 0.8, false) }),
            label(panel.label, { color: muted, flexShrink: 1 }),
          ]),
          at(size * 0.5, axisTop, labels, axis, { alignItems: 'flex-end', paddingBottom: size * 0.2, fontSize: size * 0.8, fontWeight: 700, color: 'var(--text-muted)', whiteSpace: 'nowrap' }, [
            panel.unit,
          ]),
          at(0, axisTop + axis - 1, width, 1, { background: 'var(--rule)' }),
          ...panel.ticks.flatMap((t) => [
            at(xOf(t.fraction), rowsTop, 0, bottom - rowsTop, { borderLeft: `1px solid ${t.value === 0 ? 'var(--text-muted)' : 'var(--rule)'}` }),
            at(xOf(t.fraction), axisTop, 0, axis, { justifyContent: 'center', alignItems: 'flex-end', paddingBottom: size * 0.2, fontSize: size * 0.8, color: 'var(--text-muted)' }, [
              label(t.label, { flexShrink: 0 }),
            ]),
          ]),
          ...panel.dots.flatMap((d, i) => {
            const y = rowsTop + i * row;
            const x = xOf(d.fraction);
            const value: Style = { alignItems: 'center', fontWeight: 700, whiteSpace: 'nowrap', color: muted };
            return [
              at(size * 0.5, y, labels - size * 0.5, row, { alignItems: 'center', whiteSpace: 'nowrap', color: muted }, [d.dateLabel]),
              at(x - dot / 2, y + row / 2 - dot / 2, dot, dot, { justifyContent: 'center', alignItems: 'center', opacity: panel.dimmed ? 0.4 : 1 }, [
                box({ flexShrink: 0, ...mark(panel.shape, colour, dot, d.point.confidence !== 'sourced') }),
              ]),
              d.labelSide === 'right'
                ? box({ position: 'absolute', left: x + dot / 2 + size * 0.5, top: y, height: row, ...value }, [d.label])
                : box({ position: 'absolute', right: width - (x - dot / 2 - size * 0.5), top: y, height: row, justifyContent: 'flex-end', ...value }, [d.label]),
            ];
          }),
        ];
      });
      return box({ position: 'relative', width, height, fontSize: size, color: 'var(--text)' }, panels);
    },
  };
}
