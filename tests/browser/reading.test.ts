/**
 * Reading the scrollies as a reader does, in every edition, on phones and on a desktop: each step card is brought to
 * the reading line (its top two thirds down the screen) and what is on the screen is checked there.
 * - In step: the graphic shows that step once the card's top has reached the line, and the previous step just before.
 * - Nothing covered: no part of the graphic's plot (the chart's body, the map) that is on screen is painted over by the
 *   card (hit-testing a grid of points, so a card passing under the graphic counts as not covering it).
 * - Fit: the pinned graphic lies on the screen whole and nothing in it overflows its box; with the edition bar back (the
 *   reader scrolled up a little), the graphic sits below the bar and both fit the screen.
 * - Words: at 320, 375 and 1280 px, no text of a graphic of the story is cut, outside it, shortened or on another text
 *   (text-fit.ts): the scrollies' pinned graphics at every step, the others (the projects map, the timeline) once.
 * One page per edition, resized from the narrowest screen to the widest. Everything is read from the data and the
 * page, so a journalist's valid edit keeps it green.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/lib/i18n/editions.ts';
import { readData } from './data-files.ts';
import { openPage } from './harness.ts';
import { GRAPHICS, WORD_WIDTHS, layOutEverything, putBackLayout, settledTextProblems } from './text-fit.ts';

const story = readData('story.json');
const scrollies = story.sections.flatMap((section) =>
  section.blocks.flatMap((block, i) =>
    block.type === 'scrolly'
      ? [{ id: `${section.id}-scrolly-${i}`, states: block.steps.map((step) => ({ ...block.steps[0].state, ...step.state }) as Record<string, unknown>) }]
      : [],
  ),
);
/**
 * `before`: also check the step just before the line, and the edition bar back over the graphic (the rules are the same
 * at every width: the phone and the desktop suffice). `englishOnly`: the guide's phone (360 px), whose layout
 * differs from its neighbours' only in width, is read in one edition; the editions' longer words are read at the
 * narrowest phone, the common one and the desktop. Wider phones, up to 30rem, have the 375 px layout.
 */
const VIEWPORTS = [
  { width: 320, height: 640, before: false },
  { width: 360, height: 780, before: false, englishOnly: true },
  { width: 375, height: 812, before: true },
  { width: 1280, height: 800, before: true },
];
/** How far above and below the reading line a card's top is put: above, its step shows; below, the one before. */
const PAST_LINE = 40;
const BEFORE_LINE = 24;

interface Seen {
  state: Record<string, unknown>;
  /** Points of the plot on screen, and how many of them the card paints over. */
  plotPoints: number;
  covered: number;
  /** The pinned graphic; `top` is that of the part that stays (on a short phone its head scrolls away). */
  pinned: { top: number; bottom: number; overflow: number };
  plot: { top: number; bottom: number };
  bar: { pinned: boolean; bottom: number };
  /** The card's top, and the reading line. */
  card: number;
  line: number;
}

// In-page functions: sent as text, so each is self-contained.

/** Puts the top of step `index`'s card `offset` px below the reading line, lets the page settle, and reads the screen. */
async function look({ id, index, offset }: { id: string; index: number; offset: number }): Promise<Seen> {
  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((done) => requestAnimationFrame(done));
  };
  const scrolly = document.querySelector(`[data-scrolly="${id}"]`)!;
  const card = scrolly.querySelector(`[data-step="${index}"] .step-card`)!;
  const line = (innerHeight * 2) / 3;
  scrollBy({ top: card.getBoundingClientRect().top - (line + offset), behavior: 'instant' });
  await frames(3);
  const pinned = scrolly.querySelector<HTMLElement>('.scrolly-pinned')!;
  const plot = pinned.querySelector('.chart-body, .map-area')!.getBoundingClientRect();
  let plotPoints = 0;
  let covered = 0;
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 8; j++) {
      const x = plot.left + ((i + 0.5) * plot.width) / 8;
      const y = plot.top + ((j + 0.5) * plot.height) / 8;
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
      plotPoints++;
      if (card.contains(document.elementFromPoint(x, y))) covered++;
    }
  const box = pinned.getBoundingClientRect();
  const stays = [...pinned.children].filter((child) => child.tagName !== 'HEADER' && child.getBoundingClientRect().height > 1);
  const top = Math.min(...stays.map((child) => child.getBoundingClientRect().top));
  const nav = document.querySelector('.editions');
  return {
    state: JSON.parse(scrolly.querySelector('[data-state]')!.getAttribute('data-state')!),
    plotPoints,
    covered,
    pinned: { top, bottom: box.bottom, overflow: pinned.scrollHeight - pinned.clientHeight },
    plot: { top: plot.top, bottom: plot.bottom },
    bar: { pinned: !!nav?.classList.contains('is-pinned'), bottom: nav?.getBoundingClientRect().bottom ?? 0 },
    card: card.getBoundingClientRect().top,
    line,
  };
}

/** Brings an island into view so that it hydrates, and waits for a live map to draw (or keep the static map). */
async function hydrate(page: Page, island: Locator): Promise<void> {
  await island.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect.poll(() => island.getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
  await expect.poll(() => island.evaluate((el) => el.querySelector('[data-map-status]')?.getAttribute('data-map-status') !== 'loading'), { timeout: 30_000 }).toBe(true);
}

function shows(seen: Seen, expected: Record<string, unknown>): boolean {
  return Object.entries(expected).every(([key, value]) => JSON.stringify(seen.state[key]) === JSON.stringify(value));
}

describe('reading the scrollies', () => {
  it.each(EDITIONS.map((e) => [e.lang, e] as const))(
    'in %s, at every width the graphic follows the card at the reading line, is never covered by it, fits the screen and its words fit',
    async (_, edition) => {
      const { page, finish } = await openPage(`/${edition.path}`, { ...VIEWPORTS[0], reducedMotion: 'reduce' });
      // The graphics outside the scrollies hydrate once; each scrolly's when it is first read.
      const islandsOutside = page.locator('[data-island]:not([data-scrolly] *)');
      for (let i = 0; i < (await islandsOutside.count()); i++) await hydrate(page, islandsOutside.nth(i));
      const read = new Set<string>();
      // The pinned edition bar's height, as measured at the first step of each scrolly.
      let barHeight = 0;
      for (const viewport of VIEWPORTS.filter((v) => !v.englishOnly || edition.lang === 'en')) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        const words = WORD_WIDTHS.includes(viewport.width);
        if (words) {
          // The graphics outside the scrollies, with the page at its top (no sticky part over another).
          await page.evaluate(layOutEverything);
          await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
          await page.waitForTimeout(300);
          const outside = GRAPHICS.split(', ').map((g) => `${g}:not([data-scrolly] *)`).join(', ');
          expect.soft(await settledTextProblems(page, outside), `${edition.lang} at ${viewport.width} px: words`).toEqual([]);
          await page.evaluate(putBackLayout);
        }
        for (const { id, states } of scrollies) {
          const scrolly = page.locator(`[data-scrolly="${id}"]`);
          await scrolly.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
          if (!read.has(id)) await hydrate(page, scrolly.locator('[data-island]'));
          read.add(id);
          for (let index = 0; index < states.length; index++) {
            const where = `${id}, step ${index}, ${edition.lang} at ${viewport.width} px`;
            if (index > 0 && viewport.before) {
              const before = await page.evaluate(look, { id, index, offset: BEFORE_LINE });
              expect.soft(shows(before, states[index - 1]), `${where}: the previous step until the card reaches the line (card at ${before.card}, line at ${before.line}, ${JSON.stringify(before.state)})`).toBe(true);
            }
            let seen = await page.evaluate(look, { id, index, offset: -PAST_LINE });
            // An island may still be applying the step (it hydrated a moment ago): give it a few frames more.
            if (!shows(seen, states[index])) seen = await page.waitForTimeout(300).then(() => page.evaluate(look, { id, index, offset: -PAST_LINE }));
            expect.soft(seen.state, `${where}: the step's state at the reading line`).toMatchObject(states[index]);
            expect.soft(seen.plotPoints, `${where}: the plot is on screen`).toBeGreaterThan(0);
            expect.soft(seen.covered / seen.plotPoints, `${where}: share of the plot the card covers`).toBeLessThanOrEqual(0.05);
            expect.soft(seen.pinned.top, `${where}: the graphic's top on screen`).toBeGreaterThanOrEqual(-0.5);
            expect.soft(seen.pinned.bottom, `${where}: the graphic's bottom on screen`).toBeLessThanOrEqual(viewport.height + 0.5);
            expect.soft(seen.pinned.overflow, `${where}: nothing overflows the pinned graphic`).toBeLessThanOrEqual(1);
            if (words) expect.soft(await settledTextProblems(page, `[data-scrolly="${id}"] .scrolly-pinned`), `${where}: words`).toEqual([]);

            // The edition bar comes back when the reader scrolls up: the graphic moves below it, so both must fit.
            expect.soft(seen.pinned.bottom - Math.max(seen.pinned.top, 0) + barHeight, `${where}: the graphic and the edition bar fit the screen`).toBeLessThanOrEqual(
              viewport.height + 0.5,
            );
            if (index === 0 && viewport.before) {
              // The reader scrolls up a little: the bar is back, above the graphic, which the card still does not cover.
              // Up to three small moves up, as a reader scrolls, each given a few frames (more on a busy machine).
              const up = await page.evaluate(async () => {
                let moved = 0;
                for (let move = 0; move < 3 && !document.querySelector('.editions.is-pinned'); move++) {
                  // The reader's wheel: the switch follows a scroll only when it comes from the reader's input.
                  dispatchEvent(new WheelEvent('wheel', { deltaY: -24 }));
                  scrollBy({ top: -24, behavior: 'instant' });
                  moved += 24;
                  for (let i = 0; i < 4 || (i < 30 && !document.querySelector('.editions.is-pinned')); i++) await new Promise((done) => requestAnimationFrame(done));
                }
                return moved;
              });
              const withBar = await page.evaluate(look, { id, index, offset: -PAST_LINE + up });
              expect.soft(withBar.bar.pinned, `${where}: the edition bar is back`).toBe(true);
              expect.soft(withBar.pinned.top, `${where}: the graphic below the edition bar`).toBeGreaterThanOrEqual(withBar.bar.bottom - 0.5);
              expect.soft(withBar.pinned.bottom, `${where}: the graphic and the bar fit the screen`).toBeLessThanOrEqual(viewport.height + 0.5);
              expect.soft(withBar.covered / withBar.plotPoints, `${where}: share of the plot the card covers, bar back`).toBeLessThanOrEqual(0.05);
              if (withBar.bar.pinned) barHeight = withBar.bar.bottom;
            }
          }
        }
      }
      await finish({ axe: false }); // axe runs on the scrollies in scrolly.test.ts and on the whole page in story-page.test.ts
    },
    300_000,
  );
});
