/**
 * The timeline: static HTML for every event (its first sentence shown, the rest in a <details> that opens in place,
 * with the open state in the address), the category filter island, and the overview island (a sticky time axis
 * that shows where the reader is and jumps to a year), used by keyboard and pointer.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EventCategory } from '../../src/lib/graphics/timeline/model.ts';
import { inlineToPlain } from '../../src/lib/data/inline.ts';
import { createDateRanges } from '../../src/lib/i18n/date-ranges.ts';
import { i18n, readData } from './data-files.ts';
import { fetchHtml, openPage } from './harness.ts';

const { events, categories } = readData('timeline.json');
const words = readData('story.json').graphics.timeline!;
const CATEGORY_LABELS = Object.fromEntries(categories.map((c) => [c.id, c.name]));
const ids = categories.map((c) => c.id);
const { format } = i18n();
const formatEventDate = createDateRanges(readData('interface.json').format).dateRange;
const filterStatus = (shown: number, all: number) => format.plural(words.filter.status, all, { shown: format.number(shown) });
const total = events.length;
// The expectations are worked out here from the data, plainly, not with the timeline's model (that is under test).
type Event = (typeof events)[number];
const counts: Partial<Record<EventCategory, number>> = {};
for (const e of events) counts[e.category] = (counts[e.category] ?? 0) + 1;
/** The year an event starts in ("2024" of "2024-09-09"). */
const eventYear = (e: Event) => e.date.slice(0, 4);
/** Events by date (ISO dates of any precision sort as text; the data's order among equals). */
const byDate = [...events].sort((a, b) => a.date.localeCompare(b.date));
const years = [...new Set(byDate.map(eventYear))];
const eventsOfYear = (year: string) => byDate.filter((e) => eventYear(e) === year);
/** The years left without an event when only the chosen categories show. */
const emptiedYears = (chosen: string[]) => years.filter((year) => !eventsOfYear(year).some((e) => chosen.includes(e.category)));
/** The first event on the page whose text goes on after its first sentence (the rest opens with its details). */
async function eventWithMoreText(page: Page): Promise<Event> {
  const id = await page.locator('[data-timeline] li[data-category]:has(.rest)').first().getAttribute('id');
  return events.find((e) => `event-${e.id}` === id)!;
}
/** The categories with the most and the second most events. */
const [biggest, second] = (Object.keys(counts) as EventCategory[]).sort((a, b) => counts[b]! - counts[a]!);

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML of one event, from its <li> to the next event's or the end of its year's list. */
function eventHtml(html: string, id: string): string {
  const start = html.indexOf(`id="event-${id}"`);
  expect(start, `event-${id} in the HTML`).toBeGreaterThan(-1);
  const ends = [html.indexOf(' id="event-', start + 1), html.indexOf('</ol>', start)].filter((i) => i > 0);
  return html.slice(start, Math.min(...ends));
}

/** expect.poll with room for a busy 2-core machine (its default gives up after 1 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** axe-core takes 20–30 s on the whole story page on a 2-core machine. */
const AXE_TIMEOUT = 120_000;

const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

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

/** The categories whose marks the overview shows (an SVG per category, faded out when the filter hides it). */
const shownMarks = (page: Page) =>
  page
    .locator('svg.ov-marks')
    .evaluateAll((layers) =>
      layers.filter((svg) => getComputedStyle(svg).opacity !== '0' && svg.querySelector('path')?.getAttribute('d')).map((svg) => (svg as SVGElement).dataset.c),
    )
    .then((categories) => new Set(categories));

/** The overview, hydrated and drawn: its slider. */
async function hydratedOverview(page: Page): Promise<Locator> {
  const island = page.locator('[data-island="timeline-overview"]');
  await page.evaluate(() => document.querySelector('[data-timeline]')!.closest('section')?.scrollIntoView());
  await island.scrollIntoViewIfNeeded();
  await poll(() => island.getAttribute('data-hydrated')).toBe('true');
  await poll(() => island.locator('.ov-marks path').count()).toBeGreaterThan(0);
  return island.getByRole('slider');
}

/** Where a year's group stands relative to the bottom of the sticky overview (0: just under it). */
const belowOverview = (page: Page, year: string) =>
  page.evaluate((year) => {
    const overview = document.querySelector('[data-island="timeline-overview"]')!.getBoundingClientRect();
    return Math.round(document.getElementById(`timeline-${year}`)!.getBoundingClientRect().top - overview.bottom);
  }, year);

/** Whether a year's group has landed just under the overview (not under it, not far below). */
const landed = async (page: Page, year: string) => {
  const gap = await belowOverview(page, year);
  return gap >= 0 && gap < 20;
};

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
    for (const event of byDate) {
      const at = html.indexOf(`id="event-${event.id}"`);
      expect(at, event.id).toBeGreaterThan(last);
      last = at;
      const item = eventHtml(html, event.id);
      expect(item).toContain(`data-category="${event.category}"`);
      expect(item).toContain(escapeHtml(event.title));
      expect(item).toContain(`href="#event-${event.id}"`);
    }
  });

  it('has every event’s whole text in the HTML: its first sentence shown, the rest, notes and sources in a <details>', async () => {
    const html = await fetchHtml('/');
    for (const event of events) {
      const item = eventHtml(html, event.id);
      // The shown paragraph and the rest in the details read as the event's whole text.
      const shownText = /<p class="text">(.*?)<span class="room"/s.exec(item)?.[1] ?? '';
      const restText = /<p class="text rest">(.*?)<\/p>/s.exec(item)?.[1] ?? '';
      expect(plain(`${shownText} ${restText}`), event.id).toBe(plain(escapeHtml(inlineToPlain(event.text))));
      const details = item.slice(item.indexOf('<details'));
      expect(details, `${event.id} has its details`).toMatch(/^<details class="more[^"]*"><summary/);
      for (const source of event.sources) expect(details, event.id).toContain(`href="${escapeHtml(source.url)}"`);
      for (const project of event.projects ?? []) expect(details, event.id).toContain(`href="#project-${project}"`);
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

  it('shows every event without JavaScript, opens its details in place, and shows no filter or overview that could not work', async () => {
    const { page, finish } = await openPage('/', { javaScriptEnabled: false, width: 360 });
    expect(await visibleEvents(page)).toHaveLength(total);
    const fieldset = page.locator('[data-island="timeline-filter"] fieldset');
    expect((await fieldset.isVisible()) === false || (await fieldset.isDisabled())).toBe(true);
    expect(await page.locator('[data-island="timeline-overview"]').isVisible()).toBe(false);
    // Every event's first sentence shows; the rest opens in place (native <details>, no script).
    const withMoreText = await eventWithMoreText(page);
    const item = page.locator(`#event-${withMoreText.id}`);
    await item.scrollIntoViewIfNeeded();
    // The paragraph's words, without the room it keeps for the "Details" button.
    const shownText = plain(await item.locator(':scope > p.text').evaluate((p) => [...p.childNodes].filter((n) => !(n instanceof Element && n.matches('.room'))).map((n) => n.textContent).join('')));
    expect(plain(inlineToPlain(withMoreText.text)).startsWith(shownText)).toBe(true);
    const restText = item.locator('.rest');
    expect(await restText.isVisible()).toBe(false);
    await item.locator('summary').click();
    expect(await restText.isVisible()).toBe(true);
    expect(plain(`${shownText} ${await restText.innerText()}`)).toBe(plain(inlineToPlain(withMoreText.text)));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    await finish({ axe: false });
  });
});

/** The categories whose events a reader sees. */
const shownCategories = async (page: Page) =>
  new Set(
    await page
      .locator('[data-timeline] li[data-category]')
      .evaluateAll((items) => items.filter((li) => li.checkVisibility()).map((li) => (li as HTMLElement).dataset.category)),
  );
const chosenInAddress = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('categories'));

describe('the timeline filter', () => {
  it('shows only the category chosen with the keyboard, says how many events show, hides the years it empties, and keeps it in the address', async () => {
    const { page, finish } = await openPage('/', { width: 375 });
    const island = await hydratedFilter(page);
    const status = island.getByRole('status');
    await poll(() => status.textContent()).toBe(filterStatus(total, total));
    expect(await visibleEvents(page)).toHaveLength(total);
    // Nothing chosen: every category shows, no button is pressed, and "Show all" is not offered.
    expect(await island.locator('button[aria-pressed="true"]').count()).toBe(0);
    expect(await island.getByRole('button', { name: words.filter.showAll, exact: true }).count()).toBe(0);

    // Tab from the first category button to the second biggest category's, then press Space.
    const buttons = island.getByRole('button');
    const names = await buttons.allTextContents();
    const index = names.indexOf(`${CATEGORY_LABELS[second]} ${format.number(counts[second]!)}`);
    expect(index, `a button "${CATEGORY_LABELS[second]}"`).toBeGreaterThanOrEqual(0);
    await buttons.first().focus();
    for (let i = 0; i < index; i++) await page.keyboard.press('Tab');
    const button = categoryButton(island, second);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    const size = await button.boundingBox();
    expect(Math.min(size!.width, size!.height), 'at least 24 × 24 px').toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Space');

    // Only that category's events show ("Show events about: Security" shows the security events).
    await poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await poll(() => status.textContent()).toBe(filterStatus(counts[second]!, total));
    const visible = await visibleEvents(page);
    expect(new Set(visible)).toEqual(new Set(events.filter((e) => e.category === second).map((e) => `event-${e.id}`)));
    expect(await shownCategories(page)).toEqual(new Set([second]));
    expect(await hiddenYears(page)).toEqual(emptiedYears([second]));
    // The overview follows: only the chosen category's marks are drawn, and its band stands on the year it says.
    await poll(() => shownMarks(page)).toEqual(new Set([second]));
    await poll(() =>
      page.evaluate(() => {
        const band = document.querySelector<HTMLElement>('.ov-band')!.getBoundingClientRect();
        const year = document.querySelector('.ov-year.is-current')?.getBoundingClientRect();
        return !!year && Math.abs(band.left - year.left) < 1 && Math.abs(band.width - year.width) < 1;
      }),
    ).toBe(true);
    expect(await chosenInAddress(page)).toBe(second);
    expect(await island.getByRole('button', { name: words.filter.showAll, exact: true }).isVisible()).toBe(true);

    // A second category, by pointer, adds its events.
    await categoryButton(island, biggest).click();
    const both = [biggest, second];
    await poll(() => status.textContent()).toBe(filterStatus(counts[biggest]! + counts[second]!, total));
    expect(await shownCategories(page)).toEqual(new Set(both));
    expect((await hiddenYears(page)).sort()).toEqual(emptiedYears(both).sort());
    await poll(() => shownMarks(page)).toEqual(new Set(both));
    expect(new Set((await chosenInAddress(page))!.split(','))).toEqual(new Set(both));

    // The address brings the choice back: a reload shows the same events.
    await page.reload();
    const again = await hydratedFilter(page);
    await poll(() => again.getByRole('status').textContent()).toBe(filterStatus(counts[biggest]! + counts[second]!, total));
    expect(await shownCategories(page)).toEqual(new Set(both));
    expect(await categoryButton(again, second).getAttribute('aria-pressed')).toBe('true');
    await finish({ axe: '.timeline-filter' }); // the filtered timeline is checked whole below, in dark mode; the page in story-page.test.ts
  }, AXE_TIMEOUT);

  it('"Show all" shows every event again and goes away, and axe passes in dark mode with a category chosen', async () => {
    const { page, finish } = await openPage('/', { width: 1280, colorScheme: 'dark' });
    const island = await hydratedFilter(page);
    await categoryButton(island, biggest).click();
    await categoryButton(island, second).click();
    await poll(async () => (await visibleEvents(page)).length).toBe(counts[biggest]! + counts[second]!);

    await island.getByRole('button', { name: words.filter.showAll, exact: true }).focus();
    await page.keyboard.press('Enter');
    await poll(() => island.getByRole('status').textContent()).toBe(filterStatus(total, total));
    expect(await visibleEvents(page)).toHaveLength(total);
    expect(await hiddenYears(page)).toEqual([]);
    expect(await island.locator('button[aria-pressed="true"]').count()).toBe(0);
    expect(await island.getByRole('button', { name: words.filter.showAll, exact: true }).count(), '"Show all" only while something is hidden').toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.timeline-filter') !== null), 'the focus stays in the filter').toBe(true);
    expect(await chosenInAddress(page)).toBeNull();

    await categoryButton(island, second).click(); // axe sees a filtered timeline
    await finish({ axe: '.timeline' });
  }, AXE_TIMEOUT);
});

describe('the overview', () => {
  const middle = byDate[Math.floor(events.length / 2)];

  it('is a labelled slider over the years, sticky in the timeline, and shows where the reader is', async () => {
    const { page, finish } = await openPage('/', { width: 375 });
    const slider = await hydratedOverview(page);
    expect(await slider.getAttribute('aria-label')).toBe(words.overview.label);
    expect(await slider.getAttribute('aria-valuemax')).toBe(String(years.length - 1));
    // One mark per event, in its category's path.
    await poll(() => shownMarks(page)).toEqual(new Set(Object.keys(counts)));
    // Scrolled to an event in the middle: the overview sticks at the top and says its year.
    await page.evaluate((id) => {
      const li = document.getElementById(`event-${id}`)!;
      scrollTo(0, li.getBoundingClientRect().top + scrollY - parseFloat(getComputedStyle(li).scrollMarginTop));
    }, middle.id);
    const year = eventYear(middle);
    await poll(() => slider.getAttribute('aria-valuetext')).toBe(year);
    expect(await slider.getAttribute('aria-valuenow')).toBe(String(years.indexOf(year)));
    expect(await page.locator('.ov-year.is-current .ov-label').getAttribute('data-label')).toBe(year);
    expect(await page.locator('.ov-now').getAttribute('data-year')).toBe(year);
    expect(await page.locator('.ov-cursor').isVisible(), 'the ring on the current event’s mark').toBe(true);
    // Stuck to the top of the screen, or just below the edition switch while that is pinned there.
    const stuck = () =>
      page.locator('[data-island="timeline-overview"]').evaluate((el) => {
        const pinned = document.querySelector<HTMLElement>('.editions.is-pinned');
        return Math.abs(el.getBoundingClientRect().top - (pinned ? pinned.getBoundingClientRect().bottom : 0)) <= 1;
      });
    await poll(stuck).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling at 375 px').toBeLessThanOrEqual(0);
    await finish({ axe: '[data-island="timeline-overview"]' }); // the timeline is checked whole above
  }, AXE_TIMEOUT);

  it('jumps to a year by keyboard: arrows, Home and End, and Enter goes into the year', async () => {
    const { page, finish } = await openPage('/', { width: 1280, colorScheme: 'dark' });
    const slider = await hydratedOverview(page);
    await slider.focus();
    await page.keyboard.press('Home');
    await poll(() => slider.getAttribute('aria-valuetext')).toBe(years[0]);
    await poll(() => landed(page, years[0])).toBe(true);
    // A jump is not the reader scrolling: the edition switch (pinned while they scroll up) stays as it was.
    const pinned = () => page.locator('.editions').evaluate((nav) => nav.classList.contains('is-pinned'));
    const pinnedBefore = await pinned();
    for (const i of [1, 2]) {
      await page.keyboard.press('ArrowRight');
      await poll(() => slider.getAttribute('aria-valuetext')).toBe(years[i]);
      // The year lands just under the overview, and the overview shows it.
      await poll(() => landed(page, years[i])).toBe(true);
      expect(await page.locator('.ov-year.is-current .ov-label').getAttribute('data-label')).toBe(years[i]);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await pinned(), 'the edition switch as it was').toBe(pinnedBefore);
    }
    await page.keyboard.press('ArrowLeft');
    await poll(() => slider.getAttribute('aria-valuetext')).toBe(years[1]);
    await page.keyboard.press('End');
    await poll(() => slider.getAttribute('aria-valuetext')).toBe(years.at(-1));
    // The hint for the keys shows while the slider has the keyboard's focus.
    expect(await page.locator('.ov-hint').isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    const before = years.at(-2)!;
    await poll(() => slider.getAttribute('aria-valuetext')).toBe(before);
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.closest('[data-year]')?.getAttribute('data-year'))).toBe(before);
    await finish({ axe: '[data-island="timeline-overview"]' });
  }, AXE_TIMEOUT);

  it('has tap targets of at least 24 × 24 px: each year on the axis, and each mark of the current year’s events', async () => {
    const { page, finish } = await openPage('/', { width: 375 });
    await hydratedOverview(page);
    await page.locator(`#event-${middle.id}`).evaluate((li) => scrollTo(0, li.getBoundingClientRect().top + scrollY - 200));
    await poll(() => page.locator('.ov-event').count()).toBeGreaterThan(0);
    const sizes = async (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((el) => ({ w: el.getBoundingClientRect().width, h: el.getBoundingClientRect().height })));
    const yearTargets = await sizes('.ov-year');
    expect(yearTargets).toHaveLength(years.length);
    // Once the overview has settled on the reader's year (its marks are redrawn as the year changes).
    const smallest = async () => Math.min(...[...(await sizes('.ov-year')), ...(await sizes('.ov-event'))].map(({ w, h }) => Math.min(w, h)));
    await poll(smallest).toBeGreaterThanOrEqual(24);
    // The years take the taps (nothing over them), and the axis scrolls sideways rather than the page.
    const yearTaken = await page.locator('.ov-year').first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    });
    expect(yearTaken).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await finish({ axe: false }); // axe runs on the overview in the tests around
  });

  it('lands a tapped year on its heading, in view below the sticky overview and the edition bar, and opens no event', async () => {
    const { page, finish } = await openPage('/', { width: 375 });
    const slider = await hydratedOverview(page);
    // From below the year (so that the jump goes up, and the edition bar comes back as the reader scrolls up).
    const year = years[Math.floor(years.length / 2)];
    await page.locator(`#event-${byDate.at(-1)!.id}`).evaluate((li) => scrollTo(0, li.getBoundingClientRect().top + scrollY - 300));
    await page.mouse.wheel(0, -200);
    const slot = page.locator(`.ov-year:has(.ov-label[data-label="${year}"])`);
    await slot.evaluate((el) => el.scrollIntoView({ inline: 'center', block: 'nearest' })); // the axis scrolls sideways at 375 px
    // On its marks, just above its label: the year, not the event under the finger.
    const box = (await slot.boundingBox())!;
    await slot.click({ position: { x: box.width / 2, y: box.height - 22 } });
    await poll(() => slider.getAttribute('aria-valuetext')).toBe(year);
    const heading = page.locator(`#timeline-${year} h3`);
    const place = () =>
      heading.evaluate((h) => {
        const r = h.getBoundingClientRect();
        const covers = ['[data-island="timeline-overview"]', '.editions']
          .map((s) => document.querySelector(s)?.getBoundingClientRect())
          .filter((b): b is DOMRect => !!b && b.bottom > 0 && b.top < innerHeight / 3); // the bars stuck at the top
        return { top: r.top, bottom: r.bottom, under: Math.max(0, ...covers.map((b) => b.bottom)), height: innerHeight };
      });
    await poll(async () => {
      const { top, bottom, under, height } = await place();
      return top >= under - 1 && bottom <= height && top - under < 40;
    }).toBe(true);
    await page.waitForTimeout(500); // settled, and still there
    const { top, under } = await place();
    expect(top, 'the heading is not under the sticky bars').toBeGreaterThanOrEqual(under - 1);
    expect(await page.evaluate(() => location.hash), 'no event opened').toBe('');
    await finish({ axe: false });
  });

  it('lands on an event tapped on its mark, opened', async () => {
    const { page, finish } = await openPage('/', { width: 375 });
    const slider = await hydratedOverview(page);
    const year = years[Math.floor(years.length / 2)];
    await page.locator(`.ov-year:has(.ov-label[data-label="${year}"])`).click();
    await poll(() => slider.getAttribute('aria-valuetext')).toBe(year);
    // The current year's marks, in order: the last one is the year's last shown event.
    const marks = page.locator('.ov-event');
    const yearEvents = eventsOfYear(year);
    await poll(() => marks.count()).toBe(yearEvents.length);
    const target = yearEvents.at(-1)!;
    await marks.last().click();
    await poll(() => page.evaluate(() => location.hash)).toBe(`#event-${target.id}`);
    const item = page.locator(`#event-${target.id}`);
    expect(await item.locator(':scope > details').getAttribute('open')).toBe('');
    await poll(() =>
      item.evaluate((li) => {
        const top = li.getBoundingClientRect().top;
        return top >= document.querySelector('[data-island="timeline-overview"]')!.getBoundingClientRect().bottom - 1 && top < innerHeight / 2;
      }),
    ).toBe(true);
    await finish({ axe: false });
  });
});

describe('opening an event', () => {
  it('opens in place with the keyboard, puts #event-<id> in the address without a jump, and closing clears it', async () => {
    const { page, finish } = await openPage('/', { width: 375 });
    await hydratedOverview(page);
    const withRest = await eventWithMoreText(page);
    const item = page.locator(`#event-${withRest.id}`);
    await item.scrollIntoViewIfNeeded();
    const summary = item.locator('summary');
    expect(await summary.textContent()).toBe(words.more);
    const rest = item.locator('.rest');
    expect(await rest.isVisible()).toBe(false);
    await summary.focus();
    const y = await page.evaluate(() => scrollY);
    await page.keyboard.press('Enter');
    await poll(() => rest.isVisible()).toBe(true);
    expect(plain(inlineToPlain(withRest.text)).endsWith(plain(await rest.innerText()))).toBe(true);
    await poll(() => page.evaluate(() => location.hash)).toBe(`#event-${withRest.id}`);
    expect(Math.abs((await page.evaluate(() => scrollY)) - y), 'no jump').toBeLessThanOrEqual(2);
    // Its sources, related projects and notes are there too, and the summary is a 24 px target.
    expect(await item.locator('.sources a').count()).toBe(withRest.sources.length);
    const size = (await summary.boundingBox())!;
    expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await poll(() => rest.isVisible()).toBe(false);
    await poll(() => page.evaluate(() => location.hash)).toBe('');
    await item.locator('summary').click(); // axe sees an open event
    await finish({ axe: `#event-${withRest.id}` }); // the opened event (the timeline is checked whole above)
  }, AXE_TIMEOUT);
});

describe('links to an event', () => {
  const late = byDate.at(-3)!;

  it('opens the event of a deep link (#event-…), scrolls it into view below the overview and highlights it', async () => {
    const { page, finish } = await openPage(`/#event-${late.id}`, { width: 375 });
    const item = page.locator(`#event-${late.id}`);
    await poll(() => inView(item)).toBe(true);
    await poll(() => item.locator(':scope > details').getAttribute('open')).toBe('');
    // The overview settles its height after the jump (it hydrates then): the page puts the event back below it.
    const covered = () => item.evaluate((li) => li.getBoundingClientRect().top < document.querySelector('[data-island="timeline-overview"]')!.getBoundingClientRect().bottom - 1);
    await expect.poll(covered, { timeout: 5_000, message: 'not under the sticky overview' }).toBe(false);
    expect(await page.evaluate(() => location.hash)).toBe(`#event-${late.id}`);
    // …and stays there while the years above it render and the islands hydrate.
    await page.waitForTimeout(1500);
    expect(await inView(item), 'still in view 1.5 s later').toBe(true);
    expect(await item.evaluate((li) => li.matches(':target'))).toBe(true);
    const background = await item.evaluate((li) => getComputedStyle(li).backgroundColor);
    expect(background, 'the target event is highlighted').not.toBe('rgba(0, 0, 0, 0)');
    await finish({ axe: `#event-${late.id}` }); // the highlighted event's contrast too
  }, AXE_TIMEOUT);

  it('adds the category of an event to the choice when a link leads to it while it is hidden', async () => {
    const { page, finish } = await openPage('/', { width: 1280 });
    const island = await hydratedFilter(page);
    const other = ids.find((c) => c !== late.category && counts[c])!;
    await categoryButton(island, other).click(); // only `other` shows
    const item = page.locator(`#event-${late.id}`);
    await poll(() => item.isVisible()).toBe(false);
    await page.evaluate((id) => (location.hash = `#event-${id}`), late.id);
    await poll(() => item.isVisible()).toBe(true);
    await poll(() => categoryButton(island, late.category).getAttribute('aria-pressed')).toBe('true');
    expect(await categoryButton(island, other).getAttribute('aria-pressed'), 'the reader’s choice stays').toBe('true');
    await poll(() => inView(item)).toBe(true);
    await poll(() => item.locator(':scope > details').getAttribute('open')).toBe('');
    await finish({ axe: false }); // axe has run on the filtered and highlighted timeline above
  });
});

describe('the timeline embed at 360 px', () => {
  const groups = years.map((year) => ({ year, events: eventsOfYear(year) }));
  /** A frame a host page can take: the page's head, a line per year, and the events of the one open year. */
  const bound = (open: number) => 1000 + groups.length * 60 + open * 300;

  it('has no sideways overflow and a bounded height: the years folded, the latest open; the overview opens a year', async () => {
    const { page, finish } = await openPage('/embed/timeline.html', { width: 360, height: 640 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    expect(await overflow(), 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    const open = () => page.locator('details.year[open]').evaluateAll((ys) => ys.map((y) => (y as HTMLElement).dataset.year));
    expect(await open()).toEqual([groups.at(-1)!.year]);
    expect(await height()).toBeLessThan(bound(groups.at(-1)!.events.length));
    // Every year's heading is there, folded, with its number of events.
    for (const g of groups) expect(await page.locator(`#timeline-${g.year} > summary h3`).textContent()).toBe(g.year);

    // The overview, inside the frame: a tap on a year opens it (and folds the one open), still within bounds.
    const island = page.locator('[data-island="timeline-overview"]');
    await poll(() => island.getAttribute('data-hydrated')).toBe('true');
    await poll(() => island.locator('.ov-marks path').count()).toBeGreaterThan(0);
    const busiest = [...groups].sort((a, b) => b.events.length - a.events.length)[0];
    const slot = page.locator(`.ov-year:has(.ov-label[data-label="${busiest.year}"])`);
    await slot.evaluate((el) => el.scrollIntoView({ inline: 'center', block: 'nearest' }));
    await slot.click();
    await poll(open).toEqual([busiest.year]);
    await poll(() => page.locator(`#timeline-${busiest.year} li[data-category]`).first().isVisible()).toBe(true);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await height()).toBeLessThan(bound(busiest.events.length));
    await finish({ axe: true });
  }, AXE_TIMEOUT);
});
