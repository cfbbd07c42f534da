/**
 * The trade-partners chart as a picture (share card, PNG and SVG download, a scroll step without JavaScript): the
 * page's own drawing (Plot.svelte), server-rendered at the picture's size, with the rows that fit in it, always
 * with the highlighted partner, and how many more the table has.
 */
import { render } from 'svelte/server';
import type { Format } from '../../i18n/format.ts';
import type { InterfaceWords } from '../../data/files.ts';
import { plotImage, type Picture } from '../../publishing/pictures/scene.ts';
import { plotSvg, REM } from '../../publishing/pictures/plot-picture.ts';
import type { TradePartnersState, TradePartnersWords } from './schema.ts';
import { describePartners, partnerMarks, periodsFrom, slug, type TradePartnersProps } from './model.ts';
import Plot from './Plot.svelte';

type Input = { props: TradePartnersProps; words: TradePartnersWords; state: TradePartnersState; format: Format };

/** The period its embed shows first (its state's, or the first) names its files. */
export function pictureFile(p: Input): string {
  const periods = periodsFrom(p.props.series);
  const period = periods.find((x) => x.period === p.state.period) ?? periods[0];
  return p.format.fill(p.words.file, { period: slug(period.period) });
}

export function picture(p: Input & { ui: InterfaceWords; lang: string }): Picture {
  const { words: w, format, state } = p;
  const periods = periodsFrom(p.props.series);
  const period = periods.find((x) => x.period === state.period) ?? periods[0];
  const highlight = state.partner ?? w.highlight;
  const highlightLabel = period.rows.find((r) => r.partner === highlight)?.label ?? highlight;
  return {
    title: w.title,
    subtitle: format.fill(w.subtitle, { period: period.label, highlight: highlightLabel }),
    file: pictureFile(p),
    alt: describePartners(period, w, format, p.lang),
    source: `${format.plural(p.ui.chart.sources, period.sources.length)} ${[...new Set(period.sources.map((s) => s.name))].join('; ')}`,
    draw(width, height) {
      const marks = partnerMarks(period, { flow: state.flow, highlight, w, format, noValue: p.ui.chart.noValue, width: width / REM, height: height / REM });
      // As tall as its rows (a period of two partners makes a short picture), at most the height given.
      const drawn = Math.min(height, Math.ceil(marks.height * REM));
      const { body } = render(Plot, { props: { marks } });
      return plotImage(plotSvg(body, { width, height: drawn }), width, drawn);
    },
  };
}
