/** Chinese official finance by year and sector as a picture (share card, PNG and SVG download), from the page's model. */
import type { InterfaceWords } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import { box, gridlines, labelSize, legend, place, type Picture } from '../../publishing/pictures/scene.ts';
import type { FinanceState, FinanceWords } from './graphic.ts';
import { aiddataCredit, financeDescription, financeModel, groupKeyFor, valueAxis, yearBands, type FinanceProps } from './model.ts';

export function picture(p: { props: FinanceProps; words: FinanceWords; state: FinanceState; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format, ui } = p;
  const speech = { w, ui, format };
  const model = financeModel(p.props.records, w);
  const x = yearBands(model.years.map((y) => y.year), 0.25, 0.15);
  const y = valueAxis(model.max);
  const colour = new Map(model.groups.map((g) => [g.key, g.colour]));
  const focus = groupKeyFor(model.groups, p.state.sector);
  return {
    title: w.title,
    subtitle: format.fill(w.subtitle, { from: model.firstYear, to: model.lastYear }),
    file: w.file,
    alt: financeDescription(model, speech),
    source: `${format.plural(ui.chart.sources, 1)} ${aiddataCredit(p.props.dataset, speech)}`,
    draw(width, height) {
      const size = labelSize(width);
      const left = 17;
      const labelEvery = Math.ceil((model.years.length * size * 2.8) / (width * (1 - left / 100)));
      return box({ flexDirection: 'column', width, height, fontSize: size, color: 'var(--text)' }, [
        legend(
          model.groups.map((g) => ({ label: g.label, colour: g.colour })),
          size * 0.9,
        ),
        box({ position: 'relative', flexGrow: 1, marginTop: size * 0.6 }, [
          ...gridlines(
            y.ticks(4).map((t) => ({ top: y(t), text: t === 0 ? '0' : format.compactMoney(t, 'USD') })),
            size,
            left,
          ),
          box({ position: 'absolute', left: `${left}%`, right: 0, top: 0, bottom: 0 }, [
            // A step's year and sector, as the page brings them forward: the year's band, the other sectors faded.
            ...model.years
              .filter((yr) => yr.year === p.state.year)
              .map((yr) => place((x(yr.year) ?? 0) - (x.step() * x.paddingInner()) / 2, 0, x.step(), 100, { background: 'rgba(0, 0, 0, 0.06)' })),
            ...model.years.flatMap((yr) =>
              yr.segments.map((s) =>
                place(x(yr.year) ?? 0, y(s.y1), x.bandwidth(), Math.max(0, y(s.y0) - y(s.y1)), {
                  background: colour.get(s.group) ?? 'var(--cat-7)',
                  opacity: focus && s.group !== focus ? 0.3 : 1,
                  borderTop: '1px solid var(--bg)',
                }),
              ),
            ),
          ]),
        ]),
        box({ position: 'relative', height: size * 1.6, marginLeft: `${left}%` }, [
          ...model.years
            .filter((_, i) => (model.years.length - 1 - i) % labelEvery === 0)
            .map((yr) =>
              place((x(yr.year) ?? 0) + x.bandwidth() / 2 - 6, 10, 12, 90, { justifyContent: 'center', fontSize: size * 0.85, color: 'var(--text-muted)' }, [
                String(yr.year),
              ]),
            ),
        ]),
      ]);
    },
  };
}
