import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataFiles } from '../../src/lib/data/schema.ts';
import { embedIdFromPath, embedsOf, embedSnippet } from '../../src/lib/embeds/embeds.ts';
import { parseShowTitle, parseTheme, projectFromParams, stateFromParams } from '../../src/lib/embeds/options.ts';
import { MAX_HEIGHT, parseHeight, parsePymMessage, pymMessage } from '../../src/lib/embeds/pym.ts';
import { figureData } from '../../src/lib/story/figures.ts';

const root = join(import.meta.dirname, '..', '..');
const read = <F extends keyof DataFiles>(file: F): DataFiles[F] => JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
const data = Object.fromEntries(
  (['story.json', 'projects.json', 'trade-partners.json', 'china-trade.json', 'aiddata-finance.json', 'debt.json'] as const).map((f) => [f, read(f)]),
) as unknown as DataFiles;
const params = (query: string) => new URLSearchParams(query);

describe('pym.js messages', () => {
  it('writes and reads pym’s format', () => {
    expect(pymMessage('c1', 'height', 512)).toBe('pymxPYMxc1xPYMxheightxPYMx512');
    expect(parsePymMessage('pymxPYMxc1xPYMxwidthxPYMx800')).toEqual({ childId: 'c1', type: 'width', value: '800' });
    expect(parsePymMessage('pymxPYMxxPYMxheightxPYMx10')).toEqual({ childId: '', type: 'height', value: '10' });
  });
  it('ignores anything else: other formats, objects, other message types', () => {
    for (const data of [{ height: 5 }, 42, null, 'hello', 'pymxPYMxc1xPYMxheight', 'xpymxPYMxc1xPYMxheightxPYMx5', 'pymxPYMxaxPYMxbxPYMxcxPYMxd'])
      expect(parsePymMessage(data), JSON.stringify(data)).toBeNull();
    expect(parseHeight('pymxPYMxc1xPYMxwidthxPYMx800')).toBeNull();
  });
  it('accepts only a sensible height', () => {
    expect(parseHeight('pymxPYMxc1xPYMxheightxPYMx512')).toBe(512);
    expect(parseHeight('pymxPYMxc1xPYMxheightxPYMx512.4')).toBe(513);
    for (const value of ['0', '-5', 'abc', '1e9', String(MAX_HEIGHT + 1), '100px', ''])
      expect(parseHeight(`pymxPYMxc1xPYMxheightxPYMx${value}`), value).toBeNull();
  });
});

describe('embed options in the URL', () => {
  it('theme: light or dark, anything else is auto', () => {
    expect(parseTheme(params('theme=dark'))).toBe('dark');
    expect(parseTheme(params('theme=light'))).toBe('light');
    for (const q of ['', 'theme=auto', 'theme=blue', 'theme=DARK<script>']) expect(parseTheme(params(q)), q).toBe('auto');
  });
  it('title: hidden only when asked', () => {
    for (const q of ['title=0', 'title=false', 'title=no', 'title=HIDE']) expect(parseShowTitle(params(q)), q).toBe(false);
    for (const q of ['', 'title=1', 'title=yes', 'title=']) expect(parseShowTitle(params(q)), q).toBe(true);
  });
  const props = (graphic: Parameters<typeof figureData>[0]) => figureData(graphic, data);
  it('china-trade: a currency and a year the data has, and the FTA flag', () => {
    expect(stateFromParams('china-trade', params('currency=eur&year=2019&fta=1'), props('china-trade'))).toEqual({ currency: 'EUR', year: 2019, fta: true });
    expect(stateFromParams('china-trade', params('currency=GBP&year=1850&fta=maybe'), props('china-trade'))).toBeNull();
    expect(stateFromParams('china-trade', params('currency=EUR&year=x'), props('china-trade'))).toEqual({ currency: 'EUR' });
    expect(stateFromParams('china-trade', params(''), props('china-trade'))).toBeNull();
  });
  it('trade-partners: a period, a flow and a partner from the data', () => {
    const period = data['trade-partners.json'].series.at(-1)!.period;
    expect(stateFromParams('trade-partners', params(`period=${encodeURIComponent(period)}&flow=exports&partner=germany`), props('trade-partners'))).toEqual({
      period,
      flow: 'exports',
      partner: 'Germany',
    });
    expect(stateFromParams('trade-partners', params('period=1999&flow=total&partner=Atlantis'), props('trade-partners'))).toBeNull();
  });
  it('finance: an AidData sector and a year with commitments; debt: a series id', () => {
    const record = data['aiddata-finance.json'].records.find((r) => r.commitmentYear)!;
    expect(stateFromParams('finance', params(`sector=${record.sector.toLowerCase()}&year=${record.commitmentYear}`), props('finance'))).toEqual({
      sector: record.sector,
      year: record.commitmentYear,
    });
    expect(stateFromParams('finance', params('sector=NOPE&year=1800'), props('finance'))).toBeNull();
    const series = data['debt.json'].series[0].id;
    expect(stateFromParams('debt', params(`series=${series}`), props('debt'))).toEqual({ series });
    expect(stateFromParams('debt', params('series=nope'), props('debt'))).toBeNull();
  });
  it('map: a project the map has', () => {
    const mapProps = props('map') as { projects: { id: string }[] };
    expect(projectFromParams(params('project=kostolac-b3'), mapProps)).toBe('kostolac-b3');
    expect(projectFromParams(params('project=atlantis'), mapProps)).toBeNull();
    expect(projectFromParams(params(''), mapProps)).toBeNull();
  });
});

describe('the list of embeds', () => {
  const embeds = embedsOf(data['story.json'].sections);
  it('has every graphic of the story, the map and the timeline, once each, with its section', () => {
    const graphics = new Set(
      data['story.json'].sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'graphic' || b.type === 'scrolly' ? [b.graphic] : []))),
    );
    expect(embeds.map((e) => e.id).sort()).toEqual([...new Set([...graphics, 'map', 'timeline'])].sort());
    // The map scrolly and the projects block share one embed: the explorable map with its list.
    expect(embeds.find((e) => e.id === 'map')!.kind).toBe('map');
    for (const e of embeds) expect(data['story.json'].sections.some((s) => s.id === e.sectionId)).toBe(true);
  });
  it('a scrolly graphic is embedded at its first step', () => {
    const scrolly = data['story.json'].sections.flatMap((s) => s.blocks).find((b) => b.type === 'scrolly')!;
    if (scrolly.type !== 'scrolly') throw new Error('unreachable');
    expect(embeds.find((e) => e.id === scrolly.graphic)!.state).toEqual(scrolly.steps[0].state);
  });
  it('has one HTML page per embed in embed/, and the previewer', () => {
    const files = readdirSync(join(root, 'embed')).filter((f) => f.endsWith('.html')).sort();
    expect(files).toEqual([...embeds.map((e) => `${e.id}.html`), 'index.html'].sort());
  });
  it('reads the embed id from a page path', () => {
    expect(embedIdFromPath('/embed/debt.html')).toBe('debt');
    expect(embedIdFromPath('/stories/x/embed/china-trade.html')).toBe('china-trade');
    expect(embedIdFromPath('/index.html')).toBeNull();
  });
  it('the snippet: an iframe that works alone, and the loader; attribute values escaped', () => {
    const snippet = embedSnippet('https://example.org/s/embed/debt.html', 'https://example.org/s/embed.js', 'Debt "to" China & <more>');
    expect(snippet).toContain('<iframe src="https://example.org/s/embed/debt.html" title="Debt &quot;to&quot; China &amp; &lt;more>"');
    expect(snippet).toContain('data-serbia-china-embed');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('<script src="https://example.org/s/embed.js" async></script>');
  });
});

describe('the dark theme', () => {
  it('?theme=dark sets the same colours as the system’s dark mode (global.css keeps two copies)', () => {
    const css = readFileSync(join(root, 'src', 'styles', 'global.css'), 'utf8');
    const vars = (block: string) => [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2]}`);
    const media = /@media \(prefers-color-scheme: dark\) \{\s*:root[^{]*\{([^}]*)\}/.exec(css)![1];
    const forced = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)![1];
    expect(vars(media).length).toBeGreaterThan(10);
    expect(vars(forced)).toEqual(vars(media));
  });
});
