/**
 * The project maps: MapLibre draws over the static map when WebGL works (Chromium's software WebGL here);
 * without WebGL the static map stays. The explorable map filters sectors, opens a panel, and is linked
 * to the project list and the timeline; the scrolly map follows the steps.
 */
import { chromium, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { SECTOR_COLOURS } from '../../src/lib/graphics/map/static-map.ts';
import { readData } from './data-files.ts';
import { openPage } from './harness.ts';
import { settledTextProblems, textProblems } from './text-fit.ts';

const projects = readData('projects.json').projects;
const located = projects.filter((p) => p.location);
const story = readData('story.json');
const mapScrolly = story.sections.flatMap((section) =>
  section.blocks.flatMap((block, i) => (block.type === 'scrolly' && block.graphic === 'map' ? [{ block, id: `${section.id}-scrolly-${i}` }] : [])),
)[0];

const EXPLORE = '.projects .project-map';
const mapWords = story.graphics.map!;
const events = readData('timeline.json').events;
/** A located project with a controversy that a timeline event links to, and another located project: whatever the data hold. */
const chosen = located.find((p) => p.controversy && events.some((e) => e.projects?.includes(p.id))) ?? located[0];
const other = located.find((p) => p.id !== chosen.id)!;
/** The two sectors with the most located projects. */
const [sectorA, sectorB] = [...new Set(located.map((p) => p.sector))].sort(
  (a, b) => located.filter((p) => p.sector === b).length - located.filter((p) => p.sector === a).length,
);
const PROJECT_LAYERS = ['project-lines-exact', 'project-lines-approximate', 'project-points'];

/** The projects MapLibre has actually drawn, by id (a feature split across tiles counts once). */
function renderedProjects(map: Locator): Promise<string[]> {
  return map.locator('.live').evaluate((container, layers) => {
    const instance = (container as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
    const ids = instance.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  }, PROJECT_LAYERS);
}

async function ready(map: Locator) {
  await map.scrollIntoViewIfNeeded();
  // waitForFunction rather than expect.poll, so that it also works in beforeAll.
  await map.page().waitForFunction((el) => el?.getAttribute('data-map-status') === 'ready', await map.elementHandle(), { timeout: 30_000 });
}

describe('the explorable project map', () => {
  it('loads MapLibre only near the map; its canvas draws Serbia and the markers, with one feature per located project', async () => {
    const { page, finish } = await openPage('/');
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(before.some((url) => url.includes('maplibre') || url.includes('live-map')), 'MapLibre is not in the first load').toBe(false);
    const map = page.locator(EXPLORE);
    await ready(map);
    // Count the canvas pixels that have Serbia's land colour and the colours of the two largest sectors.
    const tokens = [SECTOR_COLOURS[sectorA].slice(4, -1), SECTOR_COLOURS[sectorB ?? sectorA].slice(4, -1)];
    const share = await map.locator('canvas').evaluate((canvas: HTMLCanvasElement, [tokenA, tokenB]) => {
      const css = getComputedStyle(document.documentElement);
      const rgb = (name: string) => {
        const probe = document.createElement('i');
        probe.style.color = css.getPropertyValue(name).trim();
        document.body.append(probe);
        const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
        probe.remove();
        return [r, g, b];
      };
      const targets = { serbia: rgb('--map-serbia'), a: rgb(tokenA), b: rgb(tokenB) };
      const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true })!;
      const pixels = new Uint8Array(canvas.width * canvas.height * 4);
      gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      const counts = { serbia: 0, a: 0, b: 0 };
      for (let i = 0; i < pixels.length; i += 4)
        for (const [key, [r, g, b]] of Object.entries(targets))
          if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 12) counts[key as keyof typeof counts]++;
      const total = pixels.length / 4;
      return { serbia: counts.serbia / total, a: counts.a, b: counts.b };
    }, tokens);
    expect(share.serbia, "share of the canvas in Serbia's colour").toBeGreaterThan(0.2);
    expect(share.a, `pixels of ${sectorA} markers`).toBeGreaterThan(20);
    expect(share.b, `pixels of ${sectorB} markers`).toBeGreaterThan(20);
    expect(await renderedProjects(map)).toEqual(located.map((p) => p.id).sort());
    expect(await map.locator('.map-project').count(), 'one keyboard-reachable button per located project').toBe(located.length);
    await finish({ axe: EXPLORE });
  }, 90_000);
});

describe('exploring the project map', () => {
  // One page for these steps: loading MapLibre in software WebGL is the slow part.
  let shared: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    shared = await openPage('/');
    await ready(shared.page.locator(EXPLORE));
  }, 90_000);
  afterAll(() => shared.finish({ axe: EXPLORE }), 60_000);

  it('the legend hides and shows a sector, by keyboard, on the canvas and among the buttons', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    // The sector with the most located projects, whatever the data hold.
    const sector = located.map((p) => p.sector).sort((a, b) => located.filter((p) => p.sector === b).length - located.filter((p) => p.sector === a).length)[0];
    const ofSector = located.filter((p) => p.sector === sector).map((p) => p.id);
    const toggle = map.locator('.legend button', { hasText: readData('story.json').graphics.map!.sectors[sector] });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => renderedProjects(map)).toEqual(located.filter((p) => p.sector !== sector).map((p) => p.id).sort());
    for (const id of ofSector) expect(await map.locator(`.map-project[data-project="${id}"]`).isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => renderedProjects(map)).toEqual(located.map((p) => p.id).sort());
  }, 90_000);

  it('Enter on a project opens its panel with the full details; Escape closes it and returns focus', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    const project = chosen;
    // Tab reaches the first project; the arrow keys move on to the chosen one.
    await map.locator('.map-project').first().focus();
    const index = located.findIndex((p) => p.id === project.id);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.project)).toBe(project.id);
    await page.keyboard.press('Enter');
    const panel = map.locator('.panel');
    await expect.poll(() => panel.locator('h4').textContent()).toBe(project.name);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
    const text = (await panel.textContent())!;
    for (const expected of [project.companies[0], mapWords.statuses[project.status], project.sources[0].name, ...(project.controversy ? [project.controversy.slice(0, 20)] : [])])
      expect(text).toContain(expected);
    expect(await panel.locator('a[target="_blank"][rel~="noopener"]').count()).toBeGreaterThan(0);
    expect(await page.locator(`#project-${project.id}`).getAttribute('data-selected')).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.project)).toBe(project.id);
  }, 90_000);

  it('a project chosen in the list is chosen on the map, and a timeline link opens the map on its project', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    await page.locator(`#project-${other.id} summary`).click();
    await expect.poll(() => map.getAttribute('data-selected')).toBe(other.id);
    await expect.poll(() => map.locator('.panel h4').textContent()).toBe(other.name);

    const link = page.locator(`.timeline a[href="#project-${chosen.id}"]`).first();
    expect(await link.count(), `a timeline link to ${chosen.id}`).toBe(1);
    // The related projects are in the event's details, which the reader opens first.
    await link.evaluate((a) => ((a.closest('details') as HTMLDetailsElement).open = true));
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect.poll(() => map.getAttribute('data-selected')).toBe(chosen.id);
    // The map, not only the list entry, is brought into view.
    await expect
      .poll(() => map.evaluate((el) => el.getBoundingClientRect().top < innerHeight && el.getBoundingClientRect().bottom > 0))
      .toBe(true);
    await page.keyboard.press('Escape');
  }, 90_000);
});

describe('the map embed', () => {
  it('opens on the project its URL names (?project=<id>)', async () => {
    const { page, finish } = await openPage(`/embed/map.html?project=${chosen.id}`);
    await expect.poll(() => page.locator('.project-map .panel h4').textContent().catch(() => null), { timeout: 20_000 }).toBe(chosen.name);
    expect(await page.locator(`#project-${chosen.id}`).getAttribute('data-selected')).toBe('');
    await finish({ axe: '.project-map' });
  }, 60_000);
});

describe('the map as a scrolly graphic', () => {
  it('each step moves the camera to its projects; under reduced motion it jumps there', async () => {
    expect(mapScrolly, 'the story has a map scrolly').toBeDefined();
    const { block, id } = mapScrolly;
    const { page, finish } = await openPage('/', { reducedMotion: 'reduce' });
    const scrolly = page.locator(`[data-scrolly="${id}"]`);
    const map = scrolly.locator('.project-map');
    await ready(map);
    for (let i = 0; i < block.steps.length; i++) {
      const focus = (block.steps[i].state as { projects?: string[] }).projects;
      await scrolly.locator(`[data-step="${i}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(async () => JSON.parse((await map.getAttribute('data-state'))!).projects).toEqual(focus);
      const [lng, lat, zoom] = (await map.getAttribute('data-camera'))!.split(',').map(Number);
      if (!focus) {
        expect(zoom, 'all of Serbia').toBeLessThan(7.5);
        continue;
      }
      // The camera is already there when the state changes: a jump, not a flight.
      const coordinates = located.filter((p) => focus.includes(p.id)).flatMap((p) => JSON.stringify(p.location!.coordinates).match(/-?\d+\.?\d*/g)!.map(Number));
      const lons = coordinates.filter((_, k) => k % 2 === 0);
      const lats = coordinates.filter((_, k) => k % 2 === 1);
      expect(lng, `step ${i} centre longitude`).toBeGreaterThan(Math.min(...lons) - 0.5);
      expect(lng).toBeLessThan(Math.max(...lons) + 0.5);
      expect(lat, `step ${i} centre latitude`).toBeGreaterThan(Math.min(...lats) - 0.5);
      expect(lat).toBeLessThan(Math.max(...lats) + 0.5);
      expect(zoom, `step ${i} zooms in`).toBeGreaterThan(7);
      // The projects in focus are really drawn in the close-up.
      await expect.poll(() => renderedProjects(map)).toEqual(expect.arrayContaining(focus));
    }
    await finish({ axe: `[data-scrolly="${id}"]` });
  }, 120_000);
});

/** The names of the towns and rivers a map shows: the static map's SVG text, or the live map's visible labels. */
function staticNames(map: Locator): Promise<string[]> {
  return map.locator('.static-map svg').evaluate((svg) => [...svg.querySelectorAll('text.town, text.river')].map((t) => t.textContent!.trim()).sort());
}
function liveNames(map: Locator, kinds = ['place', 'closeup', 'river']): Promise<string[]> {
  return map.locator('.live').evaluate(
    (live, kinds) =>
      [...live.querySelectorAll<HTMLElement>('.map-label')]
        .filter((l) => kinds.some((k) => l.classList.contains(k)) && l.checkVisibility({ visibilityProperty: true }))
        .map((l) => l.textContent!.trim())
        .sort(),
    kinds,
  );
}

describe('the map’s geography', () => {
  const townNames = Object.values(mapWords.towns);
  const riverNames = Object.values(mapWords.rivers);
  it.each([375, 1280])(
    'at %i px the live map shows the rivers, towns and neighbours the static map showed, and no label is cut or on another at any step',
    async (width) => {
      const { block, id } = mapScrolly;
      const { page, finish } = await openPage('/', { width, height: 812, reducedMotion: 'reduce' });
      const scrolly = page.locator(`[data-scrolly="${id}"]`);
      const map = scrolly.locator('.project-map');
      // The static map, as prerendered: it names rivers and towns.
      const before = await staticNames(map);
      expect(before.filter((n) => riverNames.includes(n)).length, 'rivers named on the static map').toBeGreaterThan(0);
      expect(before.filter((n) => townNames.includes(n)).length, 'towns named on the static map').toBeGreaterThan(0);
      const neighbours = await map.locator('.static-map svg text.country-label').evaluateAll((ts) => ts.map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ').toUpperCase()).sort());
      await scrolly.locator('[data-step="0"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await ready(map);
      // MapLibre draws the rivers; the live map names what the static map named, no more and no fewer.
      await expect.poll(() => map.locator('.live').evaluate((c) => (c as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap.queryRenderedFeatures({ layers: ['rivers'] }).length)).toBeGreaterThan(0);
      await expect.poll(() => liveNames(map)).toEqual(before);
      const liveCountries = (await liveNames(map, ['country', 'neighbour'])).map((n) => n.replace(/\s+/g, ' ').toUpperCase()).sort();
      expect(liveCountries.filter((n) => !neighbours.includes(n)), 'countries named only on the live map').toEqual([]);
      // A country the static map named gives way on the live map only to the live map's own controls (its credits).
      const givenWay = await map.evaluate((el, live) => {
        const controls = [...el.querySelectorAll('.maplibregl-ctrl')].map((c) => c.getBoundingClientRect());
        return [...el.querySelectorAll('.static-map svg text.country-label')]
          .filter((t) => !live.includes([...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ').toUpperCase()))
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return !controls.some((c) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom);
          })
          .map((t) => t.textContent);
      }, liveCountries);
      expect(givenWay, 'countries the live map drops, other than under its controls').toEqual([]);
      let closeUpTowns = 0;
      for (let i = 0; i < block.steps.length; i++) {
        await scrolly.locator(`[data-step="${i}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect.poll(async () => JSON.parse((await map.getAttribute('data-state'))!).projects).toEqual((block.steps[i].state as { projects?: string[] }).projects);
        await page.waitForTimeout(300);
        expect(await settledTextProblems(page, `[data-scrolly="${id}"] .project-map`), `step ${i} at ${width} px`).toEqual([]);
        closeUpTowns += (await liveNames(map, ['closeup'])).length;
      }
      expect(closeUpTowns, 'towns named only in close-ups appear in some close-up').toBeGreaterThan(0);
      await finish({ axe: false });
    },
    150_000,
  );
});

describe('the map without WebGL', () => {
  it.each([375, 1280])('at %i px the static maps name rivers and towns, none cut by the edge or on another label', async (width) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] });
    try {
      const page = await (await browser.newContext({ viewport: { width, height: 812 } })).newPage();
      await page.goto(inject('origin') + '/');
      await page.evaluate(() => document.fonts.ready);
      for (const map of await page.locator('.project-map').all()) {
        await map.scrollIntoViewIfNeeded();
        const names = await staticNames(map);
        expect(names).toEqual(expect.arrayContaining([mapWords.rivers.danube, mapWords.towns.belgrade]));
      }
      expect(await page.evaluate(textProblems, '.project-map')).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('shows the static map with every project, and no error', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] });
    try {
      const page = await (await browser.newContext()).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(inject('origin') + '/#projects');
      const map = page.locator(EXPLORE);
      await map.scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('.projects [data-island="map"]').getAttribute('data-hydrated')).toBe('true');
      await page.waitForTimeout(500);
      expect(await map.getAttribute('data-map-status')).toBe('static');
      expect(await map.locator('.static-map svg').isVisible()).toBe(true);
      expect(await map.locator('.static-map g.project').count()).toBe(located.length);
      // The legend still filters the static map.
      await map.locator('.legend button', { hasText: readData('story.json').graphics.map!.sectors.transport }).click();
      const transport = located.filter((p) => p.sector === 'transport').length;
      expect(await map.locator('.static-map g.project:visible').count()).toBe(located.length - transport);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
