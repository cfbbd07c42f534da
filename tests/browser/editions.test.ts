/**
 * The three editions of the built site: English, Serbian in Latin script (sr/) and in Cyrillic (sr-cyrl/).
 * Relations only: each page is checked against its edition's data as the build merged it, so any valid edit
 * of data/ or data/sr/ keeps these green.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasGloss } from '../../src/lib/data/source-names.ts';
import { embedsOf } from '../../src/lib/embeds/embeds.ts';
import { embedSnippet } from '../../src/lib/embeds/snippet.ts';
import { periodsFrom } from '../../src/lib/graphics/trade-partners/model.ts';
import { plain } from '../../src/lib/i18n/fallback.ts';
import { EDITIONS, type Edition } from '../../src/lib/i18n/editions.ts';
import { CYRILLIC_NAMES, KEEP_LATIN, toCyrillic } from '../../src/lib/i18n/transliterate.ts';
import { DATA_DIR } from '../helpers/data.ts';
import { builtAddress, editionData, editionI18n, published, readData } from './data-files.ts';
import { fetchHtml, openPage } from './harness.ts';
import { SUB_PATH } from './static-server.ts';

const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);
const pathOf = (edition: Edition) => `/${edition.path}`;
const byId = (id: Edition['id']) => EDITIONS.find((e) => e.id === id)!;
const MARKS = /[\uE000\uE001]/;
/** The page as a reader gets it, without its scripts (the islands' props keep the English markers for hydration). */
function withoutScripts(html: string): Document {
  const doc = new jsdom.JSDOM(html).window.document;
  doc.querySelectorAll('script').forEach((s) => s.remove());
  return doc;
}
const markersIn = (doc: Document) => (doc.documentElement.outerHTML.match(/.{0,40}[\uE000\uE001].{0,40}/g) ?? []).slice(0, 5);

describe.each(EDITIONS)('the $id edition, prerendered', (edition) => {
  const data = editionData(edition.id);
  const story = data['story.json'];

  it('has its language, its headline, every section heading, and links to the other editions', async () => {
    const doc = withoutScripts(await fetchHtml(pathOf(edition)));
    expect(markersIn(doc), 'no English marker character left in the HTML').toEqual([]);
    expect(doc.documentElement.lang).toBe(edition.lang);
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([plain(story.headline)]);
    expect([...doc.querySelectorAll('section > h2')].map((h) => h.textContent)).toEqual(story.sections.map((s) => plain(s.heading)));
    // Each edition by its published address (story.json › site › url; none in a local build, where crawlers could use
    // no address), and by its path from here for the script choice.
    const here = `${edition.path}index.html`;
    const alternates = Object.fromEntries([...doc.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.getAttribute('href')]));
    const paths = Object.fromEntries([...doc.querySelectorAll<HTMLMetaElement>('meta[name="edition-path"]')].map((m) => [m.dataset.hreflang, m.content]));
    const up = edition.path ? '../' : '';
    expect(alternates).toEqual(
      published() ? { ...Object.fromEntries(EDITIONS.map((e) => [e.lang, builtAddress(e.path, here)])), 'x-default': builtAddress('', here) } : {},
    );
    expect(paths).toEqual(Object.fromEntries(EDITIONS.map((e) => [e.lang, `${up}${e.path}index.html`])));
    // The switch: the other editions, each named in its own language and script.
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav.editions a')];
    expect(links.map((a) => a.lang)).toEqual(EDITIONS.map((e) => e.lang));
    expect(links.find((a) => a.lang === edition.lang)!.getAttribute('aria-current')).toBe('page');
  });

  it('has every embed, in its language, and the story’s embed code points at them', async () => {
    const embeds = embedsOf(story);
    for (const embed of embeds) {
      const page = withoutScripts(await fetchHtml(`${pathOf(edition)}embed/${embed.id}.html`));
      expect(page.documentElement.lang).toBe(edition.lang);
      expect(markersIn(page), `no English marker character left in embed/${embed.id}.html`).toEqual([]);
    }
    const doc = new jsdom.JSDOM(await fetchHtml(pathOf(edition))).window.document;
    const snippets = [...doc.querySelectorAll<HTMLTextAreaElement>('details.embed-share textarea')].map((t) => t.value);
    expect(snippets.length).toBe(embeds.length);
    // The published addresses (story.json › site › url) of this edition's embeds; the loader is one file at the site's root.
    // (A local build's are paths from the page, completed in the browser.)
    const code = (from: string) => embeds.map((e) => embedSnippet(builtAddress(`${edition.path}embed/${e.id}.html`, from), builtAddress('embed.js', from), plain(e.title)));
    for (const snippet of code(`${edition.path}index.html`)) expect(snippets).toContain(snippet);
    // The previewer gives the same code.
    const previewCode = [...new jsdom.JSDOM(await fetchHtml(`${pathOf(edition)}embed/index.html`)).window.document.querySelectorAll('textarea')].map((t) => t.value);
    for (const snippet of code(`${edition.path}embed/index.html`)) expect(previewCode).toContain(snippet);
    const previewer = new jsdom.JSDOM(await fetchHtml(`${pathOf(edition)}embed/index.html`)).window.document;
    expect(previewer.documentElement.lang).toBe(edition.lang);
    expect([...previewer.querySelectorAll<HTMLAnchorElement>('nav.editions a[data-edition]')].map((a) => a.getAttribute('href')).sort()).toEqual(
      EDITIONS.filter((e) => e.id !== edition.id).map((e) => `../${edition.path ? '../' : ''}${e.path}embed/index.html`).sort(),
    );
    expect([...previewer.querySelectorAll('iframe')].map((f) => f.getAttribute('src'))).toEqual(embeds.map((e) => `${e.id}.html`));
    // …and lists each embed in the other editions.
    const up = edition.path ? '../' : '';
    for (const embed of embeds)
      expect([...previewer.getElementById(`preview-${embed.id}`)!.closest('section')!.querySelectorAll('.editions-of a')].map((a) => a.getAttribute('href')).sort()).toEqual(
        EDITIONS.filter((e) => e.id !== edition.id).map((e) => `../${up}${e.path}embed/${embed.id}.html`).sort(),
      );
  });
});

describe('downloads', () => {
  it.each(EDITIONS.map((e) => e.id))('%s: every file a reader downloads has a plain ASCII name, and the link reaches it', async (id) => {
    const edition = byId(id);
    const doc = withoutScripts(await fetchHtml(pathOf(edition)));
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('a.download')];
    expect(links.length, 'the charts offer downloads').toBeGreaterThan(0);
    for (const a of links) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('data:')) continue;
      expect(href, 'an address in a–z, digits, hyphens').toMatch(/^[a-z]+\/[a-z0-9-]+\.(csv|png|svg)$/);
      const name = a.getAttribute('download');
      if (name) expect(name).toBe(href.split('/').pop());
      expect((await fetchHtml(`${pathOf(edition)}${href}`)).length, href).toBeGreaterThan(0);
    }
  });
});

describe('a Serbian edition without JavaScript', () => {
  it('reads whole: the headline, every paragraph, every step, every event', async () => {
    const edition = byId('sr-Cyrl');
    const data = editionData(edition.id);
    const { page, finish } = await openPage(pathOf(edition), { javaScriptEnabled: false, width: 375 });
    await expect(page.locator('h1').textContent()).resolves.toBe(plain(data['story.json'].headline));
    const steps = data['story.json'].sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'scrolly' ? b.steps.length : 0)));
    expect(await page.locator('[data-step]').count()).toBe(steps.reduce((a, b) => a + b, 0));
    expect(await page.locator('[data-timeline] li[data-category]').count()).toBe(data['timeline.json'].events.length);
    const firstEvent = data['timeline.json'].events[0];
    await expect(page.locator(`#event-${firstEvent.id} h4`).textContent()).resolves.toBe(plain(firstEvent.title));
    await finish({ axe: false }); // axe needs JavaScript
  });
});

describe('the language and script switch', () => {
  it('keeps the reader’s section, remembers the chosen script without a cookie, and opens it next time', async () => {
    const { page, context, finish } = await openPage(pathOf(byId('sr-Latn')), { reducedMotion: 'reduce' });
    const section = readData('story.json').sections.at(-2)!.id;
    await page.locator(`#${section}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // Scrolling up a little brings the switch back to the top of the screen, where the reader is.
    await page.mouse.wheel(0, -120);
    const nav = page.locator('nav.editions');
    await expect.poll(() => nav.evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
    expect(await page.locator(`#${section}`).evaluate((el) => el.getBoundingClientRect().top < innerHeight / 3)).toBe(true);
    const scrolled = await page.evaluate(() => scrollY);
    await page.locator('nav.editions a[lang="sr-Cyrl"]').click();
    // The address is what is checked: not waiting for the whole Cyrillic page to load (slow on a busy machine).
    await page.waitForURL(/\/sr-cyrl\/index\.html#/, { waitUntil: 'commit' });
    expect(new URL(page.url()).hash).toBe(`#${section}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sr-Cyrl');
    expect(await context.cookies()).toEqual([]);
    expect(scrolled, 'the switch was used mid-story').toBeGreaterThan(2000);
    // The Latin address now opens the Cyrillic edition, keeping its hash; English stays English.
    await page.goto(new URL('../sr/index.html#lead', page.url()).href);
    await page.waitForURL(/\/sr-cyrl\/index\.html#lead$/, { waitUntil: 'commit' });
    await page.goto(new URL('../index.html', page.url()).href);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Choosing Latin again is remembered the same way.
    await page.goto(new URL('sr-cyrl/index.html', page.url()).href);
    await page.locator('nav.editions a[lang="sr-Latn"]').click();
    await page.waitForURL(/\/sr\/index\.html/, { waitUntil: 'commit' });
    await page.goto(new URL('../sr-cyrl/index.html', page.url()).href);
    await page.waitForURL(/\/sr\/index\.html/, { waitUntil: 'commit' });
    await finish({ axe: 'nav.editions' });
  });

  it('the Serbian editions work from a sub-path', async () => {
    const { page, finish } = await openPage(`${SUB_PATH}sr-cyrl/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    const island = page.locator('[data-island]').first();
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');
    await finish({ axe: 'nav.editions' });
  });
});

/**
 * Every word in Latin letters a reader of the page meets in the page's own language (text and the attributes
 * read aloud), each with the few characters before it: a unit stays Latin only after a number ("50.000 t").
 */
async function latinWordsOnPage(page: import('playwright-core').Page, documented: RegExp): Promise<{ word: string; before: string }[]> {
  return page.evaluate(([source, flags]) => {
    const re = /\p{Script=Latin}[\p{L}\p{N}.&/²³-]*/gu;
    const phrases = new RegExp(source, flags);
    const pageLang = document.documentElement.lang;
    // Leaves out code and parts in another language.
    const skip = (el: Element) => !!el.closest('noscript, script, style, textarea') || el.closest('[lang]')!.getAttribute('lang') !== pageLang;
    const found: { word: string; before: string }[] = [];
    const scan = (raw: string) => {
      const text = raw.replace(phrases, (m) => ' '.repeat(m.length));
      for (const m of text.matchAll(re)) found.push({ word: m[0].replace(/[.]+$/, ''), before: text.slice(Math.max(0, m.index - 12), m.index) });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skip(node.parentElement!)) scan(node.textContent!);
    for (const el of document.body.querySelectorAll('[aria-label], [alt], [title]'))
      if (!skip(el)) for (const name of ['aria-label', 'alt', 'title']) scan(el.getAttribute(name) ?? '');
    return found;
  }, [documented.source, documented.flags] as const);
}

/**
 * What the Serbian editions show in Latin or in English on purpose, each documented where it is kept, as phrases
 * matched whole: {{latin:…}} in data/sr/ (keyboard keys, foreign outlets inside a Serbian source name), the keep-list
 * (KEEP_LATIN in transliterate.ts: foreign brands, acronyms, units), the names the Cyrillic edition transcribes
 * (CYRILLIC_NAMES: Zijin, Minth, Huawei, with any ending) as the Latin edition writes them, companies' names as written
 * (projects.json › companies), and a source's name as published without a gloss in brackets that
 * interface.json › sourceNames leaves as it is (Reuters, Railway Gazette). Text marked English ({{en:…}}, a text not
 * translated yet) carries lang="en" and is not read at all.
 */
function documentedPhrases(edition: Edition['id']): RegExp {
  const phrases = new Set<string>();
  const dir = join(DATA_DIR, 'sr');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/\{\{latin:([^}]*)\}\}/g)) phrases.add(m[1]);
  for (const project of editionData(edition)['projects.json'].projects) project.companies.forEach((c) => phrases.add(plain(c)));
  KEEP_LATIN.forEach((k) => phrases.add(k));
  const renamed = editionData(edition)['interface.json'].sourceNames ?? {};
  // A name with a gloss in brackets that sourceNames leaves out is English, shown marked as English (source-names.ts).
  for (const name of sourceNamesAsPublished()) if (!(name in renamed) && !hasGloss(name)) phrases.add(name);
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...phrases].filter(Boolean).sort((x, y) => y.length - x.length).map(escape);
  // Last, so that a company's full name (Xingyu Automotive Lighting Systems) is matched whole first.
  alternatives.push(...Object.keys(CYRILLIC_NAMES).map((n) => `${escape(n)}\\p{Ll}*`));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every source's name as the English files publish it. */
function sourceNamesAsPublished(): Set<string> {
  const names = new Set<string>();
  const walk = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) v.forEach((x) => (key === 'sources' && x && typeof x === 'object' && typeof x.name === 'string' ? names.add(x.name) : walk(x)));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
  };
  for (const file of ['story.json', 'projects.json', 'timeline.json', 'china-trade.json', 'trade-partners.json', 'debt.json'] as const) walk(readData(file));
  return names;
}

/**
 * English in a Serbian page: a word from this list of English words that Serbian does not share (the glosses and
 * words a translation forgets: "minister Momirović", "Government of Serbia", "Wikipedia mirror", "via N1",
 * AidData's "Completion"), or a word spelled as only English spells (th, ph, ck, -tion, a doubled consonant
 * Serbian never doubles) or with q, w, x, y.
 */
const ENGLISH_WORDS = new Set(
  ('the of and or for with from by via at is are was were this that which who into about after before between ' +
    'minister ministry government prime pm president twitter mirror embassy consulate website notice service release repost ' +
    'delegation roads foundation completion implementation pipeline commitment committed constant dollars ' +
    'corridor expressway motorway railway bridge plant factory copper steel tyre power unit bank loan ' +
    'china chinese serbia serbian belgrade trade exports imports debt project projects source sources unverified approximate')
    .split(' '),
);
const ENGLISH_SPELLING = /th|ph|ck|tion|^sh(?!v)|([bcfgklmnprstz])\1|[qwxy]/iu;
const LATIN = /\p{Script=Latin}/u;

/** Words in the page's own language (text and what is read aloud), documented phrases left out, each with the characters before it. */
function wordsOf(doc: Document, documented: RegExp): { word: string; before: string }[] {
  const pageLang = doc.documentElement.lang;
  const skip = (el: Element) => !!el.closest('noscript, script, style, textarea') || el.closest('[lang]')!.getAttribute('lang') !== pageLang;
  const found: { word: string; before: string }[] = [];
  const scan = (raw: string) => {
    const text = raw.replace(documented, (m) => ' '.repeat(m.length));
    for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.&/²³'’-]*/gu))
      found.push({ word: m[0].replace(/[.'’-]+$/, ''), before: text.slice(Math.max(0, m.index - 12), m.index) });
  };
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skip(node.parentElement!)) scan(node.textContent!);
  for (const el of doc.body.querySelectorAll('[aria-label], [alt], [title]'))
    if (!skip(el)) for (const name of ['aria-label', 'alt', 'title']) scan(el.getAttribute(name) ?? '');
  return found;
}

const isDomain = (w: string) => /\.[a-z]{2,}(?:\/\S*)?$/.test(w);
/** Kept in Latin by a documented rule of transliterate.ts: a code (B92, FK-3), a unit after a number (5 t), a domain, a Roman numeral. */
const keptByRule = ({ word, before }: { word: string; before: string }) =>
  toCyrillic(before + word).endsWith(word) && (/\p{N}/u.test(word) || isDomain(word) || !/[qwxyQWXY]/.test(word));

/** Each word once, with what comes before it where it first appears. */
function firstOfEach(found: { word: string; before: string }[]): { word: string; before: string }[] {
  const seen = new Map<string, { word: string; before: string }>();
  for (const w of found) if (!seen.has(w.word)) seen.set(w.word, w);
  return [...seen.values()];
}
/** "word (after “…”)": where a failure's word is. */
const located = (found: { word: string; before: string }[]) => found.map((w) => `${w.word} (after “${w.before.trim()}”)`);

/** English words in a page that no documented exception covers. */
function strayEnglish(doc: Document, edition: Edition['id']): { word: string; before: string }[] {
  const english = (w: string) => LATIN.test(w) && !/\p{N}/u.test(w) && !isDomain(w) && (ENGLISH_WORDS.has(w.toLowerCase()) || ENGLISH_SPELLING.test(w));
  return firstOfEach(wordsOf(doc, documentedPhrases(edition)).filter((w) => english(w.word)));
}

describe('English in the Serbian editions', () => {
  it.each(['sr-Latn', 'sr-Cyrl'] as const)('%s: no English word outside the documented exceptions and text marked English', async (id) => {
    const edition = byId(id);
    const pages = [pathOf(edition), ...embedsOf(editionData(id)['story.json']).map((e) => `${pathOf(edition)}embed/${e.id}.html`)];
    const stray: Record<string, string[]> = {};
    for (const path of pages) {
      const found = strayEnglish(withoutScripts(await fetchHtml(path)), id);
      if (found.length) stray[path] = located(found);
    }
    expect(stray, 'English words a reader of the Serbian edition would meet (translate them, mark them {{en:…}}, or document them)').toEqual({});
  });

  it('counts English it is shown, and not English marked as such', () => {
    const doc = new jsdom.JSDOM(
      '<html lang="sr-Latn"><body><p>Prema rečima ministra, minister Momirović (via N1): <span lang="en">Wikipedia mirror</span>; Kurir, Tanjug.</p><a href="https://x.rs">Government of Serbia</a></body></html>',
    ).window.document;
    expect(strayEnglish(doc, 'sr-Latn').map((w) => w.word)).toEqual(['minister', 'via', 'Government', 'of', 'Serbia']);
  });
});

/** Latin words of the Cyrillic edition that no documented exception covers. */
function strayLatin(doc: Document): { word: string; before: string }[] {
  return firstOfEach(wordsOf(doc, documentedPhrases('sr-Cyrl')).filter((w) => LATIN.test(w.word) && !keptByRule(w)));
}

describe('Latin in the Cyrillic edition', () => {
  it('lists no Latin word outside the documented exceptions, on the story and every embed', async () => {
    const edition = byId('sr-Cyrl');
    const pages = [pathOf(edition), ...embedsOf(editionData('sr-Cyrl')['story.json']).map((e) => `${pathOf(edition)}embed/${e.id}.html`)];
    const stray: Record<string, string[]> = {};
    for (const path of pages) {
      const found = strayLatin(withoutScripts(await fetchHtml(path)));
      if (found.length) stray[path] = located(found);
    }
    expect(stray).toEqual({});
  });

  it('finds a half-Latin word, an English word kept Latin and a Serbian word in Latin, and passes codes, units and what is marked', () => {
    const doc = new jsdom.JSDOM(
      '<html lang="sr-Cyrl"><body><p>Фабрика Linglongu, Highway, 1.507 m, FK-3, <span lang="en">Joint Sea-2024</span>.</p><a href="https://x.rs">Beograd</a></body></html>',
    ).window.document;
    expect(strayLatin(doc).map((w) => w.word)).toEqual(['Linglongu', 'Highway', 'Beograd']);
  });
});

describe('the Cyrillic edition, with JavaScript', () => {
  it('hydrates every island; charts, map, steps and timeline speak Serbian in Cyrillic; no Serbian word is left in Latin (counted)', async () => {
    const edition = byId('sr-Cyrl');
    const data = editionData(edition.id);
    const { format } = editionI18n(edition.id);
    const { page, finish } = await openPage(pathOf(edition), { reducedMotion: 'reduce', width: 1280, colorScheme: 'dark' });
    const islands = page.locator('[data-island]');
    const count = await islands.count();
    for (let i = 0; i < count; i++) {
      await islands.nth(i).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect.poll(() => islands.nth(i).getAttribute('data-hydrated'), { timeout: 30_000 }).toBe('true');
    }
    // Scroll steps: the first scrolly's last step sets its graphic's state.
    const scrolly = page.locator('[data-scrolly]').first();
    const last = scrolly.locator('[data-step]').last();
    await last.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(() => last.getAttribute('class')).toContain('is-active');
    // Charts: the trade partners' table in Serbian number style, the partners by their Serbian names.
    const partners = page.locator('[data-island="trade-partners"]').last();
    // A period whose figures have decimals, to see the decimal comma (each period has one precision).
    const withDecimals = periodsFrom(data['trade-partners.json'].series).find((p) => p.decimals > 0);
    if (withDecimals) {
      await partners.locator(`input[type="radio"][value="${withDecimals.period}"]`).check();
      await expect.poll(() => partners.locator('tbody tr').count()).toBe(withDecimals.rows.length);
    }
    const names = await partners.locator('tbody th').allTextContents();
    const labels = data['trade-partners.json'].series.flatMap((s) => s.partners.map((p) => plain((p as { label?: string }).label ?? p.partner)));
    for (const name of names) expect(labels).toContain(name);
    const cells = (await partners.locator('tbody td.num').allTextContents()).filter((c) => /\d/.test(c));
    for (const cell of cells) expect(cell, 'a decimal comma, a point between thousands').toMatch(/^\d{1,3}(\.\d{3})*(,\d+)?$/);
    expect(cells.some((c) => c.includes(','))).toBe(withDecimals !== undefined);
    const csv = decodeURIComponent((await partners.locator('a.download[href^="data:"]').getAttribute('href'))!.split(',').slice(1).join(','));
    expect(csv.split('\r\n')[0]).toContain(';');
    // The map: drawn, its project list in Cyrillic.
    const map = page.locator('.projects .project-map');
    await map.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-map-status') === 'ready', await map.elementHandle(), { timeout: 30_000 });
    // The timeline: every event, its dates in Serbian.
    const events = data['timeline.json'].events;
    expect(await page.locator('[data-timeline] li[data-category]').count()).toBe(events.length);
    const dated = events.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))!;
    expect(await page.locator(`#event-${dated.id}`).textContent()).toContain(format.date(dated.date));

    // No marker characters, and no word in Latin that is not kept in Latin on purpose.
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(MARKS);
    const latin = await latinWordsOnPage(page, documentedPhrases('sr-Cyrl'));
    const stray = [...new Set(latin.filter((w) => !keptByRule(w)).map((w) => w.word))];
    expect(latin.length, 'the page has Latin words (brands, codes, units) to count').toBeGreaterThan(0);
    expect(stray, 'Latin words in the Cyrillic edition that the transliteration should have changed').toEqual([]);
    await finish(); // axe on the whole page: 1280 px, dark
  }, 180_000);

  it('fits at 375 px in light mode', async () => {
    const { page, finish } = await openPage(pathOf(byId('sr-Cyrl')), { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    await finish({ axe: 'main > article > header' });
  });
});

// Whole-page axe: at 1280 px dark on the Cyrillic page above, with every island live; at 375 px light on the English
// story (story-page.test.ts): the same markup and colours, in both scripts. Here the Latin page's own header.
describe('the Latin edition', () => {
  it('fits at 375 px in light mode and at 1280 px in dark mode', async () => {
    const { page, finish } = await openPage(pathOf(byId('sr-Latn')), { width: 375 });
    for (const [width, colorScheme] of [
      [375, 'light'],
      [1280, 'dark'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    }
    await finish({ axe: 'main > article > header' });
  });
});
