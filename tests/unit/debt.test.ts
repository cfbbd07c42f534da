/** Serbia's debt to China: the series stay apart, points are labelled as stated, and nothing joins them. */
import { describe, expect, it } from 'vitest';
import DebtChart from '../../src/lib/graphics/debt/Chart.svelte';
import DebtFigure from '../../src/lib/graphics/debt/Figure.svelte';
import graphic from '../../src/lib/graphics/debt/graphic.ts';
import { textWidth } from '../../src/lib/charts/text-width.ts';
import { pictureOf } from '../../src/lib/publishing/pictures/pictures.ts';
import {
  debtDateLabel,
  debtDotLabel,
  debtItems,
  debtLayout,
  DEBT_LAYOUT,
  DEBT_SPACE,
  DEBT_TYPE,
  debtTable,
  debtValueLabel,
  describeDebt,
  dotPosition,
  rowHeight,
  sortedPoints,
  urlState,
} from '../../src/lib/graphics/debt/model.ts';
import { editionsOf, fixture, FIXTURE_DIR, i18nOf, loadData, renderWith, SMALL_FIXTURE_DIR } from '../helpers/data.ts';

// Exact values: the frozen copy of the data in tests/fixtures/story.
const data = fixture();
const { series } = data['debt.json'];
const words = data['story.json'].graphics.debt!;
const { words: ui, format } = i18nOf(data);
const speech = { w: words, format };
const layout = debtLayout(series, speech);
const [nbs, exim] = layout.panels;

describe('series separation', () => {
  it('gives each series its own panel, in file order, with its label and what it measures', () => {
    expect(layout.panels.map((p) => p.id)).toEqual(series.map((s) => s.id));
    layout.panels.forEach((p, i) => {
      expect(p.label).toBe(series[i].label);
      expect(p.measures).toBe(series[i].measures);
      expect(p.dots.every((d) => d.seriesId === p.id)).toBe(true);
      expect(p.dots).toHaveLength(series[i].points.length);
    });
  });

  it('stacks panels without overlap, every dot inside its own panel, at full height and shrunk', () => {
    expect(layout.rows).toBe(8);
    expect(layout.height).toBeCloseTo(layout.fixed + 8 * DEBT_LAYOUT.row, 10);
    expect(layout.minHeight).toBeCloseTo(layout.fixed + 8 * DEBT_LAYOUT.minRow, 10);
    for (const height of [layout.height, layout.minHeight, (layout.height + layout.minHeight) / 2]) {
      const row = rowHeight(layout, height);
      layout.panels.forEach((p, i) => {
        const top = p.fixedAbove + p.rowsAbove * row;
        const bottom = top + p.head + DEBT_LAYOUT.axis + p.dots.length * row;
        const next = layout.panels[i + 1];
        if (next) expect(next.fixedAbove + next.rowsAbove * row).toBeCloseTo(bottom + DEBT_LAYOUT.gap, 10);
        else expect(bottom).toBeCloseTo(height, 10);
        for (const d of p.dots) {
          const y = (dotPosition(layout, d, { width: 20, height }).y / 100) * height;
          expect(y).toBeGreaterThan(top + p.head + DEBT_LAYOUT.axis);
          expect(y).toBeLessThan(bottom);
        }
      });
    }
  });

  it('marks the series with different shapes as well as colours', () => {
    expect(nbs.shape).not.toBe(exim.shape);
  });

  it('keeps tooltips series by series, never interleaving them', () => {
    const order = debtItems(layout, speech).map((i) => i.key.replace(/-\d+$/, ''));
    expect(order).toEqual(layout.panels.flatMap((p) => p.dots.map(() => p.id)));
  });

  it('draws no line at all: no SVG path, line or polyline joins any points', () => {
    const html = renderWith(DebtChart, { series, words }, data);
    expect(html).toMatch(/<svg\b/);
    expect(html).not.toMatch(/<(path|line|polyline)\b/);
  });

  it('brings the chosen series forward and dims the other; an unknown id dims nothing', () => {
    const focused = debtLayout(series, speech, 'china-exim-public-debt').panels;
    expect(focused.map((p) => [p.focused, p.dimmed])).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(debtLayout(series, speech, 'nope').panels.every((p) => !p.focused && !p.dimmed)).toBe(true);
  });
});

describe('points', () => {
  it('puts each series in date order, a year before its months', () => {
    expect(sortedPoints(series[1]).map((p) => p.date)).toEqual(['2023-06', '2023-08', '2023-09', '2025-01', '2025-08', '2025-11']);
  });

  it('labels dates at their precision, marking approximate and unconfirmed ones', () => {
    expect(nbs.dots.map((d) => d.dateLabel)).toEqual(['~2013', '2023']);
    expect(exim.dots.map((d) => d.dateLabel)).toContain('January 2025?');
    expect(exim.dots[0].dateLabel).toBe('June 2023');
    expect(debtDateLabel({ date: '2024-09-09' }, speech)).toBe('9 September 2024');
  });

  it('labels values as stated: in words in tooltips, beside the dot in the axis’ unit or in short forms', () => {
    expect(nbs.dots.map((d) => d.valueLabel)).toEqual(['EUR 305m', 'EUR 3.7bn']);
    expect(exim.dots.map((d) => d.valueLabel)).toContain('EUR 2.518bn');
    expect(debtValueLabel({ value: 3, magnitude: 'billion', currency: 'EUR', confidence: 'approximate' }, format)).toBe('≈ EUR 3bn');
    // Beside the dots: the axis says "EUR bn", so a figure in billions is its number; one in millions says so.
    expect(nbs.unit).toBe('EUR bn');
    expect(nbs.dots.map((d) => d.label)).toEqual(['EUR 305m', '3.7']);
    expect(exim.dots.map((d) => d.label)).toContain('2.518');
    const axis = { currency: 'EUR', magnitude: 'billion' } as const;
    expect(debtDotLabel({ value: 3, magnitude: 'billion', currency: 'EUR', confidence: 'approximate' }, axis, format)).toBe('≈ 3');
  });

  it('labels them in the short forms of each edition, Cyrillic included', () => {
    for (const [lang, nbsLabels, unit] of [
      ['sr-Latn', ['305 mil. €', '3,7'], 'mlrd. €'],
      ['sr-Cyrl', ['305 мил. €', '3,7'], 'млрд. €'],
    ] as const) {
      const edition = editionsOf(FIXTURE_DIR)[lang]!;
      const sr = { w: edition['story.json'].graphics.debt!, format: i18nOf(edition, lang).format };
      const [first] = debtLayout(edition['debt.json'].series, sr).panels;
      expect(first.unit, lang).toBe(unit);
      expect(first.dots.map((d) => d.label), lang).toEqual(nbsLabels);
    }
  });

  it('makes the label column as wide as the longest date or unit needs, and the rest the value track', () => {
    const dates = layout.panels.flatMap((p) => p.dots.map((d) => d.dateLabel));
    for (const date of dates) expect(layout.labelColumn).toBeGreaterThanOrEqual(DEBT_SPACE.inset + textWidth(date) * DEBT_TYPE.date + DEBT_SPACE.gap);
    for (const p of layout.panels) expect(layout.labelColumn).toBeGreaterThanOrEqual(DEBT_SPACE.inset + textWidth(p.unit, 'bold') * DEBT_TYPE.unit + DEBT_SPACE.gap);
    const september = 'September 2023';
    expect(dates).toContain(september);
    expect(layout.labelColumn).toBeCloseTo(DEBT_SPACE.inset + textWidth(september) * DEBT_TYPE.date + DEBT_SPACE.gap, 10);
  });

  it('shares one value scale between panels in the same currency, rescaling millions exactly', () => {
    expect(format.unit(nbs.currency, nbs.magnitude)).toBe('EUR billion');
    expect(nbs.ticks).toEqual(exim.ticks);
    expect(nbs.dots[0].scaled).toBe(0.305);
    const max = nbs.ticks.at(-1)!.value;
    expect(nbs.dots[1].fraction).toBeCloseTo(3.7 / max, 10);
    expect(nbs.ticks.map((t) => t.fraction)).toEqual(nbs.ticks.map((t) => t.value / max));
    for (const d of [...nbs.dots, ...exim.dots]) {
      expect(d.fraction).toBeGreaterThanOrEqual(0);
      expect(d.fraction).toBeLessThanOrEqual(1);
    }
  });

  it('puts each value label on the side of its dot with room', () => {
    expect(nbs.dots.map((d) => d.labelSide)).toEqual(['right', 'left']);
  });
});

describe('tooltips, table and words', () => {
  const items = debtItems(layout, speech);

  it('has a tooltip per point at the dot, with the share where given', () => {
    expect(items).toHaveLength(series.flatMap((s) => s.points).length);
    expect(items[1].lines).toContain("8.4% of Serbia's total external debt");
    expect(items[1].lines[0]).toBe('EUR 3.7bn, 2023');
    expect(items[1].lines[1]).toBe(series[0].label);
    expect(items[0].lines).toContain('Date approximate');
    const jan = items.find((i) => i.lines[0].includes('January 2025?'))!;
    expect(jan.lines).toContain("7.9% of Serbia's public debt (EUR 39.01 billion) (computed by us)");
    expect(jan.lines).toContain('Date not confirmed by the source');
    const size = { width: 40, height: layout.height };
    expect(items.map((i) => [i.x, i.y])).toEqual(layout.panels.flatMap((p) => p.dots.map((d) => Object.values(dotPosition(layout, d, size)))));
    // At its dot: right of the label column, along the track.
    const dot = nbs.dots[1];
    expect((items[1].x / 100) * size.width).toBeCloseTo(layout.labelColumn + dot.fraction * (size.width - layout.labelColumn - DEBT_SPACE.end), 10);
  });

  it('has a table row per point, values as stated, with shares', () => {
    const rows = debtTable(series, speech, ui.confidenceShort);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ series: series[0].label, date: '~2013', value: 305, unit: 'EUR million', share: null });
    expect(rows[0].confidence).toBe('value sourced; date approximate');
    expect(rows[1].share).toBe("8.4% of Serbia's total external debt");
  });

  it('checks the title’s claim against the data, naming the series that breaks it', () => {
    expect(graphic.checkWords!(words, data)).toEqual([]);
    const one = loadData(SMALL_FIXTURE_DIR);
    const found = graphic.checkWords!(words, one).map((f) => f.message);
    expect(found).toEqual(['the title counts 2 series, but debt.json has 1']);
    const lower = fixture();
    lower['debt.json'].series[0].points.at(-1)!.value = 0.9;
    expect(graphic.checkWords!(words, lower).map((f) => f.message)[0]).toContain('the latest of "total-debt-to-china" is EUR 0.9 billion');
  });

  it('writes a description with the key numbers', () => {
    const text = describeDebt(series, speech);
    expect(text).toMatch(/^2 separate measures/);
    expect(text).toContain('from EUR 305m in ~2013 to EUR 3.7bn in 2023');
    expect(text).toContain('highest EUR 3.1bn in January 2025?');
  });
});

describe('the rendered figure', () => {
  it('in a scrollytelling block, says what each series measures in the notes, not in a key under the pinned chart', () => {
    const props = { id: 'fig-debt', series, words, steps: [{ series: 'total-debt-to-china' }], scrollyId: 'x' };
    const html = renderWith(DebtFigure, props, data);
    expect(html).not.toContain('dc-key');
    const notes = html.slice(html.indexOf('chart-notes'));
    for (const s of series) expect(notes).toContain(s.measures);
  });

  it('renders the same HTML every time, with the frame, panels and key', () => {
    const props = { id: 'fig-debt', series, words, state: { series: 'total-debt-to-china' } };
    const html = renderWith(DebtFigure, props, data);
    expect(renderWith(DebtFigure, props, data)).toBe(html);
    for (const s of series) {
      expect(html).toContain(s.label);
      expect(html).toContain(s.measures);
    }
    expect(html).toContain('~2013');
    expect(html).toContain('role="group"');
    expect(html).toContain('Download CSV');
  });
});

describe('its pictures (share card, PNG, SVG, no-JS steps)', () => {
  /** The picture's drawing: the page's own plot, server-rendered at the picture's size. */
  const drawing = (at?: object) => pictureOf('debt', data, i18nOf(data), at)!.draw(640, 380).props.svg!;
  /** The colours of its marks, and what is faded or tinted. */
  const colours = (svg: string, what: RegExp) => new Set([...svg.matchAll(what)].map((m) => m[1]));
  const marks = /class="mark"[^>]*>(?:<!--[^>]*-->)*<(?:circle|polygon)[^>]*fill:(var\(--cat-\d\))/g;

  it('draws every series in the page’s colour, none greyed out, on the card and the downloads', () => {
    const svg = drawing();
    expect(colours(svg, marks)).toEqual(new Set(['var(--cat-1)', 'var(--cat-2)']));
    expect(svg, 'no series faded').not.toMatch(/opacity="0\.4"/);
    expect(svg, 'no panel brought forward').not.toMatch(/fill-opacity:0\.09/);
    expect(svg.match(/class="mark"/g)!.length, 'a mark per figure and per heading').toBe(series.reduce((n, s) => n + s.points.length, 0) + series.length);
  });

  it('shows a step’s series as the page does only in that step’s picture, in its colour', () => {
    const svg = drawing({ series: 'china-exim-public-debt' });
    expect(colours(svg, marks)).toEqual(new Set(['var(--cat-1)', 'var(--cat-2)']));
    expect(colours(svg, /fill:(var\(--cat-\d\));fill-opacity:0\.09/g)).toEqual(new Set(['var(--cat-2)']));
    expect(svg).toMatch(/opacity="0\.4"/);
  });

  it('is the page’s drawing at the picture’s size, in an SVG document of that size', () => {
    const svg = drawing();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="380" viewBox="0 0 640 380"/);
    expect(svg).toContain('class="plot');
    for (const s of series) expect(svg).toContain(s.label.split(' ')[0]);
  });
});

describe('URL options', () => {
  it('a series id from debt.json', () => {
    const props = graphic.props(data);
    expect(urlState(new URLSearchParams('series=china-exim-public-debt'), props)).toEqual({ series: 'china-exim-public-debt' });
    expect(urlState(new URLSearchParams('series=nope'), props)).toBeNull();
  });
});
