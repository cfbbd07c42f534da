/**
 * Nothing clipped in the embeds: every embed of every edition, on a host page that sizes it with embed.js, at 320, 375
 * and 1280 px: no text of its chart, map or timeline lies outside the graphic or the page, is cut by a box, ends in an
 * ellipsis or lies on another text (text-fit.ts). One host page per edition holds every embed, resized from the widest
 * screen to the narrowest. The story's graphics are checked the same way in reading.test.ts.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embedsOf } from '../../src/lib/embeds/embeds.ts';
import { embedSnippet } from '../../src/lib/embeds/snippet.ts';
import { EDITIONS } from '../../src/lib/i18n/editions.ts';
import { readData } from './data-files.ts';
import { openPage } from './harness.ts';
import { GRAPHICS, WORD_WIDTHS, layOutEverything, settledTextProblems } from './text-fit.ts';

const EMBEDS = embedsOf(readData('story.json'));

function hostPage(path: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Every embed</title><style>body{margin:0;font-family:sans-serif}main{padding:0}</style></head><body><main>
${EMBEDS.map((e) => embedSnippet(`/${path}embed/${e.id}.html`, '/embed.js', e.title)).join('\n')}</main></body></html>`;
}

describe('the words of every embed fit', () => {
  it.each(EDITIONS.map((e) => [e.lang, e] as const))('in %s, at 320, 375 and 1280 px', async (_, edition) => {
    const { page, finish } = await openPage('/test-host/every-embed.html', {
      width: Math.max(...WORD_WIDTHS),
      reducedMotion: 'reduce',
      setup: async (context) => {
        await context.route('**/test-host/every-embed.html', (route) => route.fulfill({ contentType: 'text/html', body: hostPage(edition.path) }));
      },
    });
    const iframes = page.locator('iframe[data-serbia-china-embed]');
    expect(await iframes.count()).toBe(EMBEDS.length);
    const frames: Frame[] = [];
    for (let i = 0; i < EMBEDS.length; i++) {
      await iframes.nth(i).scrollIntoViewIfNeeded();
      const frame = (await (await iframes.nth(i).elementHandle())!.contentFrame())!;
      await frame.waitForLoadState('load');
      // Its islands have hydrated, and a live map has drawn (or kept the static map, without WebGL).
      await expect
        .poll(() =>
          frame.evaluate(
            () =>
              [...document.querySelectorAll('[data-island]')].every((island) => island.hasAttribute('data-hydrated')) &&
              [...document.querySelectorAll('[data-map-status]')].every((map) => map.getAttribute('data-map-status') !== 'loading'),
          ),
          { timeout: 30_000, message: EMBEDS[i].id },
        )
        .toBe(true);
      await frame.evaluate(layOutEverything);
      frames.push(frame);
    }
    for (const width of [...WORD_WIDTHS].sort((a, b) => b - a)) {
      await page.setViewportSize({ width, height: 900 });
      // embed.js follows the frames' new heights, and a live map its box, within a few frames.
      await page.waitForTimeout(400);
      for (const [i, frame] of frames.entries())
        expect.soft(await settledTextProblems(frame, GRAPHICS), `${edition.lang} ${EMBEDS[i].id} embed at ${width} px`).toEqual([]);
    }
    await finish({ axe: false }); // axe runs on every embed in embeds.test.ts
  }, 120_000);
});
