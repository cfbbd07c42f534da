/** Serbia–China trade chart: year bands, gaps, magnitudes, the FTA's position, and the rendered figure. */
import { describe, expect, it } from 'vitest';
import ChinaTradeFigure from '../../src/lib/graphics/china-trade/Figure.svelte';
import graphic from '../../src/lib/graphics/china-trade/graphic.ts';
import { picture } from '../../src/lib/graphics/china-trade/picture.ts';
import { tradeMarks } from '../../src/lib/graphics/china-trade/marks.ts';
import {
  boxY,
  callout,
  currenciesOf,
  describeTrade,
  importsExceedExports,
  labelTiers,
  liftOver,
  markedValue,
  pickCurrency,
  rescale,
  tradeItems,
  tradeNotes,
  tradeTable,
  tradeView,
  urlState,
  yearFraction,
  type TradeView,
} from '../../src/lib/graphics/china-trade/model.ts';
import type { ChinaTradeYear } from '../../src/lib/data/schema.ts';
import { fixture, i18nOf, loadData, renderWith, SMALL_FIXTURE_DIR } from '../helpers/data.ts';

// Exact values: the frozen copy of the data in tests/fixtures/story.
const data = fixture();
const file = data['china-trade.json'];
const { years, agreement } = file;
const words = data['story.json'].graphics['china-trade']!;
const { words: ui, format } = i18nOf(data);
const speech = { w: words, ui, format };
const usd = tradeView(years, 'USD', agreement);
const eur = tradeView(years, 'EUR', agreement);
const band = (view: TradeView, year: number) => view.bands.find((b) => b.year === year)!;

describe('magnitudes', () => {
  it('rescales within a currency in exact steps of a thousand', () => {
    expect(rescale(1500, 'million', 'billion')).toBe(1.5);
    expect(rescale(7.3, 'million', 'billion')).toBe(0.0073);
    expect(rescale(8.9, 'million', 'billion')).toBe(0.0089);
    expect(rescale(1.23, 'billion', 'million')).toBe(1230);
    expect(rescale(5, 'billion', 'billion')).toBe(5);
  });

  it('draws every USD year on the billion scale but keeps the stated value and magnitude', () => {
    expect(usd.magnitude).toBe('billion');
    expect(format.unit(usd.currency, usd.magnitude)).toBe('USD billion');
    const imports2013 = band(usd, 2013).marks.find((m) => m.flow === 'imports')!;
    expect(imports2013.value).toMatchObject({ value: 1500, magnitude: 'million', scaled: 1.5 });
    expect(imports2013.height).toBeCloseTo((100 * 1.5) / usd.yMax, 10);
    expect(usd.rescaledYears).toEqual([
      { year: 2010, magnitude: 'million' },
      { year: 2013, magnitude: 'million' },
    ]);
    expect(tradeNotes(usd, speech).join(' ')).toContain('2010 and 2013 in USD million');
  });

  it('never mixes currencies: a view holds only figures in its own currency', () => {
    for (const view of [usd, eur])
      for (const m of view.bands.flatMap((b) => b.marks)) if (m.value) expect(m.value.currency).toBe(view.currency);
    expect(currenciesOf(years)).toEqual(['USD', 'EUR']);
    expect(pickCurrency(years)).toBe('USD');
    expect(pickCurrency(years, 'EUR')).toBe('EUR');
    expect(pickCurrency(years, 'CNY')).toBe('USD');
  });
});

describe('year bands and gaps', () => {
  it('has a band for every calendar year from the first to the last year of the currency', () => {
    expect(usd.bands.map((b) => b.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2010 + i));
    expect(eur.bands.map((b) => b.year)).toEqual([2019, 2020, 2021, 2022]);
  });

  it('splits the width into equal, touching bands with their bars inside', () => {
    for (const view of [usd, eur]) {
      const w = 100 / view.bands.length;
      view.bands.forEach((b, i) => {
        expect(b.x0).toBeCloseTo(i * w, 10);
        expect(b.x1).toBeCloseTo((i + 1) * w, 10);
        for (const m of b.marks) {
          expect(m.x0).toBeGreaterThanOrEqual(b.x0);
          expect(m.x1).toBeLessThanOrEqual(b.x1);
          expect(m.height).toBeGreaterThanOrEqual(0);
          expect(m.height).toBeLessThanOrEqual(100);
        }
      });
    }
  });

  it('shows missing years as gaps with no bars, never as zero', () => {
    expect(usd.gaps.map((g) => [g.from, g.to])).toEqual([
      [2011, 2012],
      [2015, 2020],
    ]);
    expect(eur.gaps.map((g) => [g.from, g.to])).toEqual([[2021, 2021]]);
    for (const b of usd.bands.filter((b) => b.kind === 'gap')) expect(b.marks).toEqual([]);
    expect(band(usd, 2019).elsewhere).toEqual(['EUR']);
    expect(band(eur, 2021).elsewhere).toEqual(['USD']);
    expect(band(usd, 2016).elsewhere).toEqual([]);
  });

  it('draws exports and imports side by side, and a lone total as "total only"', () => {
    expect(band(usd, 2023).kind).toBe('flows');
    expect(band(usd, 2023).marks.map((m) => m.flow)).toEqual(['exports', 'imports']);
    expect(band(usd, 2023).total?.value).toBe(6);
    expect(band(usd, 2014).kind).toBe('total-only');
    expect(band(usd, 2014).marks.map((m) => [m.flow, m.value?.confidence])).toEqual([['total', 'approximate']]);
    expect(band(eur, 2020).kind).toBe('total-only');
    expect(band(eur, 2022).kind).toBe('total-only');
  });

  it('keeps a flow without a figure as a "not published" marker of height 0', () => {
    const imports2010 = band(usd, 2010).marks.find((m) => m.flow === 'imports')!;
    expect(imports2010.value).toBeNull();
    expect(imports2010.height).toBe(0);
  });

  it('scales to a round maximum above the largest drawn bar, with room over it for the values of a year', () => {
    expect(usd.yMax).toBeGreaterThanOrEqual(5.5 * 1.15);
    for (const view of [usd, eur]) expect(Math.max(...view.bands.flatMap((b) => b.marks.map((m) => m.height)))).toBeLessThanOrEqual(100 / 1.15);
    expect(usd.ticks[0]).toMatchObject({ value: 0, y: 0 });
    expect(usd.ticks.at(-1)!.y).toBe(100);
  });

  it('prefers the full-year figure when a year appears twice in one currency', () => {
    const partial: ChinaTradeYear = { ...years.find((y) => y.year === 2023)!, period: 'January–June', exports: null };
    const view = tradeView([partial, ...years], 'USD', agreement);
    expect(band(view, 2023).entry?.period).toBeUndefined();
  });

  it('copes with a single year (the small fixture)', () => {
    const view = tradeView(loadData(SMALL_FIXTURE_DIR)['china-trade.json'].years, undefined, agreement);
    expect(view.bands).toHaveLength(1);
    expect(view.gaps).toEqual([]);
    expect(view.fta.map((f) => f.x === null)).toEqual([false, true]); // 2023 is shown: signed, not yet in force
  });

  it('draws no agreement when the data has none', () => {
    expect(tradeView(years, 'USD').fta).toEqual([]);
  });
});

describe('year labels', () => {
  it('always labels the last year, and every other year below 480 px for fifteen years', () => {
    const tiers = labelTiers(15);
    expect(tiers[14]).toBe(0);
    expect(tiers.filter((t) => t === 0)).toHaveLength(8);
    expect(tiers.every((t) => t <= 1)).toBe(true);
  });

  it('never puts two visible labels closer than 30 px at any breakpoint', () => {
    for (let n = 1; n <= 60; n++) {
      const tiers = labelTiers(n);
      [300, 480, 720].forEach((width, level) => {
        const shown = tiers.map((t, i) => (t <= level ? i : -1)).filter((i) => i >= 0);
        expect(shown.length, `${n} years at ${width}px`).toBeGreaterThan(0);
        for (let k = 1; k < shown.length; k++) expect(((shown[k] - shown[k - 1]) * width) / n).toBeGreaterThanOrEqual(30);
      });
    }
  });
});

describe('the free trade agreement', () => {
  it('places dates within their year band', () => {
    expect(yearFraction('2024-07-01')).toBe(0.5);
    expect(yearFraction('2023-10-17')).toBeCloseTo(9.5 / 12, 2);
    expect(yearFraction('2023-01-01')).toBe(0);
    expect(yearFraction('2023')).toBe(0.5);
  });

  it('draws "FTA signed" in 2023 at 9.5/12 and "FTA in force" in 2024 at 0.5, on separate label rows', () => {
    const [signed, inForce] = usd.fta;
    const b23 = band(usd, 2023);
    const b24 = band(usd, 2024);
    expect([signed.id, signed.date, inForce.id, inForce.date]).toEqual(['signed', '2023-10-17', 'in-force', '2024-07-01']);
    expect(signed.x!).toBeCloseTo(b23.x0 + (9.5 / 12) * (b23.x1 - b23.x0), 1);
    expect(inForce.x!).toBeCloseTo(b24.x0 + 0.5 * (b24.x1 - b24.x0), 10);
    expect(signed.row).not.toBe(inForce.row);
    // Labels end at their lines near the right edge; the later one sits on top so the lines never cross a label.
    expect([signed.anchor, inForce.anchor]).toEqual(['end', 'end']);
    expect(inForce.row).toBe(0);
  });

  it('leaves the FTA off the euro view, whose figures end in 2022', () => {
    expect(eur.fta.map((f) => f.x)).toEqual([null, null]);
  });
});

describe('the values of the year a step is about', () => {
  it('writes each of its bars’ values as stated, with the sign of a computed one, and the total, over its tallest bar', () => {
    const c2013 = callout(usd, 2013, format, words.summary.total)!;
    expect(c2013.lines.map((l) => [l.flow, l.text])).toEqual([
      ['exports', 'USD 8.9m'],
      ['imports', 'USD 1,500m'],
      ['total', 'total USD 1,509m*'],
    ]);
    expect(c2013.height).toBe(band(usd, 2013).marks.find((m) => m.flow === 'imports')!.height);
    expect([c2013.anchor, c2013.x]).toEqual(['start', band(usd, 2013).x0]);
    const c2024 = callout(usd, 2024, format, words.summary.total)!;
    expect(c2024.lines.map((l) => l.text)).toEqual(['USD 1.9bn*', 'USD 5.5bn', 'total USD 7.4bn']);
    expect([c2024.anchor, c2024.x]).toEqual(['end', band(usd, 2024).x1]);
    expect(callout(eur, 2019, format, words.summary.total)!.anchor).toBe('start');
    expect(callout(usd, 2014, format, words.summary.total)!.lines.map((l) => l.text)).toEqual(['≈ USD 1.5bn']);
    expect(callout(usd, 2016, format, words.summary.total)).toBeNull();
    expect(callout(usd, undefined, format, words.summary.total)).toBeNull();
    expect(markedValue(band(usd, 2021).marks[0].value!, format)).toBe('≈ USD 1bn');
  });

  it('is lifted just clear of what lies under or beside it, or not drawn where the chart has no room', () => {
    const label = { left: 10, right: 60, top: 80, bottom: 100 };
    expect(liftOver(label, [], 80)).toBe(0);
    expect(liftOver(label, [{ left: 70, right: 90, top: 0, bottom: 200 }], 80)).toBe(0);
    expect(liftOver(label, [{ left: 50, right: 70, top: 95, bottom: 200 }], 80)).toBe(7);
    expect(liftOver(label, [{ left: 50, right: 70, top: 95, bottom: 200 }, { left: 0, right: 20, top: 80, bottom: 92 }], 80)).toBe(22);
    expect(liftOver(label, [{ left: 0, right: 100, top: 20, bottom: 200 }], 70)).toBeNull();
  });

  it('stops where rounding leaves it touching what it has just cleared (it once lifted for ever, and the build hung)', () => {
    const label = { left: 0, right: 10, top: 270, bottom: 288.2668326230924 };
    const obstacle = { left: 0, right: 10, top: 54.45655360613999, bottom: 300 };
    expect(liftOver(label, [obstacle], 1000)).toBeCloseTo(288.2668326230924 - 54.45655360613999 + 2, 9);
  }, 2000);
});

describe('the picture (share card, PNG and SVG, step pictures)', () => {
  const draw = (state: object) => String(picture({ props: graphic.props(data), words, state, format, ui }).draw(680, 380).props.svg);
  const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&'));

  it('is the page’s own drawing: solid bars with signs, the agreement’s labels, the step’s values, and its key', () => {
    const svg = draw({ currency: 'USD', year: 2013 });
    expect(texts(svg)).toEqual(expect.arrayContaining(['FTA signed', 'FTA in force', 'USD 8.9m', 'USD 1,500m', '*', '≈', 'no data', words.legend.exports]));
    // Every imports bar in the flow's colour, computed ones too (the key and the values of the step add a swatch each).
    const imports = usd.bands.flatMap((b) => b.marks).filter((m) => m.flow === 'imports' && m.value).length;
    expect(svg.match(/class="ct-bar"[^>]*data-key="\d+-imports"/g)!.length).toBe(imports);
    expect(svg.match(/fill:var\(--accent\)/g)!.length).toBe(imports + 2);
    expect(texts(draw({ currency: 'USD' }))).not.toContain('USD 8.9m');
  });
});

describe('tooltips, table and description', () => {
  const items = tradeItems(usd, speech);

  it('has one tooltip per mark, gap year and FTA line, in left-to-right order inside the box', () => {
    const marks = usd.bands.flatMap((b) => b.marks).length;
    const gapYears = usd.bands.filter((b) => b.kind === 'gap').length;
    expect(items).toHaveLength(marks + gapYears + 2);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    for (let k = 1; k < items.length; k++) expect(items[k].x).toBeGreaterThanOrEqual(items[k - 1].x);
    for (const i of items) {
      expect(i.x).toBeGreaterThanOrEqual(0);
      expect(i.x).toBeLessThanOrEqual(100);
      expect(i.y).toBeGreaterThanOrEqual(0);
      expect(i.y).toBeLessThanOrEqual(100);
    }
    expect(boxY(0)).toBeCloseTo(88, 10);
    expect(boxY(100)).toBeCloseTo(17, 10);
  });

  it('shows values as the source states them, with their doubts', () => {
    const byKey = (k: string) => items.find((i) => i.key === k)!.lines;
    expect(byKey('2013-imports')).toContain('USD 1,500m');
    expect(byKey('2014-total')).toContain('≈ USD 1.5bn');
    expect(byKey('2024-exports')).toContain(ui.confidence.computed);
    expect(byKey('2016-gap').join(' ')).toContain('No data in USD');
    expect(byKey('2019-gap').join(' ')).toContain('EUR');
    expect(byKey('2010-imports')).toContain('No figure in the sources');
    expect(byKey('fta-signed')).toEqual(['Free trade agreement signed', '17 October 2023']);
  });

  it('has a table row per year and currency, values as stated', () => {
    const rows = tradeTable(years, speech);
    expect(rows).toHaveLength(years.length);
    expect(rows.filter((r) => r.year === '2022').map((r) => r.unit)).toEqual(['USD billion', 'EUR billion']);
    expect(rows.find((r) => r.year === '2013')).toMatchObject({ unit: 'USD million', exports: 8.9, imports: 1500, total: 1509 });
    expect(rows.find((r) => r.year === '2019')!.confidence).toBe('exports sourced; imports computed; total sourced');
    expect(rows.find((r) => r.year === '2014')).toMatchObject({ exports: null, imports: null, total: 1.5 });
  });

  it('describes the key numbers in words', () => {
    const text = describeTrade(usd, speech);
    expect(text).toContain('In 2024 exports to China were USD 1.9bn and imports from China USD 5.5bn.');
    expect(text).toContain('USD 8.9m');
    expect(text).toContain('No figures in USD for 2011–2012 and 2015–2020');
    expect(text).toContain('A free trade agreement was signed in October 2023 and came into force in July 2024.');
    expect(describeTrade(eur, speech)).toContain('Only total trade is published for 2020 and 2022');
    expect(importsExceedExports(years)).toBe(true);
  });
});

describe('the rendered figure', () => {
  it('renders the same HTML every time (safe to hydrate), with the frame, currency switch and labels', () => {
    const props = { id: 'fig-trade', ...graphic.props(data), words, state: { year: 2023, fta: true } };
    const a = renderWith(ChinaTradeFigure, props, data);
    expect(renderWith(ChinaTradeFigure, props, data)).toBe(a);
    expect(a).toContain('Serbia buys far more from China than it sells');
    expect(a).toContain('name="fig-trade-currency"');
    for (const label of ['no data', 'Total only', 'computed by us', 'USD 1.23bn', 'FTA signed', 'FTA in force', 'Exports to China', 'Download CSV'])
      expect(a).toContain(label);
    expect(a).toContain('role="group"');
    expect(a).toContain('tabindex="0"');
  });
});

describe('facts in the words, checked against the data', () => {
  it('the title’s claim holds, and a year with exports above imports breaks it by name', () => {
    const copy = fixture();
    expect(graphic.checkWords!(copy['story.json'].graphics['china-trade']!, copy)).toEqual([]);
    const y2023 = copy['china-trade.json'].years.find((y) => y.year === 2023)!;
    y2023.exports!.value = 5;
    const [finding] = graphic.checkWords!(copy['story.json'].graphics['china-trade']!, copy);
    expect(finding.message).toContain('2023 (USD billion) has exports of 5 and imports of 4.8');
  });

  it('the agreement’s dates agree with the timeline’s events, or the check says which', () => {
    const copy = fixture();
    expect(graphic.checkData!(copy)).toEqual([]);
    copy['china-trade.json'].agreement!.inForce = '2024-07-02';
    expect(graphic.checkData!(copy)).toEqual([
      {
        file: 'china-trade.json',
        path: ['agreement', 'inForce'],
        message: 'is "2024-07-02", but the timeline event "2024-07-01-free-trade-agreement-in-force" is dated "2024-07-01": the two dates must agree',
      },
    ]);
  });

  it('an edited agreement date moves the chart’s line and its words', () => {
    const moved = tradeView(years, 'USD', { ...agreement!, signed: '2023-03-01' });
    expect(moved.fta[0].x).toBeLessThan(usd.fta[0].x!);
    expect(tradeItems(moved, speech).find((i) => i.key === 'fta-signed')!.lines).toEqual(['Free trade agreement signed', '1 March 2023']);
  });
});

describe('URL options', () => {
  const props = graphic.props(data);
  const params = (q: string) => new URLSearchParams(q);
  it('a currency and a year the data has, and the FTA flag', () => {
    expect(urlState(params('currency=eur&year=2019&fta=1'), props)).toEqual({ currency: 'EUR', year: 2019, fta: true });
    expect(urlState(params('currency=GBP&year=1850&fta=maybe'), props)).toBeNull();
    expect(urlState(params('currency=EUR&year=x'), props)).toEqual({ currency: 'EUR' });
    expect(urlState(params(''), props)).toBeNull();
  });
});

describe('the marks in plot coordinates', () => {
  const w = { noData: words.noData, total: words.summary.total, signed: words.agreement.signed, inForce: words.agreement.inForce };
  const marks = (o: object) => tradeMarks(usd, { height: 15, width: 40, format, words: w, ...o });

  it('stands every bar on the baseline inside the plot, and the smallest figure stays visible', () => {
    const m = marks({});
    for (const b of m.bars) {
      expect(b.top + b.height, b.key).toBeCloseTo(m.plot.bottom, 9);
      expect(b.top, b.key).toBeGreaterThanOrEqual(m.plot.top);
      expect(b.height, b.key).toBeGreaterThanOrEqual(3 / 16);
    }
    expect(m.missing.map((x) => x.key)).toEqual(usd.bands.flatMap((b) => b.marks).filter((x) => !x.value).map((x) => x.key));
  });

  it('writes the values of a step’s year above its bars, clear of every other bar, and no sign over its own', () => {
    const m = marks({ year: 2022 });
    const c = m.callout!;
    expect(c.lines.map((l) => l.text)).toEqual(callout(usd, 2022, format, words.summary.total)!.lines.map((l) => l.text));
    expect(c.top + c.height).toBeLessThanOrEqual(Math.min(...m.bars.filter((b) => b.key.startsWith('2022')).map((b) => b.top)));
    expect(m.bars.filter((b) => b.key.startsWith('2022')).every((b) => b.sign === null)).toBe(true);
    expect(m.highlight).not.toBeNull();
  });

  it('shows fewer years at a narrow width, always the last', () => {
    const narrow = marks({ width: 375 / 16 }).years.filter((y) => y.shown);
    const wide = marks({ width: 1280 / 16 }).years.filter((y) => y.shown);
    expect(narrow.length).toBeLessThan(wide.length);
    expect(narrow.at(-1)!.year).toBe(usd.lastYear);
  });
});
