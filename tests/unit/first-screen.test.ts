/**
 * The first screen's parts and the copy desk's rules, in pure code: the events strips (which events, where their
 * marks go), the cover map's key, the build's handling of the first screen (fonts, the lower stylesheet,
 * hydration marks), the data check of strips, and the quote marks in the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { belowStylesheet, deferStyles, dropHydrationMarks, firstScreenFonts, inlinedCss, lateFonts, splitFontFaces } from '../../src/build/pages-plugin.ts';
import { FACES, latinExtChars, latinExtCss, packageFaces, unicodeRange } from '../../src/build/fonts-plugin.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { coverMarks, sectorCounts } from '../../src/lib/story/cover/cover.ts';
import { MARK, NARROWEST, stripEvents, stripLayout } from '../../src/lib/story/strip/strip.ts';
import { DATA_DIR, SMALL_FIXTURE_DIR } from '../helpers/data.ts';

const ev = (id: string, date: string, category: 'diplomacy' | 'economy' | 'security' | 'russia' = 'diplomacy') => ({ id, date, category });
const events = [
  ev('a', '2014-12', 'security'),
  ev('b', '2016-06-17'),
  ev('c', '2016-06-18'),
  ev('d', '2019', 'security'),
  ev('e', '2024-09-09', 'russia'),
  ev('f', '2009-08-20'),
];

describe('which events a strip shows', () => {
  it('takes its categories, in date order', () => {
    expect(stripEvents({ categories: ['security'] }, events).map((e) => e.id)).toEqual(['a', 'd']);
    expect(stripEvents({ categories: ['diplomacy'] }, events).map((e) => e.id)).toEqual(['f', 'b', 'c']);
  });
  it('keeps to its dates, a year or month counting when any of it is inside', () => {
    expect(stripEvents({ from: '2016', to: '2019-03' }, events).map((e) => e.id)).toEqual(['b', 'c', 'd']);
    expect(stripEvents({ categories: ['diplomacy'], from: '2010' }, events).map((e) => e.id)).toEqual(['b', 'c']);
  });
  it('adds the events it names, and shows only those when it names nothing else', () => {
    expect(stripEvents({ categories: ['russia'], events: ['f'] }, events).map((e) => e.id)).toEqual(['f', 'e']);
    expect(stripEvents({ events: ['c', 'a'] }, events).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('where a strip puts its marks', () => {
  it('runs from the first event to the last, and stacks the marks that would touch at the narrowest width', () => {
    const { marks, levels } = stripLayout(stripEvents({ categories: ['diplomacy'] }, events));
    expect(marks[0].x).toBe(0);
    expect(marks.at(-1)!.x).toBe(100);
    // 17 and 18 June 2016 are a day apart: the second stands on the first.
    expect(marks.map((m) => m.level)).toEqual([0, 0, 1]);
    expect(levels).toBe(2);
  });
  it('never leaves two marks of one row closer than a mark at 280 px', () => {
    const many = Array.from({ length: 40 }, (_, i) => ev(`e${i}`, `20${String(10 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`));
    const { marks } = stripLayout(many);
    for (const a of marks)
      for (const b of marks)
        if (a !== b && a.level === b.level) expect(Math.abs(a.x - b.x) * (NARROWEST / 100)).toBeGreaterThanOrEqual(MARK - 1e-9);
  });
  it('labels years, months or days, as the span needs', () => {
    expect(stripLayout([ev('x', '2009-08-20'), ev('y', '2024-09-09')]).ticks.map((t) => t.date)).toEqual(['2010', '2015', '2020']);
    expect(stripLayout([ev('x', '2024-05-23'), ev('y', '2024-09-09')]).ticks.map((t) => t.date)).toEqual(['2024-06', '2024-07', '2024-08', '2024-09']);
    expect(stripLayout([ev('x', '2024-09-07'), ev('y', '2024-09-09')]).ticks.map((t) => t.date)).toEqual(['2024-09-07', '2024-09-08', '2024-09-09']);
  });
  it('leaves room at 280 px for month labels that name their year ("Sept 2025", about 60 px)', () => {
    const { ticks } = stripLayout([ev('x', '2024-11-01'), ev('y', '2025-12-18')]);
    expect(ticks.map((t) => t.date)).toEqual(['2024-12', '2025-06', '2025-12']);
    for (let i = 1; i < ticks.length; i++) expect((ticks[i].x - ticks[i - 1].x) * (NARROWEST / 100)).toBeGreaterThan(70);
  });
  it('puts a lone event in the middle', () => {
    expect(stripLayout([ev('x', '2024-09-09')]).marks[0].x).toBe(50);
  });
});

describe('the cover map', () => {
  const at = { type: 'Point' as const, coordinates: [20, 44] as [number, number], precision: 'exact' as const };
  it('counts in its key only the projects it draws (those with a place), the largest sector first', () => {
    expect(sectorCounts([{ sector: 'energy', location: at }, { sector: 'transport', location: at }, { sector: 'transport', location: at }, { sector: 'health', location: null }])).toEqual([
      ['transport', 2],
      ['energy', 1],
    ]);
  });
  it('draws one group per sector, in whole pixels', () => {
    const project = (id: string, sector: 'energy' | 'transport') => ({ id, sector }) as never;
    const groups = coverMarks({
      projects: [
        { project: project('a', 'energy'), points: [[10.4, 20.6]], approximate: false },
        { project: project('b', 'transport'), d: 'M1.26,2.5L3.7,4', points: [], approximate: true },
        { project: project('c', 'energy'), points: [[30, 40]], approximate: true },
      ],
    });
    expect(groups).toEqual([
      { sector: 'energy', lines: '', approximateLines: '', points: [[10, 21], [30, 40]] },
      { sector: 'transport', lines: '', approximateLines: 'M1,3L4,4', points: [] },
    ]);
  });
});

describe('the built story page', () => {
  it('gives the inlined stylesheet’s fonts their address from the page’s folder', () => {
    const css = "@font-face{src:url(./noto-serif-latin-700-normal-X.woff2)format('woff2')}a{background:url(data:image/png;base64,AA)}b{background:url(https://x.org/a.png)}";
    expect(inlinedCss(css, '../assets/')).toBe("@font-face{src:url(../assets/noto-serif-latin-700-normal-X.woff2)format('woff2')}a{background:url(data:image/png;base64,AA)}b{background:url(https://x.org/a.png)}");
    expect(inlinedCss('x{src:url("noto.woff2")}', 'assets/')).toBe('x{src:url("assets/noto.woff2")}');
  });
  it('takes the @font-face rules out of the inline stylesheet, for a stylesheet of their own linked without script', () => {
    const css = "a{color:red}@font-face{font-family:Noto Serif;src:url(./x.woff2)}b{margin:0}@font-face {font-family:Noto Sans;src:url(y.woff2)}@font-face{font-family:F;src:local(Arial)}";
    expect(splitFontFaces(css)).toEqual({
      faces: '@font-face{font-family:Noto Serif;src:url(./x.woff2)}@font-face {font-family:Noto Sans;src:url(y.woff2)}',
      rest: 'a{color:red}b{margin:0}@font-face{font-family:F;src:local(Arial)}',
    });
    expect(splitFontFaces('a{}')).toEqual({ faces: '', rest: 'a{}' });
    expect(lateFonts('../assets/fonts-1.css')).toBe('<noscript data-late-fonts><link rel="stylesheet" href="../assets/fonts-1.css"></noscript>');
  });
  it('preloads the fonts of the first screen in the subsets of its text, and no other', () => {
    const css = ['serif-latin-700', 'serif-latin-ext-700', 'serif-cyrillic-700', 'serif-latin-400', 'serif-cyrillic-400', 'sans-latin-400', 'sans-latin-700', 'sans-latin-ext-400', 'sans-latin-ext-700', 'sans-cyrillic-400', 'sans-cyrillic-700']
      .map((f) => `@font-face{src:url(assets/noto-${f}-normal-X.woff2)}`)
      .join('');
    const html = `<html lang="en"><style>${css}</style>`;
    const top = (h1: string, standfirst: string, rest: string) => `<nav>${rest}</nav><h1 class="s1">${h1}</h1><p class="standfirst s1">${standfirst}</p>`;
    const files = (t: string) => firstScreenFonts(html, t).map((u) => /noto-(.*)-normal/.exec(u)![1]);
    expect(files(top('Roads and copper', 'Since 2009', 'English'))).toEqual(['serif-latin-700', 'serif-latin-400', 'sans-latin-400', 'sans-latin-700']);
    expect(files(top('Putevi: kako se Srbija približila Kini', 'Od 2009.', 'Ћирилица Šabac'))).toEqual([
      'serif-latin-700', 'serif-latin-ext-700', 'serif-latin-400', 'sans-latin-400', 'sans-latin-700', 'sans-latin-ext-400', 'sans-latin-ext-700', 'sans-cyrillic-400', 'sans-cyrillic-700',
    ]);
    expect(files(top('Путеви', 'Од', 'English'))).toEqual(['serif-cyrillic-700', 'serif-cyrillic-400', 'sans-latin-400', 'sans-latin-700']);
  });
  const body = '<header class="sh1">x</header><nav class="sn1"></nav><section class="ss1"><p class="ss1">a</p><div class="island" data-island="debt"><!--[--><b class="sc1">1</b><div><!--]--></div></div><!----></section>';
  it('keeps inline only the styles of the first screen, and links the rest once, where the first screen ends', () => {
    const head = '<style id="sh1">h{}</style><style id="sn1">n{}</style><style id="ss1">s{}</style><style id="sc1">c{}</style>';
    const split = deferStyles(head, body);
    // The first section's own rules stay too: they keep the lower sections from being laid out at once.
    expect(split.head).toBe('<style id="sh1">h{}</style><style id="sn1">n{}</style><style id="ss1">s{}</style>');
    expect(split.css).toBe('c{}');
    const linked = belowStylesheet(body, 'assets/below.css');
    expect(linked.match(/<link /g)).toHaveLength(1);
    expect(linked.indexOf('<link rel="stylesheet" href="assets/below.css" fetchpriority="low">')).toBe(body.indexOf('<section'));
  });
  it('drops hydration marks outside the islands and keeps those inside', () => {
    expect(dropHydrationMarks(`<!--[--><p>a</p><!--]-->${body}<!---->`)).toBe(
      '<p>a</p><header class="sh1">x</header><nav class="sn1"></nav><section class="ss1"><p class="ss1">a</p><div class="island" data-island="debt"><!--[--><b class="sc1">1</b><div><!--]--></div></div></section>',
    );
  });
});

describe('the data check of events strips', () => {
  const withStrip = (block: Record<string, unknown>, change?: (story: Record<string, any>) => void) => {
    const data = readDataDir(SMALL_FIXTURE_DIR);
    const story = JSON.parse(data.files['story.json']);
    story.sections[0].blocks.splice(1, 0, { type: 'events', title: '{count} events, {years}', ...block });
    change?.(story);
    data.files['story.json'] = JSON.stringify(story, null, 2);
    return validateData(data).problems.map(formatProblem).join('\n');
  };
  it('accepts a strip of a category', () => {
    expect(withStrip({ categories: ['diplomacy'] })).toBe('');
  });
  it('names an unknown event, a strip that shows nothing, a whole-timeline strip and a strip with no timeline to link to', () => {
    expect(withStrip({ events: ['2009-strategic-partnership', '2024-expresway-launch'] })).toMatch(/events.*1.*"2024-expresway-launch" that is not in timeline\.json\. Did you mean "2024-expressway-launch"/s);
    expect(withStrip({ categories: ['russia'] })).toMatch(/shows no event/);
    expect(withStrip({})).toMatch(/shows the whole timeline/);
    expect(withStrip({ categories: ['diplomacy'] }, (s) => (s.sections[0].blocks = s.sections[0].blocks.filter((b: { type: string }) => b.type !== 'timeline')))).toMatch(/the story has none/);
    expect(withStrip({ categories: ['diplomacy'], title: '{count} events in {place}' })).toMatch(/\{place\}/);
  });
});

describe('quote marks', () => {
  /** Every string a reader may see in a data file (not its addresses or ids). */
  const texts = (value: unknown, key = ''): string[] =>
    typeof value === 'string'
      ? /^(url|\$schema|id)$/.test(key) ? [] : [value]
      : Array.isArray(value)
        ? value.flatMap((v) => texts(v, key))
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => texts(v, k))
          : [];
  it('are typographic in the timeline and the story’s prose in every edition (“…” in English, „…“ in Serbian), never straight', () => {
    const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
    for (const [file, words] of [DATA_DIR, join(DATA_DIR, 'sr')].flatMap((dir) => [
      [join(dir, 'timeline.json'), read(join(dir, 'timeline.json'))],
      [join(dir, 'story.json'), read(join(dir, 'story.json')).sections],
    ])) {
      const straight = texts(words).filter((t) => t.includes('"'));
      expect(straight, file).toEqual([]);
    }
  });
});

describe('the Latin Extended fonts, cut to the data’s letters', () => {
  it('finds the letters beyond Latin-1 in the texts, once each, in order (not those the Latin subset has)', () => {
    expect(latinExtChars(['Vučić and Dačić', 'Šabac, Niš, Đorđe', 'Œuvre, Zoë, €5'])).toBe('ćčĐđŠš');
    expect(latinExtChars(['plain English'])).toBe('');
  });
  it('writes them as a unicode-range of runs', () => {
    expect(unicodeRange('ĆćČčĐđŠšŽž')).toBe('U+106-107,U+10C-10D,U+110-111,U+160-161,U+17D-17E');
    expect(unicodeRange('ő')).toBe('U+151');
  });
  it('declares every face for those letters, and none without them', () => {
    const css = latinExtCss('Čč');
    expect(css.match(/@font-face/g)).toHaveLength(5);
    expect(css).toContain("src: url('./noto-serif-latin-ext-700-normal.woff2') format('woff2');\n  unicode-range: U+10C-10D;");
    expect(latinExtCss('')).not.toContain('@font-face');
  });
  it("takes each face's Latin and Cyrillic rules from its package's stylesheet, with their ranges, and no other subset", () => {
    const sheet = (f: (typeof FACES)[number]) =>
      ['cyrillic-ext', 'cyrillic', 'greek', 'latin-ext', 'latin']
        .map((s) => `/* ${f.pkg}-${s}-${f.weight}-${f.style} */\n@font-face {\n  src: url(./files/${f.pkg}-${s}-${f.weight}-${f.style}.woff2) format('woff2');\n  unicode-range: U+${s.length};\n}\n`)
        .join('');
    const css = packageFaces(sheet);
    expect(css.match(/@font-face/g)).toHaveLength(FACES.length * 2);
    expect(css).toContain("font-family: 'Noto Serif';\n  font-style: italic;\n  font-weight: 400;\n  font-display: swap;\n  src: url('@fontsource/noto-serif/files/noto-serif-cyrillic-400-italic.woff2') format('woff2');\n  unicode-range: U+8;");
    expect(css).toContain("url('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2') format('woff2');\n  unicode-range: U+5;");
    expect(css).not.toMatch(/greek|latin-ext|cyrillic-ext/);
  });
});
