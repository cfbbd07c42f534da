/**
 * Pictures of what a reader sees: every chart of the story at every step, in every edition, at 375 and 1280 px,
 * compared with a committed reference (tests/fixtures/screens/). They are taken on the site built from the frozen
 * fixture data (dist-fixture/, `npm run build:fixture`), so a journalist's edit of data/ never changes them.
 *
 * After a deliberate change of a chart's look: `UPDATE_REFERENCE=1 npx vitest run --project browser tests/browser/pictures.test.ts`
 * rewrites the references; look at each new picture before committing it. A failing comparison leaves the picture
 * taken and a picture of the differences in test-results/screens/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { EDITIONS } from '../../src/lib/i18n/editions.ts';
import { FIXTURE_DIR, loadData, ROOT } from '../helpers/data.ts';
import { fontsLoaded, openPage } from './harness.ts';

const REFERENCES = join(ROOT, 'tests', 'fixtures', 'screens');
const RESULTS = join(ROOT, 'test-results', 'screens');
const UPDATE = !!process.env.UPDATE_REFERENCE;
/** Share of pixels that nothing near them in the other picture explains: a moved, lost or new label or bar is far more. */
const TOLERANCE = 0.002;
/** How far (of 255) a channel may lie outside its neighbourhood's range: smoothing, not a mark. */
const SLACK = 24;

const story = loadData(FIXTURE_DIR)['story.json'];
const charts = story.sections.flatMap((section) =>
  section.blocks.flatMap((block, i) =>
    block.type === 'scrolly' && block.graphic !== 'map' ? [{ id: `${section.id}-scrolly-${i}`, steps: block.steps.length }] : [],
  ),
);
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

/**
 * Pixels of `a` that `b` does not explain: a pixel is explained when each of its channels lies within the range of
 * that channel in the 3 × 3 pixels around the same place in `b`. So a line or a letter drawn half a pixel lower
 * (another sub-pixel position, smoothed differently) is explained, and a label that is gone, moved or new is not.
 */
function unexplained(a: PNG, b: PNG): number {
  const { width, height } = a;
  let count = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (a.data[i] === b.data[i] && a.data[i + 1] === b.data[i + 1] && a.data[i + 2] === b.data[i + 2]) continue;
      for (let c = 0; c < 3; c++) {
        let min = 255;
        let max = 0;
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const yy = Math.min(height - 1, Math.max(0, y + dy));
            const xx = Math.min(width - 1, Math.max(0, x + dx));
            const v = b.data[(yy * width + xx) * 4 + c];
            if (v < min) min = v;
            if (v > max) max = v;
          }
        const v = a.data[(y * width + x) * 4 + c];
        if (v < min - SLACK || v > max + SLACK) {
          count++;
          break;
        }
      }
    }
  return count;
}

/** The picture and the reference differ in this share of their pixels (1 when their sizes differ); `diff` shows where. */
function difference(actual: PNG, reference: PNG, diff: PNG): number {
  if (actual.width !== reference.width || actual.height !== reference.height) return 1;
  pixelmatch(actual.data, reference.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  return Math.max(unexplained(actual, reference), unexplained(reference, actual)) / (actual.width * actual.height);
}

describe('pictures of the charts at every step', () => {
  it('the fixture story has charts with steps', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(EDITIONS.flatMap((e) => VIEWPORTS.map((v) => [e.lang, v.width, e, v] as const)))(
    'in %s at %i px, each looks as its reference',
    async (_, __, edition, viewport) => {
      const { page, finish } = await openPage(`/${edition.path}`, { ...viewport, reducedMotion: 'reduce', origin: inject('fixtureOrigin') });
      // Every face loaded first: a face first used by a later step would otherwise arrive between two pictures.
      await fontsLoaded(page);
      const folder = join(REFERENCES, edition.id);
      mkdirSync(UPDATE ? folder : RESULTS, { recursive: true });
      for (const { id, steps } of charts) {
        const scrolly = page.locator(`[data-scrolly="${id}"]`);
        await scrolly.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
        await expect.poll(() => scrolly.locator('[data-island]').getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
        for (let step = 0; step < steps; step++) {
          // The card just past the reading line: the graphic shows its step.
          await scrolly.locator(`[data-step="${step}"] .step-card`).evaluate(async (card) => {
            scrollBy({ top: card.getBoundingClientRect().top - ((innerHeight * 2) / 3 - 40), behavior: 'instant' });
            for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
          });
          await expect.poll(() => scrolly.locator(`[data-step="${step}"]`).getAttribute('class')).toContain('is-active');
          const name = `${id}-${step}-${viewport.width}.png`;
          const shot = PNG.sync.read(await scrolly.locator('.scrolly-pinned').screenshot({ animations: 'disabled', caret: 'hide' }));
          if (UPDATE) {
            writeFileSync(join(folder, name), PNG.sync.write(shot));
            continue;
          }
          const reference = PNG.sync.read(readFileSync(join(folder, name)));
          const diff = new PNG({ width: shot.width, height: shot.height });
          const share = difference(shot, reference, diff);
          if (share > TOLERANCE) {
            writeFileSync(join(RESULTS, `${edition.id}-${name}`), PNG.sync.write(shot));
            if (share < 1) writeFileSync(join(RESULTS, `${edition.id}-${name.replace('.png', '.diff.png')}`), PNG.sync.write(diff));
          }
          expect.soft(share, `${edition.id}/${name}: share of pixels unlike the reference (${shot.width}×${shot.height} against ${reference.width}×${reference.height})`).toBeLessThanOrEqual(TOLERANCE);
        }
      }
      await finish({ axe: false }); // axe runs on the story built from data/ in story-page.test.ts
    },
    120_000,
  );
});
