/** Text is text, whatever it holds: splicing islands into a page, their props, and the ids in the page. */
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { EDITIONS } from '../../src/lib/i18n/editions.ts';
import { scriptJson } from '../../src/lib/islands/collector.ts';
import { renderPage, withShortNumbers } from '../../src/lib/islands/render-page.ts';
import { SERVER_ISLANDS } from '../../src/lib/islands/server-components.ts';
import { fixture, i18nOf } from '../helpers/data.ts';

const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);

/** Every character sequence that has broken pages elsewhere: replacement patterns, script and comment openers, line separators. */
const HOSTILE = "A title with $& $' $` $$ </script> <!-- \u2028 \u2029 end";

describe('island props', () => {
  it('are JSON that cannot end or change the script element they sit in, and read back exactly', () => {
    const json = scriptJson({ text: HOSTILE });
    expect(json).not.toMatch(/<\/script|<!--|\u2028|\u2029/);
    expect(JSON.parse(json).text).toBe(HOSTILE);
  });
});

describe('the story page as rendered', () => {
  const data = fixture();
  const event = data['timeline.json'].events[0];
  event.title = HOSTILE;
  const { body } = renderPage(App, { data, edition: EDITIONS[0], editions: EDITIONS.slice(0, 1), card: { url: 'https://news.example.org/cards/story.png', alt: 'A map' }, published: true }, SERVER_ISLANDS, i18nOf(data));
  const doc = new jsdom.JSDOM(`<!doctype html><body>${body}</body>`).window.document;

  it('shows a text with replacement patterns, "</script>", "<!--" and U+2028 literally, once, where it belongs', () => {
    expect(doc.getElementById(`event-${event.id}`)!.querySelector('h4')!.textContent).toBe(HOSTILE);
    // Nothing else changed: every event and every island is still there.
    expect(doc.querySelectorAll('[data-timeline] li[data-category]').length).toBe(data['timeline.json'].events.length);
    for (const island of doc.querySelectorAll<HTMLElement>('[data-island]'))
      expect(() => JSON.parse(doc.getElementById(island.dataset.islandProps!)!.textContent!)).not.toThrow();
  });

  it('has no id twice, although each island is rendered on its own', () => {
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Every reference points at an id of the page.
    for (const el of doc.querySelectorAll('[aria-labelledby], [aria-describedby]'))
      for (const ref of `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`.split(/\s+/).filter(Boolean))
        expect(doc.getElementById(ref), ref).not.toBeNull();
  });

  it('carries the interface words once, for every island', () => {
    const words = doc.querySelectorAll('script#page-words');
    expect(words).toHaveLength(1);
    expect(JSON.parse(words[0].textContent!).words.chart.downloadCsv).toBe(data['interface.json'].chart.downloadCsv);
  });
});

describe('numbers in the HTML', () => {
  it('keeps two decimals of coordinates and sizes, and every digit of text, links and other attributes', () => {
    const html =
      '<rect x="0.11337868480725788" width="4.535147392290249" y="0" data-v="1.23456"></rect>' +
      '<span style="left: 3.3333333333333335%; top: -0.0000001rem">10,851.1667480707</span><a href="a.html?v=1.23456">1.23456</a>' +
      '<path d="M328.16838381610796,12.5L1e-7,2.999"></path>';
    expect(withShortNumbers(html)).toBe(
      '<rect x="0.11" width="4.54" y="0" data-v="1.23456"></rect>' +
        '<span style="left: 3.33%; top: 0rem">10,851.1667480707</span><a href="a.html?v=1.23456">1.23456</a>' +
        '<path d="M328.17,12.5L1e-7,3"></path>',
    );
  });
});

describe('the page template', () => {
  it('takes the rendered head and body as they are, and changes nothing else', async () => {
    const { splicePage } = await import('../../src/build/pages-plugin.ts');
    const template = '<html><head><!--app-head--></head><body><div id="app"><!--app-html--></div><script type="module" src="/src/main.ts" data-islands></script></body></html>';
    const head = `<title>${HOSTILE}</title>`;
    const body = `<h1>${HOSTILE}</h1><div data-island="debt"></div><div data-island="china-trade"></div><div data-island="debt"></div>`;
    expect(splicePage(template, head, body)).toBe(
      `<html><head>${head}</head><body><div id="app">${body}</div><script type="module" src="/@islands/china-trade+debt/src/main.js"></script></body></html>`,
    );
  });
});
