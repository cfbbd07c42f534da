/** Publishing: the share card drawn from fixture data against its reference image, news metadata, sitemap, site address. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { sceneToSvg, svgToPixels } from '../../src/build/images.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { createI18n } from '../../src/lib/i18n/context.ts';
import { newsArticle } from '../../src/lib/publishing/news-article.ts';
import { shareCard } from '../../src/lib/publishing/pictures/layouts.ts';
import { downloadsOf, pictureOf } from '../../src/lib/publishing/pictures/pictures.ts';
import { CARD, DEFAULT_SITE_URL, relativeAddresses, siteRoot } from '../../src/lib/publishing/site.ts';
import { sitemap } from '../../src/lib/publishing/sitemap.ts';
import { fixture, ROOT } from '../helpers/data.ts';

const REFERENCE = join(ROOT, 'tests', 'fixtures', 'cards', 'debt-card.png');

describe('a share card', () => {
  it('draws the debt chart from fixture data as its committed reference image (within a small tolerance)', async () => {
    const data = fixture();
    const i18n = createI18n('en', data['interface.json'], '', DEFAULT_SITE_URL);
    const picture = pictureOf('debt', data, i18n)!;
    const story = data['story.json'];
    const svg = await sceneToSvg(shareCard(picture, { kicker: story.kicker, title: picture.title, story: story.headline, publisher: story.site.publisher }), CARD.width, CARD.height);
    const drawn = svgToPixels(svg, CARD.width);
    expect([drawn.width, drawn.height]).toEqual([CARD.width, CARD.height]);
    // UPDATE_REFERENCE=1 npx vitest run tests/unit/publishing.test.ts writes a new reference after a deliberate change (look at it).
    if (process.env.UPDATE_REFERENCE) {
      const png = new PNG({ width: drawn.width, height: drawn.height });
      drawn.pixels.copy(png.data);
      writeFileSync(REFERENCE, PNG.sync.write(png));
    }
    const reference = PNG.sync.read(readFileSync(REFERENCE));
    expect([reference.width, reference.height]).toEqual([drawn.width, drawn.height]);
    let differing = 0;
    for (let i = 0; i < reference.data.length; i += 4) {
      const d = Math.max(...[0, 1, 2].map((c) => Math.abs(reference.data[i + c] - drawn.pixels[i + c])));
      if (d > 24) differing++;
    }
    // Anti-aliasing may differ between machines; a changed title, bar or label moves far more than 0.2% of the pixels.
    expect(differing / (CARD.width * CARD.height)).toBeLessThan(0.002);
  });

  it('names its graphic and gives a text alternative from the page’s own words', () => {
    const data = fixture();
    const i18n = createI18n('en', data['interface.json'], '', DEFAULT_SITE_URL);
    for (const id of ['trade-partners', 'china-trade', 'finance', 'debt', 'map', 'timeline'] as const) {
      const picture = pictureOf(id, data, i18n)!;
      expect(picture.title, id).not.toBe('');
      expect(picture.alt.length, id).toBeGreaterThan(30);
    }
    expect(pictureOf('debt', data, i18n)!.file).toBe(data['story.json'].graphics.debt!.file);
  });

  it('links each chart’s downloads to the files its picture is written to, without drawing it', () => {
    const data = fixture();
    const i18n = createI18n('en', data['interface.json'], '', DEFAULT_SITE_URL);
    for (const id of ['trade-partners', 'china-trade', 'finance', 'debt'] as const) {
      const file = pictureOf(id, data, i18n)!.file;
      expect(downloadsOf(id, data, i18n), id).toMatchObject({ png: `images/${file}.png`, svg: `images/${file}.svg` });
    }
    // The trade partners' files are named after the period shown.
    expect(downloadsOf('trade-partners', data, i18n)!.png).toMatch(/\d{4}/);
  });
});

describe('news metadata', () => {
  const story = fixture()['story.json'];
  it('is a NewsArticle with every field news search reads', () => {
    const article = newsArticle({ story, lang: 'en', url: 'https://news.example.org/s/', image: 'https://news.example.org/s/cards/story.png' });
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.headline,
      datePublished: story.published,
      dateModified: story.updated,
      inLanguage: 'en',
      isAccessibleForFree: true,
      image: ['https://news.example.org/s/cards/story.png'],
      publisher: { '@type': 'Organization', name: story.site.publisher },
    });
    expect(article.description).not.toMatch(/[*[\]]/);
  });

  it('a sitemap lists every edition with the others as alternates', () => {
    const xml = sitemap([
      { url: 'https://n.example/s/', lang: 'en', modified: '2026-12-02' },
      { url: 'https://n.example/s/sr/', lang: 'sr-Latn', modified: '2026-12-02' },
    ]);
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml.match(/hreflang="sr-Latn"/g)).toHaveLength(2);
  });
});

describe('the published address', () => {
  it('comes from story.json, a staging override, or the documented local default', () => {
    expect(siteRoot({ site: { url: 'https://news.example.org/s/' } })).toBe('https://news.example.org/s/');
    expect(siteRoot({ site: { url: 'https://news.example.org/s/' } }, 'https://staging.example.org/s')).toBe('https://staging.example.org/s/');
    expect(siteRoot({ site: {} })).toBe('http://localhost:4173/');
  });

  const check = (edit: (story: Record<string, unknown>) => void) => {
    const data = fixture() as unknown as Record<string, unknown>;
    edit(data['story.json'] as Record<string, unknown>);
    const input = Object.fromEntries(Object.entries(data).map(([name, value]) => [name, JSON.stringify(value, null, 2)]));
    return validateData({ files: input });
  };

  it('refuses an address that is not absolute https, naming the field', () => {
    const result = check((story) => ((story.site as Record<string, unknown>).url = 'news.example.org/story'));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.file} ${p.path.join('.')} ${p.message}`).join('\n')).toMatch(/story\.json site\.url .*https:\/\//);
  });

  it('refuses an update before publication, and warns when no address is set', () => {
    const early = check((story) => (story.updated = '2020-01-01'));
    expect(early.problems.find((p) => p.path.join('.') === 'updated')?.message).toMatch(/before published/);
    const unset = check((story) => delete (story.site as Record<string, unknown>).url);
    expect(unset.ok).toBe(true);
    expect(unset.warnings.find((p) => p.path.join('.') === 'site.url')?.message).toMatch(/relative to its page.*before publishing/);
  });

  it('a local build writes every address on the local default relative to its page', () => {
    const site = DEFAULT_SITE_URL;
    const head = `<link rel="canonical" href="${site}sr/"/><meta property="og:image" content="${site}sr/cards/debt.png"/>`;
    expect(relativeAddresses(head, site, 'sr/embed/debt.html')).toBe('<link rel="canonical" href="../"/><meta property="og:image" content="../cards/debt.png"/>');
    const code = `&lt;iframe src="${site}embed/map.html"&gt;&lt;script src="${site}embed.js"`;
    expect(relativeAddresses(code, site, 'index.html')).toBe('&lt;iframe src="embed/map.html"&gt;&lt;script src="embed.js"');
    expect(relativeAddresses(JSON.stringify({ url: site, x: `${site}sr-cyrl/` }), site, 'sr/index.html')).toBe('{"url":"../","x":"../sr-cyrl/"}');
    expect(relativeAddresses(`${site}index.html#section-money`, site, 'sr-cyrl/embed/index.html')).toBe('../../index.html#section-money');
    expect(relativeAddresses('https://www.aiddata.org/data', site, 'index.html')).toBe('https://www.aiddata.org/data');
  });
});
