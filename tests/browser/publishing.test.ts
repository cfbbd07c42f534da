/**
 * What the build publishes for crawlers, social sites and editors: absolute addresses from story.json › site (a
 * local build, without it: every address relative to its page, none to localhost, no sitemap),
 * a share card per page (a real 1200 × 630 picture, not blank), NewsArticle JSON-LD, the sitemap, and each
 * chart's PNG and SVG, whose links work without JavaScript.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { EDITIONS } from '../../src/lib/i18n/editions.ts';
import { DEFAULT_SITE_URL, siteRoot } from '../../src/lib/publishing/site.ts';
import { DATA_DIR, editionsOf, ROOT } from '../helpers/data.ts';
import { openPage } from './harness.ts';
import { builtAddress, published } from './data-files.ts';

const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);
const dist = process.env.STORY_DIST_DIR ?? join(ROOT, 'dist');
const editions = editionsOf(DATA_DIR);
const story = editions.en!['story.json'];
const site = siteRoot(story, process.env.STORY_SITE_URL);

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
const pages = htmlPages(dist)
  .map((path) => ({ name: relative(dist, path), doc: new jsdom.JSDOM(readFileSync(path, 'utf8')).window.document }))
  .filter((p) => !p.name.endsWith('embed/index.html'));
const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');

/** A file of dist/ from its address in the page `page` (published, or relative to the page in a local build). */
const fileOf = (url: string, page: string) => join(dist, decodeURIComponent(new URL(url, new URL(page, site)).pathname.slice(new URL(site).pathname.length)));
/** An address as the build should write it: on the published site, or (a local build) a path, never an absolute one. */
const ofSite = (href: string) => (published() ? href.startsWith(site) : !/^[a-z]+:/i.test(href));

describe.each(pages)('$name, as built', ({ name, doc }) => {
  it('has a canonical address (once published) and share card on the site, with its size, its text alternative and a large Twitter card', () => {
    // A local build names no canonical address or og:url: crawlers take only absolute ones, and it has none to give.
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (published()) {
      expect(ofSite(canonical!), canonical!).toBe(true);
      expect(ofSite(meta(doc, 'og:url')!)).toBe(true);
    } else expect([canonical, meta(doc, 'og:url')]).toEqual([undefined, undefined]);
    const image = meta(doc, 'og:image')!;
    expect(ofSite(image), image).toBe(true);
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(doc, 'og:image:alt')!.length).toBeGreaterThan(20);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');

    const file = fileOf(image, name);
    expect(existsSync(file), `${name}: ${file}`).toBe(true);
    const png = PNG.sync.read(readFileSync(file));
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Not blank: a card with a title, a chart and a footer has hundreds of colours (anti-aliased text and marks).
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 7) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(100);
  });

  if (name.includes('embed/'))
    it('stays out of search (noindex), and points search at the story', () => {
      expect(meta(doc, 'robots')).toBe('noindex');
      if (published()) expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/$/);
    });
});

describe.each(Object.entries(editions))('the %s story', (id, data) => {
  const path = { en: '', 'sr-Latn': 'sr/', 'sr-Cyrl': 'sr-cyrl/' }[id]!;
  const doc = pages.find((p) => p.name === `${path}index.html`)!.doc;

  it('carries NewsArticle JSON-LD with every field news search reads, from story.json', () => {
    const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).toHaveLength(1);
    const article = JSON.parse(scripts[0].textContent!);
    const s = data!['story.json'];
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: s.headline.replace(/[\uE000\uE001]/g, ''),
      datePublished: s.published,
      dateModified: s.updated ?? s.published,
      inLanguage: doc.documentElement.lang,
      isAccessibleForFree: true,
      url: builtAddress(path, `${path}index.html`),
    });
    for (const field of ['description', 'image', 'author', 'publisher']) expect(article[field], field).toBeTruthy();
    expect(article.image[0]).toBe(meta(doc, 'og:image'));
  });

  it('links its other editions on the site, and says when it was updated', () => {
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('href')!);
    // None in a local build (crawlers take only absolute addresses); the script choice reads meta[name="edition-path"].
    expect(alternates.length).toBe(published() ? Object.keys(editions).length + 1 : 0);
    expect(doc.querySelectorAll('meta[name="edition-path"]').length).toBe(Object.keys(editions).length);
    for (const href of alternates) expect(ofSite(href), href).toBe(true);
    const s = data!['story.json'];
    const times = [...doc.querySelectorAll('.byline time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(s.updated && s.updated !== s.published ? [s.published, s.updated] : [s.published]);
  });
});

describe('the sitemap', () => {
  it.runIf(!published())('is left out of a local build, and no page or props file names the local default address', () => {
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : /\.(html|json|xml|js)$/.test(name) ? [join(dir, name)] : []));
    const origin = new URL(DEFAULT_SITE_URL).host;
    expect(files(dist).filter((f) => readFileSync(f, 'utf8').includes(origin)).map((f) => relative(dist, f))).toEqual([]);
  });

  it.runIf(published())('lists every edition of the story by its absolute address', () => {
    const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(Object.keys(editions).map((id) => new URL(EDITIONS.find((e) => e.id === id)!.path, site).href).sort());
  });
});

describe('each chart’s pictures', () => {
  it('download as CSV (the table), PNG (at least twice its width) and SVG without JavaScript, from the story and from its embed', async () => {
    // Every edition's story and an embed.
    const stories = EDITIONS.filter((e) => editions[e.id]).map((e) => `/${e.path}index.html`);
    for (const path of [...stories, '/embed/debt.html']) {
      const { page, finish } = await openPage(path, { javaScriptEnabled: false });
      // Every chart frame offers one of each, beside its CSV.
      const perFrame = await page.locator('.chart-frame').evaluateAll((frames) =>
        frames.map((f) => [...f.querySelectorAll<HTMLAnchorElement>('a.download')].map((a) => a.pathname.split('.').pop()).sort()),
      );
      expect(perFrame.length, path).toBeGreaterThan(0);
      for (const types of perFrame) expect(types).toEqual(['csv', 'png', 'svg']);
      const links = await page.locator('.chart-frame a.download[href$=".png"], .chart-frame a.download[href$=".svg"]').evaluateAll((as) =>
        [...new Set(as.map((a) => (a as HTMLAnchorElement).href))].map((href) => ({ href, download: as.find((a) => (a as HTMLAnchorElement).href === href)!.hasAttribute('download') })),
      );
      // Each CSV is a file with the frame's table: its header and one line per row. A long table of the story is on the
      // chart's own page, which its panel links to.
      const tables = await page.locator('.chart-frame').evaluateAll((frames) =>
        frames.map((f) => ({
          href: f.querySelector<HTMLAnchorElement>('a.download[href$=".csv"]')!.href,
          rows: f.querySelectorAll('tbody tr').length,
          page: f.querySelector<HTMLAnchorElement>('.long-table a')?.href,
        })),
      );
      for (const table of tables.filter((t) => t.page)) {
        const response = await page.request.get(table.page!);
        expect(response.status(), table.page).toBe(200);
        table.rows = ((await response.text()).match(/<tr[ >]/g)?.length ?? 1) - 1;
        expect(table.rows, `the long table on ${table.page}`).toBeGreaterThan(20);
      }
      for (const { href, rows } of tables) {
        expect(new URL(href).origin).toBe(inject('origin'));
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
        const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.body());
        expect(csv.charCodeAt(0), href).toBe(0xfeff);
        expect(csv.trimEnd().split('\r\n').length, href).toBe(rows + 1);
      }
      for (const { href, download } of links) {
        expect(download).toBe(true);
        expect(new URL(href).origin).toBe(inject('origin'));
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
        const body = await response.body();
        if (href.endsWith('.png')) expect(PNG.sync.read(body).width, href).toBeGreaterThanOrEqual(2 * 600);
        else expect(body.toString('utf8', 0, 200), href).toMatch(/^<svg [^>]*viewBox/);
      }
      await finish({ axe: false });
    }
  });
});
