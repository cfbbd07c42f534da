/** The timeline as the server renders it: static HTML with the filter island, as the islands renderer builds the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataFiles } from '../../src/lib/data/schema.ts';
import Timeline from '../../src/lib/graphics/timeline/Timeline.svelte';
import TimelineFilter from '../../src/lib/graphics/timeline/TimelineFilter.svelte';
import TimelineOverview from '../../src/lib/graphics/timeline/TimelineOverview.svelte';
import { categoryCss } from '../../src/lib/graphics/timeline/categories.ts';
import { groupByYear, splitFirstSentence, timelineFilterProps } from '../../src/lib/graphics/timeline/model.ts';
import { renderPage } from '../../src/lib/islands/render-page.ts';
import { SERVER_ISLANDS } from '../../src/lib/islands/server-components.ts';
import { createDateRanges } from '../../src/lib/i18n/date-ranges.ts';
import { fixture, i18nOf, realData, renderWith, ROOT as root } from '../helpers/data.ts';

// jsdom ships no types here; a minimal shape is all this test needs.
const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);

function renderTimeline(data: DataFiles, folded = false) {
  const { events, categories } = data['timeline.json'];
  const projectNames = Object.fromEntries(data['projects.json'].projects.map((p) => [p.id, p.name]));
  const words = data['story.json'].graphics.timeline!;
  const { body } = renderPage(Timeline, { events, categories, projectNames, words, folded }, SERVER_ISLANDS, i18nOf(data));
  return { events, categories, projectNames, words, body, doc: new jsdom.JSDOM(body).window.document };
}

// Exact values on the frozen copy (tests/fixtures/story); the real data's timeline is checked for relations below.
const data = fixture();
const { events, projectNames, words, body, doc } = renderTimeline(data);
const format = i18nOf(data).format;
const formatEventDate = createDateRanges(data['interface.json'].format).dateRange;
const byId = (id: string) => doc.getElementById(`event-${id}`)!;

describe('Timeline of the real data, prerendered', () => {
  it('renders every event of data/timeline.json once, with its id, title and category, in date order', () => {
    const real = renderTimeline(realData());
    const items = [...real.doc.querySelectorAll<HTMLElement>('.timeline [data-year] li[data-category]')];
    expect(items.map((li) => li.id)).toEqual(groupByYear(real.events).flatMap((g) => g.events.map((e) => `event-${e.id}`)));
    for (const e of real.events) {
      const li = real.doc.getElementById(`event-${e.id}`)!;
      expect(li.querySelector('h4')!.textContent).toBe(e.title);
      expect(li.querySelector('.category')!.textContent).toBe(real.categories.find((c) => c.id === e.category)!.name);
    }
  });
});

describe('Timeline, prerendered', () => {
  it('renders every event once, with its id and category, grouped by year in date order', () => {
    const items = [...doc.querySelectorAll<HTMLElement>('.timeline [data-year] li[data-category]')];
    expect(items.map((li) => li.id)).toEqual(groupByYear(events).flatMap((g) => g.events.map((e) => `event-${e.id}`)));
    for (const e of events) expect(byId(e.id).dataset.category).toBe(e.category);
    const years = [...doc.querySelectorAll<HTMLElement>('[data-year]')];
    expect(years.map((y) => y.dataset.year)).toEqual(groupByYear(events).map((g) => g.year));
    for (const year of years) {
      expect(year.querySelector(':scope > h3')?.textContent).toBe(year.dataset.year);
      expect(year.querySelector(':scope > ol')).not.toBeNull();
      expect(year.hidden).toBe(false);
    }
  });

  it('shows dates at their precision, each linking to its event', () => {
    const cases = {
      '2012-sns-comes-to-power': '2012',
      '2009-08-infrastructure-cooperation-agreement': 'August 2009',
      '1955-01-02-diplomatic-relations': '2 January 1955',
      '2016-06-17-xi-state-visit': '17–19 June 2016',
    };
    for (const [id, text] of Object.entries(cases)) {
      const link = byId(id).querySelector<HTMLAnchorElement>('a.date')!;
      expect(link.textContent).toBe(text);
      expect(link.getAttribute('href')).toBe(`#event-${id}`);
    }
    const times = [...byId('2016-06-17-xi-state-visit').querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2016-06-17', '2016-06-19']);
    for (const e of events) expect(byId(e.id).querySelector('a.date')!.textContent).toBe(formatEventDate(e.date, e.endDate));
  });

  it('has the title as a heading, the category in words, the text, projects, sources and confidence notes', () => {
    for (const e of events) {
      const li = byId(e.id);
      expect(li.querySelector('h4')!.textContent).toBe(e.title);
      expect(li.querySelector('.category')!.textContent!.length).toBeGreaterThan(3);
      const sources = [...li.querySelectorAll<HTMLAnchorElement>('.sources a')];
      expect(sources.map((a) => a.href)).toEqual(e.sources.map((s) => s.url));
      for (const a of sources) expect(a.rel).toBe('noopener noreferrer');
      const projectLinks = [...li.querySelectorAll<HTMLAnchorElement>('a[href^="#project-"]')];
      expect(projectLinks.map((a) => a.getAttribute('href'))).toEqual((e.projects ?? []).map((p) => `#project-${p}`));
      for (const a of projectLinks) expect(a.textContent).toBe(projectNames[a.getAttribute('href')!.slice('#project-'.length)]);
    }
    const xi = byId('2016-06-17-xi-state-visit');
    expect(xi.querySelector('.category')!.textContent).toBe('Diplomacy');
    const unverified = byId('2017-05-belgrade-stara-pazova-rail-loan').querySelector('.note')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(unverified).toMatch(/^Unverified: The month is inferred/);
    expect(byId('2017-05-belgrade-stara-pazova-rail-loan').textContent).toContain('(Dates the loan to May 2018.)');
    const multi = events.find((e) => (e.projects?.length ?? 0) > 1)!;
    expect(byId(multi.id).textContent).toContain('Related projects:');
  });

  it('shows each event’s first sentence and keeps the rest of its text, notes and sources in a closed <details>', () => {
    const plainText = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (const e of events) {
      const li = byId(e.id);
      const { first, rest } = splitFirstSentence(e.text);
      const lead = li.querySelector(':scope > p.text')!;
      const details = li.querySelector<HTMLDetailsElement>(':scope > details.more')!;
      expect(details, e.id).not.toBeNull();
      expect(details.open, 'closed at first').toBe(false);
      const label = words.more;
      expect(plainText(details.querySelector(':scope > summary')), e.id).toBe(label);
      // The room kept for the summary on the lead's last line is hidden from screen readers.
      expect(lead.querySelector('.room')!.getAttribute('aria-hidden')).toBe('true');
      const leadText = plainText(lead).slice(0, -label.length).trim();
      expect(leadText, e.id).toBe(first.replace(/[*]/g, ''));
      expect(plainText(details.querySelector('.rest')), e.id).toBe(rest.replace(/[*]/g, ''));
      // Everything else of the event is in the details: sources, projects, notes.
      expect(details.querySelectorAll('.sources a')).toHaveLength(e.sources.length);
      expect(li.querySelectorAll(':scope > p.small, :scope > .sources')).toHaveLength(0);
    }
    // One word for every event, whether or not its text goes on (a copy desk saw "Read more" beside "Details").
    expect(plainText(byId('1955-01-02-diplomatic-relations').querySelector('summary'))).toBe('Details');
    expect(plainText(byId('2016-06-17-xi-state-visit').querySelector('summary'))).toBe('Details');
    expect(plainText(byId('1955-01-02-diplomatic-relations').querySelector('.rest'))).toBe('Yugoslavia had already recognised the PRC on 1 October 1949.');
    expect(plainText(byId('2012-sns-comes-to-power').querySelector(':scope > p.text'))).toMatch(/^A coalition led by the Serbian Progressive Party \(SNS\) wins the elections and Tomislav Nikolić becomes president\./);
  });

  it('gives each year an id to jump to and the overview island its words alone (it reads the rest from the page)', () => {
    for (const group of groupByYear(events)) expect(doc.getElementById(`timeline-${group.year}`)?.dataset.year).toBe(group.year);
    const island = doc.querySelector<HTMLElement>('.timeline > [data-island="timeline-overview"]')!;
    expect(island).not.toBeNull();
    const props = JSON.parse(doc.getElementById(island.dataset.islandProps!)!.textContent!);
    expect(props).toEqual({ words: words.overview, shapes: Object.fromEntries(data['timeline.json'].categories.map((c) => [c.id, c.shape])) });
    expect(JSON.stringify(props).length).toBeLessThan(600);
    // Drawn in the browser: on the server, only its box (sized by the timeline's --rows-*) and the hint for its keys.
    expect([...island.querySelector('.ov')!.children].map((el) => el.className.split(' ')[0])).toEqual(['ov-hint']);
    expect(island.querySelector('.ov-hint')!.textContent).toBe(words.overview.hint);
    const timeline = doc.querySelector<HTMLElement>('.timeline')!;
    const most = Math.max(...groupByYear(events).map((g) => g.events.length));
    expect(timeline.style.getPropertyValue('--rows-narrow')).toBe(String(Math.ceil(most / 2)));
    expect(timeline.style.getPropertyValue('--rows-wide')).toBe(String(Math.ceil(most / 3)));
    expect(renderWith(TimelineOverview, {}, data)).not.toContain('role="slider"');
  });

  it('renders inline text as elements, never as markup from the data', () => {
    const withEmphasis = events.find((e) => e.text.includes('*'))!;
    expect(byId(withEmphasis.id).querySelector('.text em')).not.toBeNull();
    expect(byId(withEmphasis.id).textContent).not.toContain('*');
    expect(body).not.toMatch(/<script(?![^>]*type="application\/json")/);
  });

  it('includes the filter island with its props, its buttons disabled until it hydrates', () => {
    const island = doc.querySelector<HTMLElement>('.timeline [data-island="timeline-filter"]')!;
    expect(island).not.toBeNull();
    const props = JSON.parse(doc.getElementById(island.dataset.islandProps!)!.textContent!);
    const { categories, yearCounts, total } = props;
    expect({ categories, yearCounts, total }).toEqual(JSON.parse(JSON.stringify(timelineFilterProps(events, data['timeline.json'].categories))));
    const fieldset = island.querySelector('fieldset')!;
    expect(fieldset.disabled).toBe(true);
    // Nothing chosen at first: every event shows, no button is pressed, and "Show all" is not offered.
    const buttons = [...fieldset.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('aria-pressed')]);
    expect(buttons).toContainEqual(['Economy 20', 'false']);
    expect(buttons.every(([, pressed]) => pressed === 'false')).toBe(true);
    expect(buttons.map(([text]) => text)).not.toContain('Show all');
    expect(fieldset.querySelector('[role="status"]')!.textContent).toBe('Showing 76 of 76 events');
  });

  it('renders nothing as a filter when given no categories', () => {
    expect(renderWith(TimelineFilter, {}, data)).not.toContain('<fieldset');
  });

  it('puts each category’s colour and shape, from the data, in the page: one rule per category', () => {
    expect(body).toContain(`<style>${categoryCss(data['timeline.json'].categories)}</style>`);
  });
});

describe('Timeline, folded (the embed)', () => {
  const folded = renderTimeline(data, true);
  it('folds each year under a summary with its heading and number of events, the latest open, one open at a time', () => {
    const years = [...folded.doc.querySelectorAll<HTMLDetailsElement>('details.year[data-year]')];
    const groups = groupByYear(events);
    expect(years.map((y) => y.dataset.year)).toEqual(groups.map((g) => g.year));
    years.forEach((year, i) => {
      expect(year.querySelector(':scope > summary h3')!.textContent).toBe(groups[i].year);
      expect(year.querySelector(':scope > summary .year-count')!.textContent).toBe(format.plural(words.yearCount, groups[i].events.length));
      expect(year.open).toBe(i === years.length - 1);
      expect(year.getAttribute('name')).toBe('timeline-years');
      expect(year.querySelectorAll('li[data-category]')).toHaveLength(groups[i].events.length);
    });
  });
});
