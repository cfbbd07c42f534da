/**
 * The journalists' promise: any valid edit of data/ publishes. Realistic edits to a copy of data/ (events added
 * and removed, a project added, a year of trade added with a missing figure, a status changed, the headline
 * reworded with characters that break naive templating), then the data check, the build and the key pages.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataDir } from '../../src/build/data-dir.ts';
import { CATEGORY_COLOR_NAMES, PALETTE, type CategoryColor } from '../../src/lib/graphics/timeline/categories.ts';
import { DATA_DIR, ROOT } from '../helpers/data.ts';
import { openPage } from './harness.ts';
import { serveDist } from './static-server.ts';

const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);

/** Characters that have corrupted pages elsewhere: replacement patterns, script and comment openers, U+2028. */
const HOSTILE = "Roads, copper $& $' $` $$ </script> <!-- \u2028 and a “shared future”";

const tmp = mkdtempSync(join(tmpdir(), 'valid-edits-'));
const data = join(tmp, 'data');
const out = join(tmp, 'dist');
let server: Awaited<ReturnType<typeof serveDist>>;
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

type Json = any;
const edit = (file: string, change: (json: Json) => void) => {
  const path = join(data, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
};
const source = { name: 'Test desk', url: 'https://example.org/source' };
/** A new source whose name has an English gloss, with no Serbian name in sr/interface.json › sourceNames yet. */
const glossed = { name: 'Ministry of Finance (press release)', url: 'https://example.org/press-release' };
let removed = '';
/** The year of trade added: the one after the last in the data. */
let newYear = 0;
/** The new category's colour and shape. */
let added: { color: CategoryColor; shape: 'bar' | 'bar-wide' } = { color: 'slate', shape: 'bar' };
let warnings: string[] = [];

beforeAll(async () => {
  cpSync(DATA_DIR, data, { recursive: true });
  edit('story.json', (s) => {
    s.headline = HOSTILE;
    s.sections[0].blocks.push({ type: 'text', text: 'A paragraph added late at night, with a [link](https://example.org/).' });
  });
  edit('projects.json', (p) => {
    p.projects.push({
      id: 'test-new-plant',
      name: 'A new plant added by a journalist',
      sector: 'industry',
      companies: ['Test Company'],
      places: ['Kragujevac'],
      location: { type: 'Point', coordinates: [20.91, 44.01], precision: 'approximate' },
      status: 'planned',
      dates: [{ date: '2026-11', label: 'Announced' }],
      value: null,
      valueNote: 'No investment figure in the sources.',
      controversy: null,
      sources: [source],
    });
    p.projects[0].status = 'operating';
  });
  edit('timeline.json', (t) => {
    // An event that nothing else refers to (the trade chart's agreement points at two events).
    const refs = JSON.stringify(JSON.parse(readFileSync(join(data, 'china-trade.json'), 'utf8')).agreement ?? {});
    const victim = t.events.find((e: Json) => !refs.includes(e.id));
    removed = victim.id;
    t.events = t.events.filter((e: Json) => e.id !== removed);
    // Its translation is left in place: a correction publishes, and the check warns to delete it.
    // A new category, data only: its name, a colour and a shape no other category has (no Serbian name yet).
    // A colour and a shape still free (a journalist may have taken some, as data/README.md's worked example does).
    const free = <T extends string>(all: readonly T[], key: 'color' | 'shape') => all.filter((v) => !t.categories.some((c: Json) => c[key] === v));
    added = { color: free(['slate', ...CATEGORY_COLOR_NAMES], 'color')[0], shape: free(['bar', 'bar-wide'] as const, 'shape')[0] };
    t.categories.push({ id: 'test-culture', name: 'Culture (test)', ...added });
    t.events.push(
      { id: 'test-hostile-title', date: '2026-11-30', title: HOSTILE, text: 'Its title holds every character that breaks naive templates.', category: 'test-culture', sources: [source], confidence: 'sourced' },
      { id: 'test-new-plant-announced', date: '2026-11', title: 'A new plant is announced', text: 'A *new* project, linked to the map.', category: 'infrastructure', projects: ['test-new-plant'], sources: [source, glossed], confidence: 'sourced' },
    );
  });
  edit('china-trade.json', (c) =>
    c.years.push({ year: (newYear = Math.max(...c.years.map((y: Json) => y.year)) + 1), currency: 'USD', magnitude: 'billion', exports: null, imports: null, total: { value: 8.1, confidence: 'unverified', sources: [source, glossed], note: 'A test figure.' }, note: 'A year added in English only.' }),
  );

  const check = validateDataDir(data);
  expect(check.ok, JSON.stringify(check.problems, null, 2)).toBe(true);
  warnings = check.warnings.map((w) => `${w.file} ${JSON.stringify(w.path)} ${w.message}`);
  await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, STORY_DATA_DIR: data },
  });
  server = await serveDist(out);
}, 180_000);

const built = (path: string) => new jsdom.JSDOM(readFileSync(join(out, path), 'utf8')).window.document;

describe('realistic edits of data/', () => {
  it('pass the data check and build; the story shows every edit, and the hostile headline literally', () => {
    const doc = built('index.html');
    expect(doc.querySelector('h1')!.textContent).toBe(HOSTILE);
    expect(doc.title).toBe(HOSTILE);
    expect(doc.getElementById('event-test-hostile-title')!.querySelector('h4')!.textContent).toBe(HOSTILE);
    expect(doc.getElementById('event-test-new-plant-announced')!.querySelector('a[href="#project-test-new-plant"]')).not.toBeNull();
    expect(doc.getElementById(`event-${removed}`)).toBeNull();
    expect(doc.getElementById('project-test-new-plant')!.textContent).toContain('A new plant added by a journalist');
    expect(doc.body.textContent).toContain('A paragraph added late at night');
    // Nothing else came apart: the islands' props file parses and has every island's, the template's markers are gone.
    const props = JSON.parse(readFileSync(join(out, 'islands.json'), 'utf8'));
    for (const island of doc.querySelectorAll<HTMLElement>('[data-island]')) expect(props[island.dataset.islandProps!], island.dataset.island).toBeTypeOf('object');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toMatch(/<!--app-(head|html)-->/);
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('publish in the Serbian editions before they are translated: in English, marked lang="en", with a warning each', () => {
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sr\/timeline\.json \["events"\]/),
        expect.stringMatching(/^sr\/timeline\.json \["categories"\]/),
        expect.stringMatching(/^sr\/projects\.json \["projects"\]/),
        expect.stringMatching(/^sr\/story\.json \["sections",0,"blocks"/),
      ]),
    );
    for (const path of ['sr/index.html', 'sr-cyrl/index.html']) {
      const doc = built(path);
      expect(doc.documentElement.lang).toMatch(/^sr-/);
      const title = doc.getElementById('event-test-new-plant-announced')!.querySelector('h4')!;
      expect(title.textContent).toBe('A new plant is announced');
      expect(title.querySelector('[lang="en"]')?.textContent, `${path}: the English title is marked English`).toBe('A new plant is announced');
      const project = doc.getElementById('project-test-new-plant')!;
      expect(project.querySelector('[lang="en"]')!.textContent).toContain('A new plant added by a journalist');
      const paragraph = [...doc.querySelectorAll('[lang="en"]')].find((el) => el.textContent!.includes('A paragraph added late at night'));
      expect(paragraph, `${path}: the English paragraph is marked English`).toBeDefined();
      expect(doc.getElementById(`event-${removed}`)).toBeNull();
    }
  });

  it('a year added in English only is the only year in English in both Serbian editions, marked lang="en"', () => {
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^sr/china-trade\\.json \\["years"\\] has no translation of ${newYear} USD`))]));
    expect(warnings).toEqual(expect.arrayContaining([expect.stringContaining(`translates "${removed}", which timeline.json no longer has`)]));
    for (const path of ['sr/embed/china-trade.html', 'sr-cyrl/embed/china-trade.html']) {
      const doc = built(path);
      const rows = [...doc.querySelectorAll('.chart-frame tbody tr')];
      const added = rows.find((r) => r.querySelector('th')!.textContent === String(newYear))!;
      expect(added, path).toBeDefined();
      const english = [...added.querySelectorAll('[lang="en"]')].map((el) => el.textContent).join(' ');
      expect(english, `${path}: the new year's notes are marked English`).toContain('A year added in English only.');
      expect(english).toContain('A test figure.');
      // Every other translated year stays in Serbian: nothing in its row is English, and the years with notes still have them.
      const translated = new Set(JSON.parse(readFileSync(join(data, 'sr', 'china-trade.json'), 'utf8')).years.map((y: Json) => String(y.year)));
      const others = rows.filter((r) => r !== added && translated.has(r.querySelector('th')!.textContent));
      expect(others.length).toBeGreaterThan(1);
      for (const row of others) expect(row.querySelector('[lang="en"]'), `${path}: ${row.querySelector('th')!.textContent}`).toBeNull();
      const notes = others.map((r) => r.lastElementChild!.textContent!.trim()).filter((t) => t && t !== '–' && t !== '—');
      expect(notes.length, `${path}: the other years keep their translated notes`).toBeGreaterThan(0);
      if (path.startsWith('sr-cyrl')) for (const note of notes) expect(note, path).toMatch(/[а-яђјљњћџ]/i);
      // The chart's own notes and its description for screen readers mark the same English.
      const chartNotes = [...doc.querySelectorAll('.chart-notes li')];
      expect(chartNotes.some((li) => li.querySelector('[lang="en"]')?.textContent === 'A year added in English only.'), path).toBe(true);
      expect(chartNotes.filter((li) => li.querySelector('[lang="en"]')).length, `${path}: only the new year's note is English`).toBe(1);
    }
  });

  it('a new source whose name has an English gloss shows in English, marked lang="en", in both Serbian editions, with a warning', () => {
    const escape = (t: string) => t.replace(/[.()[\]]/g, '\\$&');
    for (const file of ['timeline.json', 'china-trade.json']) {
      const warning = new RegExp(`^${escape(file)} .*"sources",1,"name"${escape(']')} "${escape(glossed.name)}" has no name in sr/interface${escape('.')}json › sourceNames`);
      expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(warning)]));
    }
    for (const path of ['sr/index.html', 'sr-cyrl/index.html', 'sr/embed/china-trade.html', 'sr-cyrl/embed/china-trade.html']) {
      const links = [...built(path).querySelectorAll<HTMLAnchorElement>(`a[href="${glossed.url}"]`)];
      // The story has it in the timeline and under the trade chart; the trade chart's page under the chart.
      expect(links.length, path).toBe(path.includes('embed') ? 1 : 2);
      for (const a of links) expect([a.textContent, a.lang], path).toEqual([glossed.name, 'en']);
    }
    // English names it as published, unmarked.
    const english = [...built('index.html').querySelectorAll<HTMLAnchorElement>(`a[href="${glossed.url}"]`)].map((a) => [a.textContent, a.lang]);
    expect(english).toEqual([[glossed.name, ''], [glossed.name, '']]);
  });

  it('a share card’s alt that would be partly English (the new category) is the English one, marked lang="en"', () => {
    const alt = (path: string) => built(path).querySelector<HTMLMetaElement>('meta[property="og:image:alt"]')!;
    const english = alt('embed/timeline.html');
    expect(english.content).toContain('Culture (test)');
    for (const path of ['sr/embed/timeline.html', 'sr-cyrl/embed/timeline.html']) expect([alt(path).content, alt(path).lang], path).toEqual([english.content, 'en']);
    // A card with nothing in English stays in the edition's language.
    expect(alt('sr-cyrl/embed/debt.html').lang).toBe('');
    expect(alt('sr-cyrl/embed/debt.html').content).toMatch(/[а-яђјљњћџ]/i);
  });

  it('reach the embeds: the timeline embed shows the hostile title literally, the trade chart the new year', () => {
    const timeline = built('embed/timeline.html');
    expect(timeline.getElementById('event-test-hostile-title')!.querySelector('h4')!.textContent).toBe(HOSTILE);
    expect(timeline.title).toContain(HOSTILE);
    const trade = built('embed/china-trade.html');
    expect([...trade.querySelectorAll('tbody th')].map((th) => th.textContent)).toContain(String(newYear));
  });

  it('leave the pages working in the browser: the story hydrates without an error, the embeds too', async () => {
    const story = await openPage('/', { origin: server.origin, reducedMotion: 'reduce' });
    const islands = story.page.locator('[data-island]');
    for (let i = 0; i < (await islands.count()); i++) {
      await islands.nth(i).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect.poll(() => islands.nth(i).getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('true');
    }
    // The new category is in the filter, the overview and the event's own key, in its colour and shape.
    const page = story.page;
    const filter = page.locator('[data-island="timeline-filter"]');
    await expect.poll(() => filter.getByRole('button', { name: 'Culture (test) 1', exact: true }).isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.timeline-filter .swatch[data-c="test-culture"]').count()).toBe(1);
    await expect.poll(() => page.locator('svg.ov-marks[data-c="test-culture"] path').getAttribute('d'), { timeout: 15_000 }).toMatch(/^M/);
    const event = page.locator('#event-test-hostile-title');
    expect(await event.locator('.category').textContent()).toBe('Culture (test)');
    const drawn = await event.evaluate((li, token) => {
      const probe = document.createElement('span');
      probe.style.color = token;
      li.append(probe);
      const expected = getComputedStyle(probe).color;
      probe.remove();
      const marker = getComputedStyle(li.querySelector('.category')!, '::before');
      return { colour: marker.backgroundColor, expected, transform: marker.transform };
    }, PALETTE[added.color]);
    expect(drawn.colour, 'the colour it was given').toBe(drawn.expected);
    expect(drawn.transform, `the shape it was given (${added.shape})`).toMatch(added.shape === 'bar' ? /^matrix\(0\.45, 0, 0, 1,/ : /^matrix\(1, 0, 0, 0\.45,/);
    // Choosing it shows its one event.
    await filter.getByRole('button', { name: 'Culture (test) 1', exact: true }).click();
    await expect.poll(() => page.locator('[data-timeline] li[data-category]').evaluateAll((items) => items.filter((li) => li.checkVisibility()).map((li) => li.id))).toEqual([
      'event-test-hostile-title',
    ]);
    await story.finish({ axe: false }); // the built story is checked by axe in story-page.test.ts
    for (const path of ['/embed/timeline.html', '/embed/china-trade.html', '/embed/map.html']) {
      const embed = await openPage(path, { origin: server.origin, width: 600 });
      await expect.poll(() => embed.page.locator('[data-island]:not([data-hydrated])').count()).toBe(0);
      await embed.finish({ axe: false });
    }
  }, 120_000);
});
