/**
 * Serbia's debt to China as a picture (share card, PNG and SVG download, a scroll step without JavaScript): the
 * page's own drawing (Plot.svelte), server-rendered at the picture's size. A step's series comes forward as on the
 * page; the card and the downloads show every series alike.
 */
import { render } from 'svelte/server';
import type { InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { plotImage, type Picture } from '../../publishing/pictures/scene.ts';
import { plotSvg, REM } from '../../publishing/pictures/plot-picture.ts';
import type { DebtState, DebtWords } from './schema.ts';
import { debtLayout, debtSources, describeDebt, type DebtProps } from './model.ts';
import Plot from './Plot.svelte';

/** A wide frame (the share card) shows the page's drawing larger, up to this scale, where its height allows. */
const MAX_ZOOM = 1.25;
const ZOOM_FROM_WIDTH = 880;

export function picture(p: { props: DebtProps; words: DebtWords; state: DebtState; format: Format; ui: InterfaceWords; step?: boolean }): Picture {
  const { words: w, format, ui } = p;
  const speech = { w, format };
  const focus = p.step ? p.state.series : null;
  const sources = debtSources(p.props.series);
  return {
    title: w.title,
    subtitle: w.subtitle,
    file: w.file,
    alt: describeDebt(p.props.series, speech),
    source: `${format.plural(ui.chart.sources, sources.length)} ${[...new Set(sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      const least = debtLayout(p.props.series, speech, focus, width / REM).minHeight * REM;
      const zoom = Math.max(1, Math.min(MAX_ZOOM, width / ZOOM_FROM_WIDTH, height / least));
      const size = { width: width / zoom, height: height / zoom, zoom };
      const layout = debtLayout(p.props.series, speech, focus, size.width / REM);
      const { body } = render(Plot, { props: { layout, height: size.height / REM } });
      return plotImage(plotSvg(body, size), width, height);
    },
  };
}
