/**
 * The embeds on other sites: a host page using pym.js's Parent (from npm) and one using our loader each
 * show every embed at its full height, following the host's width both ways; only the embed's own window
 * can set its height; axe passes inside each embed; a chart embed never loads MapLibre.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embedsOf } from '../../src/lib/embeds/embeds.ts';
import { embedSnippet } from '../../src/lib/embeds/snippet.ts';
import { builtAddress, published, readData, site } from './data-files.ts';

const ui = readData('interface.json');
import { fetchHtml, openPage } from './harness.ts';

const EMBEDS = embedsOf(readData('story.json'));
const PYM = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');

function hostPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>body{margin:0;font-family:sans-serif}main{padding:0 8px}</style></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
}

/** pym.js sizes every embed the same way: a chart and the timeline (the tallest page) stand for them all. */
const PYM_EMBEDS = [EMBEDS.find((e) => e.kind === 'chart')!, EMBEDS.find((e) => e.kind === 'timeline')!].filter(Boolean);
const PYM_HOST = hostPage(
  'A host page using pym.js',
  PYM_EMBEDS.map((e) => `<h2>${e.title}</h2><div id="host-${e.id}"></div>`).join('\n') +
    `<script src="/test-host/pym.v1.min.js"></script><script>` +
    PYM_EMBEDS.map((e) => `new pym.Parent('host-${e.id}', '/embed/${e.id}.html', { title: ${JSON.stringify(e.title)} });`).join('\n') +
    `</script>`,
);

const LOADER_HOST = hostPage(
  'A host page using embed.js',
  EMBEDS.map((e) => `<h2>${e.title}</h2>${embedSnippet(`/embed/${e.id}.html`, '/embed.js', e.title)}`).join('\n') +
    // A second frame on the host that tries to set the embeds' height.
    `<iframe id="rogue" title="Another frame" style="height:40px" srcdoc="<p>other</p>"></iframe>`,
);

async function routes(context: BrowserContext): Promise<void> {
  await context.route('**/test-host/pym.v1.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: PYM }));
  await context.route('**/test-host/pym.html', (route) => route.fulfill({ contentType: 'text/html', body: PYM_HOST }));
  await context.route('**/test-host/loader.html', (route) => route.fulfill({ contentType: 'text/html', body: LOADER_HOST }));
}

const iframeOf = (page: Page, id: string) => page.locator(`iframe[src*="/embed/${id}.html"]`);

async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  expect(frame).not.toBeNull();
  return frame!;
}

/** How far the iframe is from fitting its document: 0 when its height is the content's and nothing overflows. */
async function misfit(iframe: Locator): Promise<number> {
  const frame = await frameOf(iframe);
  if (!(await frame.evaluate(() => document.readyState === 'complete').catch(() => false))) return Infinity;
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return { content: root.getBoundingClientRect().height, scroll: root.scrollHeight, client: root.clientHeight };
  });
  const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  // The frame's height is the content's (so it shrinks too), and the document does not scroll inside it.
  return Math.max(Math.abs(height - inner.content), Math.abs(height - inner.scroll), inner.scroll - inner.client);
}

/** Scrolls to each embed (our snippet's iframes load lazily), waits until it fits, returns the heights. */
async function fitAll(page: Page, embeds: typeof EMBEDS): Promise<Record<string, number>> {
  const heights: Record<string, number> = {};
  for (const embed of embeds) {
    const iframe = iframeOf(page, embed.id);
    await iframe.scrollIntoViewIfNeeded();
    await expect.poll(() => misfit(iframe), { message: `${embed.id} fits its content`, timeout: 15_000 }).toBeLessThanOrEqual(2);
    heights[embed.id] = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  }
  return heights;
}

/** At 1200 px, then 360 px (taller embeds), then 1200 px again (they shrink back). */
async function followsWidth(page: Page, embeds = EMBEDS): Promise<void> {
  const wide = await fitAll(page, embeds);
  await page.setViewportSize({ width: 360, height: 800 });
  const narrow = await fitAll(page, embeds);
  await page.setViewportSize({ width: 1200, height: 800 });
  const again = await fitAll(page, embeds);
  for (const { id } of embeds) {
    expect(narrow[id], `${id} grows on a narrow host`).toBeGreaterThan(wide[id]);
    expect(Math.abs(again[id] - wide[id]), `${id} shrinks back`).toBeLessThanOrEqual(2);
  }
}

const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);

describe('embeds on a host page', () => {
  it('with pym.js’s Parent: a chart and the timeline at their full height, following the width both ways', async () => {
    const open = await openPage('/test-host/pym.html', { width: 1200, height: 800, setup: routes });
    expect(await open.page.locator('iframe').count()).toBe(PYM_EMBEDS.length);
    await followsWidth(open.page, PYM_EMBEDS);
    await open.finish({ axe: false }); // axe runs inside every embed on the loader's host page below
  }, 180_000);

  it('with our loader: every embed the same, axe passes in each, a message from any other window is ignored, and no chart embed loads MapLibre', async () => {
    const framesRequesting: { frame: string; url: string }[] = [];
    const setup = async (context: BrowserContext) => {
      await routes(context);
      context.on('request', (request) => framesRequesting.push({ frame: request.frame().url(), url: request.url() }));
    };
    const open = await openPage('/test-host/loader.html', { width: 1200, height: 800, setup });
    await followsWidth(open.page);

    const iframe = iframeOf(open.page, 'debt');
    const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const forged = 'pymxPYMxxPYMxheightxPYMx4321';
    // From the host's own window, and from another frame on the host:
    await open.page.evaluate((message) => window.postMessage(message, '*'), forged);
    await open.page.frameLocator('#rogue').locator('p').evaluate((p, message) => p.ownerDocument.defaultView!.parent.postMessage(message, '*'), forged);
    await open.page.waitForTimeout(300);
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height), 'height after forged messages').toBe(height);
    // The same message from the embed's own window is obeyed (the check above is not vacuous) …
    const frame = await frameOf(iframe);
    await frame.evaluate((message) => window.parent.postMessage(message, '*'), forged);
    await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(4321);
    // … and a width message from the host makes the embed report its true height again.
    await iframe.evaluate((el: HTMLIFrameElement) => el.contentWindow!.postMessage('pymxPYMxxPYMxwidthxPYMx1000', '*'));
    await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(2);

    for (const embed of EMBEDS.filter((e) => e.kind === 'chart')) {
      const requests = framesRequesting.filter((r) => r.frame.includes(`/embed/${embed.id}.html`));
      expect(requests.length, `${embed.id} loaded`).toBeGreaterThan(0);
      expect(requests.filter((r) => /maplibre/i.test(r.url)), `${embed.id} loads no MapLibre`).toEqual([]);
    }
    await open.finish();
  }, 180_000);
});

describe('embed options in the URL', () => {
  it('?theme=dark&title=0&currency=EUR: dark colours, the title only for screen readers, the chart in euros', async () => {
    const open = await openPage('/embed/china-trade.html?theme=dark&title=0&currency=EUR', { colorScheme: 'light', width: 600 });
    const { page } = open;
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
    const title = page.locator('.chart-title');
    expect(await title.textContent()).toBeTruthy();
    expect(await title.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    const island = page.locator('[data-island="china-trade"]');
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');
    expect(JSON.parse((await island.locator('[data-state]').getAttribute('data-state'))!)).toEqual({ currency: 'EUR' });
    expect(await island.getByRole('radio', { name: 'EUR' }).isChecked()).toBe(true);
    expect(await page.locator('.chart-subtitle').textContent()).toContain('in EUR');
    await open.finish();
  });

  it('?theme=light wins over a dark system; invalid options are ignored', async () => {
    const open = await openPage('/embed/china-trade.html?theme=light&currency=XYZ&year=abc', { colorScheme: 'dark', width: 600 });
    const { page } = open;
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
    const island = page.locator('[data-island="china-trade"]');
    await expect.poll(() => island.getAttribute('data-hydrated')).toBe('true');
    const initial = EMBEDS.find((e) => e.id === 'china-trade')!.state;
    expect(JSON.parse((await island.locator('[data-state]').getAttribute('data-state'))!)).toEqual(initial);
    expect(await page.locator('.chart-title').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(100);
    await open.finish();
  });

  it('without options, an embed follows the system’s dark mode', async () => {
    const open = await openPage('/embed/debt.html', { colorScheme: 'dark', width: 375 });
    expect(await open.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
    await open.finish();
  });
});

describe('embed pages as HTML', () => {
  it('carry noindex, a canonical link to the story, Open Graph tags, new-tab links and a link back', async () => {
    for (const embed of EMBEDS) {
      const html = await fetchHtml(`/embed/${embed.id}.html`);
      expect(html, embed.id).toContain('<meta name="robots" content="noindex"');
      if (published()) expect(html).toContain(`<link rel="canonical" href="${builtAddress('', `embed/${embed.id}.html`)}"`);
      else expect(html).not.toContain('rel="canonical"');
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html).toContain('<base target="_blank"');
      const page = new jsdom.JSDOM(html).window.document;
      const credit = page.querySelector('.embed-credit')!;
      expect(credit.textContent!.startsWith(`${ui.embed.page.from} `)).toBe(true);
      expect(credit.querySelector('a')!.getAttribute('href')).toBe(`../index.html#${embed.sectionId}`);
      expect(credit.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
      // (A drawing's reference to its own page stays: the map's <use href="#…"> of its countries.)
      expect([...page.querySelectorAll('a[href^="#"]')].map((a) => a.outerHTML), 'in-page links point to the story').toEqual([]);
      if (embed.kind === 'chart') expect(html, 'a chart embed has the graphic prerendered').toContain(`data-island="${embed.id}"`);
    }
  });
});

describe('the Embed panel under each graphic, and the previewer', () => {
  it('shows the snippet with full addresses, copies it, and previews the embed at its height', async () => {
    const open = await openPage('/', { width: 1280 });
    const { page } = open;
    const panels = page.locator('details.embed-share');
    expect(await panels.count()).toBe(EMBEDS.length);
    const island = page.locator('[data-island="embed-share"]').nth(EMBEDS.findIndex((e) => e.id === 'debt'));
    const panel = island.locator('details');
    // Sections far down render lazily (content-visibility) and move as they do: scroll until the island is hydrated.
    await expect
      .poll(async () => {
        await island.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        return island.getAttribute('data-hydrated');
      })
      .toBe('true');
    await panel.locator('summary').click();
    const field = panel.locator('textarea');
    // The site's published address (story.json › site › url); a local build's code is completed from where the page is served.
    const base = published() ? site() : new URL('./', page.url()).href;
    expect(base).not.toContain('localhost:4173');
    expect(await field.inputValue()).toBe(embedSnippet(`${base}embed/debt.html`, `${base}embed.js`, EMBEDS.find((e) => e.id === 'debt')!.title));
    await panel.getByRole('button', { name: ui.embed.share.copy }).click();
    await expect.poll(async () => [ui.embed.share.copied, ui.embed.share.copyByHand].includes((await panel.getByRole('status').textContent()) ?? '')).toBe(true);
    await panel.getByRole('button', { name: ui.embed.share.preview }).click();
    const preview = panel.locator('iframe');
    await expect.poll(() => misfit(preview), { timeout: 15_000 }).toBeLessThanOrEqual(2);
    await open.finish({ axe: '.embed-share' });
  });

  it('previewer: every embed in a frame from 300 to 1200 px, its height following the width', async () => {
    const open = await openPage('/embed/index.html', { width: 1280 });
    const { page } = open;
    expect(await page.locator('.host-frame iframe').count()).toBe(EMBEDS.length);
    const slider = page.locator('input[data-frame="frame-finance"]');
    expect(await slider.getAttribute('min')).toBe('300');
    expect(await slider.getAttribute('max')).toBe('1200');
    const iframe = page.locator('#frame-finance iframe');
    await iframe.scrollIntoViewIfNeeded();
    await expect.poll(() => misfit(iframe), { timeout: 15_000 }).toBeLessThanOrEqual(2);
    const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    await slider.fill('300');
    expect(await page.locator('#frame-finance').evaluate((el) => el.getBoundingClientRect().width)).toBe(300);
    await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(2);
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(before);
    await open.finish({ axe: { exclude: 'iframe' } }); // every embed is checked by axe inside the loader's host page above
  });
});
