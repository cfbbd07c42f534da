/**
 * Serbia's trade with China as a picture (share card, PNG and SVG download, a scroll step without JavaScript): the
 * page's own drawing (Plot.svelte), server-rendered at the picture's size, under the key the page shows above it.
 * The year a step is about and the agreement come forward as on the page.
 */
import { render } from 'svelte/server';
import type { InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { plotSvg, REM } from '../../publishing/pictures/plot-picture.ts';
import { plotImage, type Picture } from '../../publishing/pictures/scene.ts';
import type { ChinaTradeState, ChinaTradeWords } from './schema.ts';
import { tradeKey, tradeMarks, type TradeKey } from './marks.ts';
import { currenciesOf, describeTrade, SIGNS, tradeSources, tradeView, type ChinaTradeProps } from './model.ts';
import Plot from './Plot.svelte';

/** A wide frame (the share card) shows the page's drawing larger, up to this scale, where its height allows. */
const MAX_ZOOM = 1.25;
const ZOOM_FROM_WIDTH = 880;
/** The least height (rem) a plot needs for its labels, its bars and its years. */
const LEAST_PLOT = 10;

export function picture(p: { props: ChinaTradeProps; words: ChinaTradeWords; state: ChinaTradeState; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format, ui } = p;
  const view = tradeView(p.props.years, p.state.currency, p.props.agreement);
  const sources = tradeSources(p.props.years);
  const marks = view.bands.flatMap((b) => b.marks);
  const unit = format.unit(view.currency, view.magnitude);
  const others = currenciesOf(p.props.years).filter((c) => c !== view.currency).map((c) => w.currencyNames[c]);
  // The key, as the page's legend: the flows drawn, then the signs used.
  const flows = (['exports', 'imports', 'total'] as const)
    .filter((flow) => marks.some((m) => m.flow === flow && m.value))
    .map((flow) => ({ flow, text: w.legend[flow], hint: w.legend[`${flow}Hint`] }));
  const signs = [
    ...(['computed', 'approximate', 'unverified'] as const).filter((c) => marks.some((m) => m.value?.confidence === c)).map((c) => `${SIGNS[c]} ${w.legend[c]}`),
    ...(marks.some((m) => !m.value) ? [`○ ${w.legend.missing}`] : []),
  ];
  return {
    title: w.title,
    subtitle: others.length ? format.fill(w.subtitleOtherCurrencies, { unit, currencies: format.list(others) }) : format.fill(w.subtitle, { unit }),
    file: w.file,
    alt: describeTrade(view, { w, ui, format }),
    source: `${format.plural(ui.chart.sources, sources.length)} ${[...new Set(sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      const least = (tradeKey(flows, signs, width / REM).height + LEAST_PLOT) * REM;
      const zoom = Math.max(1, Math.min(MAX_ZOOM, width / ZOOM_FROM_WIDTH, height / least));
      const size = { width: width / zoom, height: height / zoom, zoom };
      return plotImage(drawPlot(p, size, tradeKey(flows, signs, size.width / REM)), width, height);
    },
  };
}

/**
 * The plot as the page draws it in a box of `size` CSS pixels (shown `zoom` times as large), under a key: an SVG
 * document. Without a key, exactly what the page's box holds (the test that compares the two draws this).
 */
export function drawPlot(
  p: { props: ChinaTradeProps; words: ChinaTradeWords; state: ChinaTradeState; format: Format },
  size: { width: number; height: number; zoom?: number },
  key?: TradeKey,
): string {
  const { words: w, format, state } = p;
  const view = tradeView(p.props.years, state.currency, p.props.agreement);
  const words = { noData: w.noData, total: w.summary.total, signed: w.agreement.signed, inForce: w.agreement.inForce };
  const marks = tradeMarks(view, { height: size.height / REM - (key?.height ?? 0), width: size.width / REM, year: state.year, fta: state.fta, format, words });
  return plotSvg(render(Plot, { props: { marks, fta: state.fta, key } }).body, size);
}
