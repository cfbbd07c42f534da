/** Chinese official finance by year and sector as a picture (share card, PNG and SVG download), from the page's model. */
import { textWidth } from '../../charts/text-width.ts';
import type { InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { box, label, labelSize, place, type Picture, type SceneNode, type Style } from '../../publishing/pictures/scene.ts';
import type { FinanceState, FinanceWords } from './schema.ts';
import { aiddataCredit, axisGutter, financeDescription, financeModel, groupKeyFor, LABEL_GAP, valueAxis, yearBands, type FinanceProps } from './model.ts';

/** The page's fading of the sectors a step does not talk about. */
const FADED = 0.35;

export function picture(p: { props: FinanceProps; words: FinanceWords; state: FinanceState; format: Format; ui: InterfaceWords; step?: boolean }): Picture {
  const { words: w, format, ui } = p;
  const speech = { w, ui, format };
  const model = financeModel(p.props.records, w);
  const x = yearBands(model.years.map((y) => y.year), 0.25, 0.15);
  const y = valueAxis(model.max);
  const colour = new Map(model.groups.map((g) => [g.key, g.colour]));
  // A step's sector and year, as the page brings them forward; the card and the downloads show the chart whole.
  const focus = p.step ? groupKeyFor(model.groups, p.state.sector) : null;
  const highlighted = p.step ? model.years.find((yr) => yr.year === p.state.year) : undefined;
  const ticks = y.ticks(4).map((value) => ({ value, text: format.axisMoney(value, 'USD') }));
  const note = highlighted
    ? highlighted.kind === 'amounts'
      ? format.fill(w.annotation.total, { year: highlighted.year, total: format.compactMoney(highlighted.total, 'USD', { short: true }) })
      : format.fill(highlighted.kind === 'none' ? w.annotation.none : w.annotation.noAmount, { year: highlighted.year })
    : null;
  return {
    title: w.title,
    subtitle: format.fill(w.subtitle, { from: model.firstYear, to: model.lastYear }),
    file: w.file,
    alt: financeDescription(model, speech),
    source: `${format.plural(ui.chart.sources, 1)} ${aiddataCredit(p.props.dataset, speech)}`,
    draw(width, height) {
      const size = labelSize(width);
      const small = size * 0.85;
      // The value labels' column is as wide as the edition's longest label.
      const gutter = axisGutter(ticks.map((t) => t.text)) * small;
      const plotWidth = width - gutter;
      const yearWidth = textWidth('2000') * small * 1.5;
      const labelEvery = Math.ceil(yearWidth / ((x.step() / 100) * plotWidth));
      const line = small * 1.25;
      const mark = (yr: number, child: SceneNode | string, style: Style = {}) =>
        place((x(yr) ?? 0) + x.bandwidth() / 2, 100, 0, 0, { justifyContent: 'center', alignItems: 'flex-end', ...style }, [child]);
      return box({ flexDirection: 'column', width, height, fontSize: size, color: 'var(--text)' }, [
        legendOf(model.groups, focus, size * 0.9, {
          none: model.emptyYears.length ? w.legend.none : null,
          noAmount: model.noAmountYears.length ? w.legend.noAmount : null,
        }),
        box({ position: 'relative', flexGrow: 1, marginTop: note ? line * 1.6 : line * 0.7, marginLeft: gutter }, [
          ...(highlighted ? [place((x(highlighted.year) ?? 0) - (x.step() * x.paddingInner()) / 2, 0, x.step(), 100, { background: 'var(--text)', opacity: 0.08 })] : []),
          ...ticks.flatMap((t) => [
            place(0, y(t.value), 100, 0, { borderTop: `1px solid ${t.value === 0 ? 'var(--text-muted)' : 'var(--rule)'}` }),
            box(
              {
                position: 'absolute',
                left: -gutter,
                width: gutter - LABEL_GAP * small,
                top: `${y(t.value)}%`,
                height: line,
                marginTop: -line / 2,
                justifyContent: 'flex-end',
                alignItems: 'center',
                fontSize: small,
                color: 'var(--text-muted)',
                whiteSpace: 'nowrap',
              },
              [t.text],
            ),
          ]),
          ...model.years.flatMap((yr) =>
            yr.segments.map((s) =>
              place(x(yr.year) ?? 0, y(s.y1), x.bandwidth(), Math.max(0, y(s.y0) - y(s.y1)), {
                background: colour.get(s.group) ?? 'var(--cat-7)',
                opacity: focus && s.group !== focus ? FADED : 1,
                borderTop: '1px solid var(--bg)',
              }),
            ),
          ),
          // The page's marks for years without a drawn amount: a ring where AidData records nothing, "?" where no record has an amount.
          ...model.years
            .filter((yr) => yr.kind !== 'amounts')
            .map((yr) =>
              yr.kind === 'none'
                ? mark(yr.year, box({ flexShrink: 0, width: small * 0.6, height: small * 0.6, marginBottom: 3, borderRadius: small, border: '1.5px solid var(--text-muted)' }))
                : mark(yr.year, label('?', { flexShrink: 0, fontWeight: 700, fontSize: small, lineHeight: 1, marginBottom: 3, color: 'var(--text-muted)' })),
            ),
          ...(highlighted && note
            ? [
                // Moved left by its own width times its place across the plot: over its bar, and never past either edge.
                box(
                  {
                    position: 'absolute',
                    left: ((x(highlighted.year) ?? 0) + x.bandwidth() / 2) / 100 * (plotWidth - textWidth(note, 'bold') * small),
                    top: `${y(highlighted.total)}%`,
                    height: line,
                    marginTop: -line - 4,
                    fontSize: small,
                    fontWeight: 700,
                    whiteSpace: 'nowrap',
                  },
                  [note],
                ),
              ]
            : []),
        ]),
        box({ position: 'relative', height: small * 1.9, marginLeft: gutter }, [
          ...model.years
            .filter((_, i) => (model.years.length - 1 - i) % labelEvery === 0)
            .map((yr) =>
              place((x(yr.year) ?? 0) + x.bandwidth() / 2, 0, 0, 100, { justifyContent: 'center', alignItems: 'flex-end', fontSize: small, color: yr === highlighted ? 'var(--text)' : 'var(--text-muted)', fontWeight: yr === highlighted ? 700 : 400 }, [
                label(String(yr.year), { flexShrink: 0 }),
              ]),
            ),
        ]),
      ]);
    },
  };
}

/** The page's legend: a swatch per sector (faded as the page fades them), then the keys of the years' marks. */
function legendOf(
  groups: { key: string; label: string; colour: string }[],
  focus: string | null,
  size: number,
  keys: { none: string | null; noAmount: string | null },
): SceneNode {
  const item = (swatch: SceneNode, text: string, style: Style = {}) => box({ alignItems: 'center', gap: size * 0.4, ...style }, [swatch, label(text)]);
  const swatch = (style: Style) => box({ width: size * 0.85, height: size * 0.85, borderRadius: 2, ...style });
  return box({ flexWrap: 'wrap', gap: `${size * 0.3}px ${size * 1.1}px`, fontSize: size, color: 'var(--text)', marginBottom: size * 0.4 }, [
    ...groups.map((g) =>
      item(swatch({ background: g.colour, opacity: focus && g.key !== focus ? FADED : 1 }), g.label, g.key === focus ? { fontWeight: 700 } : {}),
    ),
    ...(keys.none
      ? [item(box({ width: size * 0.55, height: size * 0.55, borderRadius: size, border: '1.5px solid var(--text-muted)' }), keys.none, { color: 'var(--text-muted)' })]
      : []),
    ...(keys.noAmount ? [item(label('?', { fontWeight: 700 }), keys.noAmount, { color: 'var(--text-muted)' })] : []),
  ]);
}
