import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedsOf } from '../../src/lib/embeds/embeds.ts';
import { MAX_HEIGHT, parseHeight, parsePymMessage, pymMessage } from '../../src/lib/embeds/pym.ts';
import { embedIdFromPath, embedSnippet } from '../../src/lib/embeds/snippet.ts';
import { urlState } from '../../src/lib/graphics/map/url-state.ts';
import { realData, ROOT as root } from '../helpers/data.ts';

// Relations only: the real data's story decides which embeds there are.
const data = realData();
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

describe('the map embed’s URL option', () => {
  it('?project=<id> opens the map on a project it has', () => {
    const props = { projects: data['projects.json'].projects };
    const id = props.projects[0].id;
    expect(urlState(params(`project=${id}`), props)).toEqual({ chosen: id });
    expect(urlState(params('project=atlantis'), props)).toBeNull();
    expect(urlState(params(''), props)).toBeNull();
  });
});

describe('the list of embeds', () => {
  const embeds = embedsOf(data['story.json']);
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
  it('takes each embed’s title from its words in story.json', () => {
    for (const e of embeds) expect(e.title).toBe((data['story.json'].graphics[e.id] as { embedTitle: string }).embedTitle);
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
