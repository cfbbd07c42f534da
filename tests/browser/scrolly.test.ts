import { describe, expect, it } from 'vitest';
import { plain } from '../../src/lib/i18n/fallback.ts';
import { readData } from './data-files.ts';
import { openPage } from './harness.ts';

const story = readData('story.json');
const scrollies = story.sections.flatMap((section) =>
  section.blocks.flatMap((block, i) => (block.type === 'scrolly' ? [{ block, figureId: `${section.id}-scrolly-${i}` }] : [])),
);

describe('scrollytelling', () => {
  it('the story has scroll steps', () => {
    expect(scrollies.length).toBeGreaterThan(0);
  });

  it('the scrollies pass axe once scrolled through, at 375 px', async () => {
    const { page, finish } = await openPage('/', { width: 375, height: 812, reducedMotion: 'reduce' });
    for (const { block, figureId } of scrollies) {
      const scrolly = page.locator(`[data-scrolly="${figureId}"]`);
      await scrolly.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await expect.poll(() => scrolly.locator('[data-island]').getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
      await scrolly
        .locator(`[data-step="${block.steps.length - 1}"]`)
        .evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await expect.poll(() => scrolly.locator(`[data-step="${block.steps.length - 1}"]`).getAttribute('class')).toContain('is-active');
    }
    await finish({ axe: '[data-scrolly]' }); // the whole page is checked in story-page.test.ts; reading.test.ts reads every step
  }, 120_000);

  it('without JavaScript, every step unrolls with its own static graphic and its text', async () => {
    const { page, finish } = await openPage('/', { javaScriptEnabled: false, width: 375 });
    for (const { block, figureId } of scrollies) {
      const steps = page.locator(`[data-scrolly="${figureId}"] [data-step]`);
      expect(await steps.count()).toBe(block.steps.length);
      for (let i = 0; i < block.steps.length; i++) {
        // A map step without a close-up would repeat the map above the steps, so it has none.
        if (block.graphic === 'map' && !('projects' in block.steps[i].state)) {
          expect(await steps.nth(i).locator('.step-graphic').count()).toBe(0);
          continue;
        }
        // The step's picture, drawn by the build from the graphic's model at the step's state, with the step's alt text.
        const picture = steps.nth(i).locator('img.step-graphic');
        expect(await picture.isVisible()).toBe(true);
        expect(await picture.getAttribute('alt')).toBe(plain(block.steps[i].alt));
        await picture.scrollIntoViewIfNeeded();
        await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      }
    }
    await finish({ axe: false });
  });

  it('under reduced motion, states change without animation', async () => {
    const { page, finish } = await openPage('/', { reducedMotion: 'reduce' });
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('.tp-bar, .step-card')].map((el) => getComputedStyle(el).transitionDuration),
    );
    expect(durations.length).toBeGreaterThan(0);
    for (const d of durations) expect(parseFloat(d)).toBeLessThan(0.001);
    await finish({ axe: false });
  });
});
