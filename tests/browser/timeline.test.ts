/** The timeline: static HTML for every event, and the category filter island, used by keyboard. */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  countByCategory,
  countByYearAndCategory,
  emptyYears,
  sortEvents,
  type EventCategory,
} from '../../src/lib/graphics/timeline/model.ts';
import { createDateRanges } from '../../src/lib/i18n/date-ranges.ts';
import { i18n, readData } from './data-files.ts';
import { fetchHtml, openPage } from './harness.ts';

const { events } = readData('timeline.json');
const words = readData('story.json').graphics.timeline!;
const CATEGORY_LABELS = words.categories;
const { format } = i18n();
const formatEventDate = createDateRanges(readData('interface.json').format).dateRange;
const filterStatus = (shown: number, all: number) => format.plural(words.filter.status, all, { shown: format.number(shown) });
const total = events.length;
const counts = countByCategory(events);
const yearCounts = countByYearAndCategory(events);
/** The categories with the most and the second most events. */
const [biggest, second] = (Object.keys(counts) as EventCategory[]).sort((a, b) => counts[b]! - counts[a]!);

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML of one event, from its <li> to the next. */
function eventHtml(html: string, id: string): string {
  const start = html.indexOf(`id="event-${id}"`);
  expect(start, `event-${id} in the HTML`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</li>', html.indexOf('</time>', start)));
}

/** expect.poll with room for a busy 2-core machine (its default gives up after 1 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** axe-core takes 20–30 s on the whole story page on a 2-core machine. */
const AXE_TIMEOUT = 120_000;

const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');

/** Ids of the events a reader can see (in the layout, not in a hidden year or category). */
const visibleEvents = (page: Page) =>
  page.locator('[data-timeline] li[data-category]').evaluateAll((items) => items.filter((li) => li.checkVisibility()).map((li) => li.id));

const hiddenYears = (page: Page) =>
  page.locator('[data-timeline] [data-year]').evaluateAll((years) => years.filter((y) => (y as HTMLElement).hidden).map((y) => (y as HTMLElement).dataset.year));

/** Whether the top of an element is inside the viewport. */
const inView = (element: Locator) =>
  element.evaluate((el) => {
    const { top } = el.getBoundingClientRect();
    return top >= 0 && top < window.innerHeight;
  });

async function hydratedFilter(page: Page): Promise<Locator> {
  const island = page.locator('[data-island="timeline-filter"]');
  await island.scrollIntoViewIfNeeded();
  await poll(() => island.getAttribute('data-hydrated')).toBe('true');
  await poll(() => island.locator('fieldset').isDisabled()).toBe(false);
  return island;
}

const categoryButton = (island: Locator, category: EventCategory) =>
  island.getByRole('button', { name: `${CATEGORY_LABELS[category]} ${format.number(counts[category]!)}`, exact: true });

describe('the timeline, prerendered', () => {
  it('has every event of data/timeline.json in the HTML, with its id, in date order', async () => {
    const html = await fetchHtml('/');
    expect(html, 'the story has a {"type": "timeline"} block').toContain('data-timeline');
    let last = -1;
    for (const event of sortEvents(events)) {
      const at = html.indexOf(`id="event-${event.id}"`);
      expect(at, event.id).toBeGreaterThan(last);
      last = at;
      const item = eventHtml(html, event.id);
      expect(item).toContain(`data-category="${event.category}"`);
      expect(item).toContain(escapeHtml(event.title));
      expect(item).toContain(`href="#event-${event.id}"`);
    }
  });

  it('shows each date at its precision: a year, a month, a day, a range', async () => {
    const html = await fetchHtml('/');
    // Every event, whatever its precision: its <time> elements carry the data's dates, and its text is the
    // date as the data give it (the exact wording per precision is pinned on the fixture in timeline-render.test.ts).
    const shown = (e: { id: string }) => eventHtml(html, e.id).match(/<time datetime="[^"]+"[^>]*>([^<]*)<\/time>/)![1];
    for (const event of events) {
      const item = eventHtml(html, event.id);
      expect(item, event.id).toContain(`<time datetime="${event.date}"`);
      if (event.endDate) expect(item, event.id).toContain(`<time datetime="${event.endDate}"`);
      expect(plain(item), event.id).toContain(formatEventDate(event.date, event.endDate));
      if (!event.endDate) expect(shown(event)).toBe(format.date(event.date));
    }
  });

  it('shows every event without JavaScript, and no filter that could not work', async () => {
    const { page, finish } = await openPage('/', { javaScriptEnabled: false, width: 360 });
    expect(await visibleEvents(page)).toHaveLength(total);
    const fieldset = page.locator('[data-island="timeline-filter"] fieldset');
    expect((await fieldset.isVisible()) === false || (await fieldset.isDisabled())).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    await finish({ axe: false });
  });
});

describe('the timeline filter', () => {
  it('hides a category with the keyboard, says how many events show, and hides the years it empties', async () => {
    const { page, finish } = await openPage('/', { width: 375 });
    const island = await hydratedFilter(page);
    const status = island.getByRole('status');
    await poll(() => status.textContent()).toBe(filterStatus(total, total));
    expect(await visibleEvents(page)).toHaveLength(total);

    // Tab from the first category button to the biggest category's, then press Space.
    const buttons = island.getByRole('button');
    const names = await buttons.allTextContents();
    const index = names.indexOf(`${CATEGORY_LABELS[biggest]} ${format.number(counts[biggest]!)}`);
    expect(index, `a button "${CATEGORY_LABELS[biggest]}"`).toBeGreaterThanOrEqual(0);
    await buttons.first().focus();
    for (let i = 0; i < index; i++) await page.keyboard.press('Tab');
    const button = categoryButton(island, biggest);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    const size = await button.boundingBox();
    expect(Math.min(size!.width, size!.height), 'at least 24 × 24 px').toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Space');

    await poll(() => button.getAttribute('aria-pressed')).toBe('false');
    await poll(() => status.textContent()).toBe(filterStatus(total - counts[biggest]!, total));
    const visible = await visibleEvents(page);
    expect(visible).toHaveLength(total - counts[biggest]!);
    expect(new Set(visible)).toEqual(new Set(events.filter((e) => e.category !== biggest).map((e) => `event-${e.id}`)));
    expect(await hiddenYears(page)).toEqual(emptyYears(yearCounts, new Set([biggest])));

    // A second category, by pointer: years left without an event are hidden.
    await categoryButton(island, second).click();
    const both = new Set([biggest, second]);
    await poll(() => status.textContent()).toBe(filterStatus(total - counts[biggest]! - counts[second]!, total));
    expect(await visibleEvents(page)).toHaveLength(total - counts[biggest]! - counts[second]!);
    expect((await hiddenYears(page)).sort()).toEqual(emptyYears(yearCounts, both).sort());
    await finish({ axe: '.timeline' }); // the whole page is checked in story-page.test.ts
  }, AXE_TIMEOUT);

  it('"Show all" shows every event again, and axe passes in dark mode with a category hidden', async () => {
    const { page, finish } = await openPage('/', { width: 1280, colorScheme: 'dark' });
    const island = await hydratedFilter(page);
    await categoryButton(island, biggest).click();
    await categoryButton(island, second).click();
    await poll(async () => (await visibleEvents(page)).length).toBe(total - counts[biggest]! - counts[second]!);

    await island.getByRole('button', { name: words.filter.showAll, exact: true }).focus();
    await page.keyboard.press('Enter');
    await poll(() => island.getByRole('status').textContent()).toBe(filterStatus(total, total));
    expect(await visibleEvents(page)).toHaveLength(total);
    expect(await hiddenYears(page)).toEqual([]);
    expect(await island.locator('button[aria-pressed="false"]').count()).toBe(0);

    await categoryButton(island, second).click(); // axe sees a filtered timeline
    await finish({ axe: '.timeline' });
  }, AXE_TIMEOUT);
});

describe('links to an event', () => {
  const late = sortEvents(events).at(-3)!;

  it('scrolls a deep link (#event-…) into view and highlights it', async () => {
    const { page, finish } = await openPage(`/#event-${late.id}`, { width: 375 });
    const item = page.locator(`#event-${late.id}`);
    await poll(() => inView(item)).toBe(true);
    // …and stays there while the years above it render and the islands hydrate.
    await page.waitForTimeout(1500);
    expect(await inView(item), 'still in view 1.5 s later').toBe(true);
    expect(await item.evaluate((li) => li.matches(':target'))).toBe(true);
    const background = await item.evaluate((li) => getComputedStyle(li).backgroundColor);
    expect(background, 'the target event is highlighted').not.toBe('rgba(0, 0, 0, 0)');
    await finish({ axe: '.timeline' }); // axe checks the highlighted event's contrast too
  }, AXE_TIMEOUT);

  it('shows the category of an event again when a link leads to it while it is hidden', async () => {
    const { page, finish } = await openPage('/', { width: 1280 });
    const island = await hydratedFilter(page);
    await categoryButton(island, late.category).click();
    const item = page.locator(`#event-${late.id}`);
    await poll(() => item.isVisible()).toBe(false);
    await page.evaluate((id) => (location.hash = `#event-${id}`), late.id);
    await poll(() => item.isVisible()).toBe(true);
    await poll(() => categoryButton(island, late.category).getAttribute('aria-pressed')).toBe('true');
    await poll(() => inView(item)).toBe(true);
    await finish({ axe: false }); // axe has run on the filtered and highlighted timeline above
  });
});
