/**
 * Opens pages of the built site in the shared Chromium and watches them as a strict reader would:
 * any request outside the page's origin, any console error or uncaught exception, any id used twice in a
 * page or its frames, and any axe-core violation fails the test.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

let browser: Promise<Browser> | undefined;

export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('wsEndpoint'));
  return browser;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
  /** A touch screen (Playwright's tap). */
  hasTouch?: boolean;
  /** Device pixels per CSS pixel (a phone's is not 1: text is laid out at its resolution). */
  deviceScaleFactor?: number;
  /** Serve from this origin instead of the built site (e.g. a dev server). */
  origin?: string;
  /** Runs before the page loads, e.g. to add routes (test host pages) with `context.route`. */
  setup?: (context: BrowserContext) => Promise<void>;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  url: string;
  externalRequests: string[];
  errors: string[];
  /**
   * Runs axe, then asserts no violation, no outside request and no error; closes the context.
   * `axe` is true (the whole page), a CSS selector (only that part: for tests of one component, whose
   * page is checked whole elsewhere), `{ exclude }` (the page but that part, e.g. frames whose pages are checked
   * elsewhere), or false (only where axe cannot run, e.g. without JavaScript).
   */
  finish(options?: { axe?: boolean | string | { exclude: string }; allowErrors?: boolean }): Promise<void>;
}

export async function openPage(path: string, options: OpenOptions = {}): Promise<OpenPage> {
  const origin = options.origin ?? inject('origin');
  const context = await (await sharedBrowser()).newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    hasTouch: options.hasTouch ?? false,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  await options.setup?.(context);
  const page = await context.newPage();
  const externalRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) externalRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  const url = origin + path;
  await page.goto(url, { waitUntil: 'load' });

  return {
    page,
    context,
    url,
    externalRequests,
    errors,
    async finish({ axe = true, allowErrors = false } = {}) {
      try {
        // axe only lists duplicate ids as "needs review": a page that reuses an id fails here.
        for (const frame of page.frames()) {
          const duplicates = await frame
            .evaluate(() => {
              const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
              return ids.filter((id, i) => ids.indexOf(id) !== i);
            })
            .catch(() => [] as string[]);
          expect(duplicates, `ids used twice in ${frame.url()}`).toEqual([]);
        }
        if (axe) {
          let builder = new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .options({ resultTypes: ['violations'] });
          if (typeof axe === 'string') builder = builder.include(axe);
          else if (typeof axe === 'object') builder = builder.exclude(axe.exclude);
          const results = await builder.analyze();
          const violations = results.violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
          );
          expect(violations, `axe violations on ${url}`).toEqual([]);
        }
        expect(externalRequests, `requests outside ${origin}`).toEqual([]);
        if (!allowErrors) expect(errors, `errors on ${url}`).toEqual([]);
      } finally {
        await context.close();
      }
    },
  };
}

/**
 * Waits until the page's fonts are in: its late font stylesheet (src/lib/story/late-fonts.ts) linked and read,
 * and every face it declares loaded (a face first used later would otherwise arrive between two measurements).
 */
export async function fontsLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const late = document.querySelector('noscript[data-late-fonts]');
    const link = document.querySelector<HTMLLinkElement>('link[data-fonts]');
    return !late || Boolean(link?.sheet);
  });
  await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())));
}

/** The raw HTML the server sends, before any JavaScript runs. */
export async function fetchHtml(path: string): Promise<string> {
  const response = await fetch(inject('origin') + path);
  expect(response.status).toBe(200);
  return response.text();
}
