/**
 * Every page of the built site, read as HTML (jsdom, no browser): what readers without JavaScript and search
 * engines get. No id twice, every aria reference resolves, no asset from another origin, the language set.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/data.ts';

const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);
const dist = process.env.STORY_DIST_DIR ?? join(ROOT, 'dist');

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlPages(dist).map((path) => ({ name: relative(dist, path), doc: new jsdom.JSDOM(readFileSync(path, 'utf8')).window.document }));

describe('every built page', () => {
  it('is there: the story, an embed per graphic and the previewer', () => {
    expect(pages.map((p) => p.name)).toContain('index.html');
    expect(pages.map((p) => p.name)).toContain('embed/index.html');
    expect(pages.filter((p) => p.name.startsWith('embed/')).length).toBeGreaterThan(2);
  });

  for (const { name, doc } of pages)
    it(`${name}: unique ids, resolvable aria references, its language, nothing from another origin`, () => {
      const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').toEqual([]);
      for (const el of doc.querySelectorAll('[aria-labelledby], [aria-describedby], [for]'))
        for (const ref of ['aria-labelledby', 'aria-describedby', 'for'].flatMap((a) => (el.getAttribute(a) ?? '').split(/\s+/)).filter(Boolean))
          expect(doc.getElementById(ref), `${name}: reference to #${ref}`).not.toBeNull();
      expect(doc.documentElement.lang).toMatch(/^[a-z]{2}(-[A-Za-z]+)?$/);
      for (const el of doc.querySelectorAll('script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href')!;
        expect(url, `${name}: ${el.outerHTML}`).not.toMatch(/^(https?:)?\/\//);
      }
    });
});
