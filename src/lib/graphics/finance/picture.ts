/**
 * Chinese official finance by year and sector as a picture (share card, PNG and SVG download, a scroll step without
 * JavaScript): the page's own drawing (Plot.svelte), server-rendered at the picture's size in the room its labels
 * ask, under the chart's key. A step's sector and year come forward as on the page; the card and the downloads show
 * the chart whole.
 */
import { render } from 'svelte/server';
import type { InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { plotImage, type Picture } from '../../publishing/pictures/scene.ts';
import { plotSvg, REM } from '../../publishing/pictures/plot-picture.ts';
import type { FinanceState, FinanceWords } from './schema.ts';
import { aiddataCredit, financeDescription, financeKey, financeMarks, financeModel, groupKeyFor, type FinanceProps } from './model.ts';
import Key from './Key.svelte';
import Plot from './Plot.svelte';

/** Between the key and the chart (rem). */
const KEY_GAP = 0.35;

export function picture(p: { props: FinanceProps; words: FinanceWords; state: FinanceState; format: Format; ui: InterfaceWords; step?: boolean }): Picture {
  const { words: w, format, ui } = p;
  const speech = { w, ui, format };
  const model = financeModel(p.props.records, w);
  const focus = p.step ? groupKeyFor(model.groups, p.state.sector) : null;
  const year = p.step ? (p.state.year ?? null) : null;
  return {
    title: w.title,
    subtitle: format.fill(w.subtitle, { from: model.firstYear, to: model.lastYear }),
    file: w.file,
    alt: financeDescription(model, speech),
    source: `${format.plural(ui.chart.sources, 1)} ${aiddataCredit(p.props.dataset, speech)}`,
    draw(width, height) {
      const key = financeKey(model, w, focus, width / REM);
      return plotImage(financeSvg(model, { w, format }, { focus, year }, { width, height, key: key.height + KEY_GAP }, key), width, height);
    },
  };
}

/**
 * The chart drawn `width` × `height` CSS pixels, its track inset as the page pads it, `key` rem below the top (the
 * picture's key above it, when given).
 */
export function financeSvg(
  model: ReturnType<typeof financeModel>,
  speech: { w: FinanceWords; format: Format },
  show: { focus: string | null; year: number | null },
  size: { width: number; height: number; key?: number },
  key?: ReturnType<typeof financeKey>,
): string {
  const marks = financeMarks(model, speech, { ...show, width: size.width / REM });
  const { top, right, bottom, left } = marks.inset;
  const above = (size.key ?? 0) + top;
  const track = { x: left * REM, y: above * REM, width: size.width - (left + right) * REM, height: Math.max(0, size.height - (above + bottom) * REM) };
  const plot = render(Plot, { props: { marks } }).body;
  const keyMarkup = key ? render(Key, { props: { key } }).body : '';
  return plotSvg(`${keyMarkup}<svg x="${track.x}" y="${track.y}" width="${track.width}" height="${track.height}" overflow="visible">${plot}</svg>`, size);
}
