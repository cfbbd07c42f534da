/**
 * The explorable project map and its embed: MapLibre draws over the static map when WebGL works (Chromium's software
 * WebGL here). It filters sectors, opens a panel by keyboard, mouse and touch, and is linked to the project list and
 * the timeline. The SVG maps (the scrolly's, and the static maps without WebGL) are in map-svg.test.ts.
 */
import { type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTOR_COLOURS } from '../../src/lib/graphics/map/static-map.ts';
import { anchorPoint } from '../../src/lib/graphics/map/map-camera.ts';
import { readData } from './data-files.ts';
import { openPage } from './harness.ts';
import { settledTextProblems } from './text-fit.ts';
import { EXPLORE, located, mapWords, projects, staticNames } from './map-parts.ts';

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

/**
 * Projects whose markers share a place (anchors less than 0.02° apart: Bor's mines and smelter, Belgrade's
 * projects): whatever the data hold, the tests below must reach each of them.
 */
const stacked = located.filter((p) =>
  located.some((q) => q.id !== p.id && Math.hypot(anchorPoint(p.location!)[0] - anchorPoint(q.location!)[0], anchorPoint(p.location!)[1] - anchorPoint(q.location!)[1]) < 0.02),
);

/** The marker that stands for a project now: its own button, or that of the group it is gathered in. */
const markerFor = (map: Locator, id: string) => map.locator(`.map-project[data-project="${id}"]:not([hidden]), .map-group[data-projects~="${id}"]`);

type Camera = { lng: number; lat: number; zoom: number };
const camera = (map: Locator): Promise<Camera> =>
  map.locator('.live').evaluate((c) => {
    const m = (c as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
    return { ...m.getCenter(), zoom: m.getZoom() };
  });
const jumpTo = (map: Locator, to: Camera) =>
  map.locator('.live').evaluate((c, { lng, lat, zoom }) => {
    (c as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap.jumpTo({ center: [lng, lat], zoom });
  }, to);

/** Where a project's marker is on the page (CSS px), from its coordinates. */
const markerPoint = (map: Locator, id: string) =>
  map.locator('.live').evaluate((c, lngLat) => {
    const { x, y } = (c as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap.project(lngLat);
    const box = c.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, anchorPoint(located.find((p) => p.id === id)!.location!));

/** Waits for the map to stand still (a pan to keep a chosen marker clear may still be running). */
const settled = (map: Locator) =>
  map.locator('.live').evaluate(
    (c) =>
      new Promise<void>((done) => {
        const m = (c as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap;
        if (m.isMoving()) m.once('moveend', () => done());
        else done();
      }),
  );

const focusedIds = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return (el.dataset.project ?? el.dataset.projects ?? '').split(' ');
  });

/** When the test last tapped the map. */
let lastTap = 0;

/** The projects an open chooser offers, in its order. */
const chooserIds = (map: Locator) => map.locator('.chooser button[data-project]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.project!));

/** Opens a project with a tap or a click on its marker, through the chooser when its marker stands for several. */
async function openByPointer(map: Locator, id: string, how: 'tap' | 'click') {
  const marker = markerFor(map, id);
  await settled(map);
  // Two taps on the map less than 500 ms apart are a double tap, which MapLibre takes for a zoom (and the marker gets
  // no click): the test's taps can come faster than a reader's, from one marker's chooser to the next marker.
  if (how === 'tap') await map.page().waitForTimeout(Math.max(0, lastTap + 600 - Date.now()));
  // tap() and click() first check that the marker itself receives the pointer at its centre: not one stacked on it.
  await marker[how]({ timeout: 5_000 });
  lastTap = Date.now();
  // The chooser and the panel come after a camera move: longer on a busy 2-core machine.
  const group = await marker.evaluate((el) => (el.classList.contains('map-group') ? el.dataset.projects!.split(' ') : null));
  if (group) {
    const choice = map.locator(`.chooser button[data-project="${id}"]`);
    await choice.waitFor({ timeout: 15_000 });
    expect(await chooserIds(map), 'the chooser offers every project of its marker').toEqual(group);
    await choice[how]();
    lastTap = Date.now();
  }
  await expect.poll(() => map.locator('.panel h4').textContent(), { timeout: 15_000 }).toBe(projects.find((p) => p.id === id)!.name);
}

/** Tab's stop on the map, then the arrow keys to the project's marker, Enter, and in a chooser the arrow keys and Enter. */
async function openByKeyboard(page: Page, map: Locator, id: string) {
  if (!(await focusedIds(page)).includes(id)) await map.locator('.map-project[tabindex="0"], .map-group[tabindex="0"]').focus();
  const seen = new Set<string>();
  while (!(await focusedIds(page)).includes(id)) {
    const here = (await focusedIds(page)).join(' ');
    expect(seen.has(here), `the arrow keys come back to ${here} without reaching ${id}`).toBe(false);
    seen.add(here);
    await page.keyboard.press('ArrowRight');
  }
  const group = await focusedIds(page);
  await page.keyboard.press('Enter');
  if (group.length > 1) {
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.chooser'))).toBe(true);
    expect(await chooserIds(map), 'the chooser offers every project of its marker').toEqual(group);
    for (let i = 0; i < 20 && (await focusedIds(page))[0] !== id; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => map.locator('.panel h4').textContent(), { timeout: 5_000 }).toBe(projects.find((p) => p.id === id)!.name);
}

async function ready(map: Locator) {
  await map.scrollIntoViewIfNeeded();
  // waitForFunction rather than expect.poll, so that it also works in beforeAll.
  await map.page().waitForFunction((el) => el?.getAttribute('data-map-status') === 'ready', await map.elementHandle(), { timeout: 30_000 });
}

/**
 * The zoom buttons as a reader sees them: the share of each button's pixels that stand out from its background (its
 * sign), and whether that background follows the page's theme (dark on a dark page).
 */
async function zoomButtons(map: Locator): Promise<{ sign: number; themed: boolean }[]> {
  const page = map.page();
  const out: { sign: number; themed: boolean }[] = [];
  for (const button of await map.locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out').all()) {
    const png = await button.screenshot();
    const { sign, background } = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const light = (i: number) => (pixels[i] * 0.2126 + pixels[i + 1] * 0.7152 + pixels[i + 2] * 0.0722) / 255;
      // The background: the commonest lightness, to a twentieth.
      const counts = new Map<number, number>();
      for (let i = 0; i < pixels.length; i += 4) counts.set(Math.round(light(i) * 20), (counts.get(Math.round(light(i) * 20)) ?? 0) + 1);
      const background = [...counts].sort((a, b) => b[1] - a[1])[0][0] / 20;
      let far = 0;
      for (let i = 0; i < pixels.length; i += 4) if (Math.abs(light(i) - background) > 0.4) far++;
      return { sign: far / (pixels.length / 4), background };
    }, png.toString('base64'));
    const pageDark = await page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
      return (r * 0.2126 + g * 0.7152 + b * 0.0722) / 255 < 0.5;
    });
    out.push({ sign, themed: pageDark === background < 0.5 });
  }
  return out;
}

describe('exploring the project map', () => {
  // One page for these steps: loading MapLibre in software WebGL is the slow part.
  let shared: Awaited<ReturnType<typeof openPage>>;
  /** What the page had fetched before the reader neared the map. */
  let before: string[] = [];
  beforeAll(async () => {
    shared = await openPage('/');
    before = await shared.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    await ready(shared.page.locator(EXPLORE));
  }, 90_000);
  afterAll(() => shared.finish({ axe: EXPLORE }), 60_000);

  it('loads MapLibre only near the map; its canvas draws Serbia and the markers, with one feature per located project', async () => {
    const { page } = shared;
    expect(before.some((url) => url.includes('maplibre') || url.includes('live-map')), 'MapLibre is not in the first load').toBe(false);
    const map = page.locator(EXPLORE);
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
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
  }, 90_000);

  it('the zoom buttons show their signs, in light and in dark', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const buttons = await zoomButtons(map);
      expect(buttons.length, 'two zoom buttons').toBe(2);
      for (const { sign, themed } of buttons) {
        expect(sign, `${scheme}: the share of a button's pixels that draw its sign`).toBeGreaterThan(0.02);
        expect(themed, `${scheme}: the button's background follows the page`).toBe(true);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }, 60_000);

  it('the live map draws the rivers and names a river and towns, none cut or on another', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect(await staticNames(map), 'the static map names the Danube and Belgrade').toEqual(expect.arrayContaining([mapWords.rivers.danube, mapWords.towns.belgrade]));
    await expect.poll(() => map.locator('.live').evaluate((c) => (c as unknown as { maplibreMap: import('maplibre-gl').Map }).maplibreMap.queryRenderedFeatures({ layers: ['rivers'] }).length)).toBeGreaterThan(0);
    const named = await liveNames(map);
    expect(named, 'the live map names the Danube').toContain(mapWords.rivers.danube);
    expect(named.filter((n) => Object.values(mapWords.towns).includes(n)).length, 'towns the live map names').toBeGreaterThan(2);
    expect(await settledTextProblems(page, EXPLORE)).toEqual([]);
  }, 60_000);

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
    await expect.poll(() => renderedProjects(map), { timeout: 10_000 }).toEqual(located.filter((p) => p.sector !== sector).map((p) => p.id).sort());
    for (const id of ofSector) expect(await map.locator(`.map-project[data-project="${id}"]`).isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => renderedProjects(map), { timeout: 10_000 }).toEqual(located.map((p) => p.id).sort());
  }, 90_000);

  it('Enter on a project opens its panel with the full details; Escape closes it and returns focus', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    const project = chosen;
    await openByKeyboard(page, map, project.id);
    const panel = map.locator('.panel');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
    const text = (await panel.textContent())!;
    for (const expected of [project.companies[0], mapWords.statuses[project.status], project.sources[0].name, ...(project.controversy ? [project.controversy.slice(0, 20)] : [])])
      expect(text).toContain(expected);
    expect(await panel.locator('a[target="_blank"][rel~="noopener"]').count()).toBeGreaterThan(0);
    expect(await page.locator(`#project-${project.id}`).getAttribute('data-selected')).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await focusedIds(page), 'focus back on the marker that stands for the project').toContain(project.id);
  }, 90_000);

  it('arrow keys on a marker move between the markers on the map and never move the map', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    await settled(map);
    await map.locator('.map-project[tabindex="0"], .map-group[tabindex="0"]').focus();
    const before = await camera(map);
    const visited = [(await focusedIds(page)).join(' ')];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      visited.push((await focusedIds(page)).join(' '));
      // The focused marker is on the map, where the reader sees it.
      const [marker, box] = await page.evaluate(() => [document.activeElement!.getBoundingClientRect().toJSON(), document.querySelector('.projects .live')!.getBoundingClientRect().toJSON()]);
      expect(marker.left).toBeGreaterThanOrEqual(box.left - marker.width / 2);
      expect(marker.right).toBeLessThanOrEqual(box.right + marker.width / 2);
    }
    expect(new Set(visited.slice(0, 4)).size, 'three presses reach three other markers').toBe(4);
    // MapLibre's own keys pan in an animation: give one the time to show.
    await page.waitForTimeout(400);
    expect(await camera(map)).toEqual(before);
  }, 60_000);

  it('every project, stacked ones included, opens from the keyboard', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    expect(stacked.length, 'the data have projects that share a place').toBeGreaterThan(1);
    const start = await camera(map);
    // One pass of the arrow keys, until they come back to the first marker, reaches every project's marker.
    await map.locator('.map-project[tabindex="0"], .map-group[tabindex="0"]').focus();
    const markers = [await focusedIds(page)];
    for (let i = 0; i < located.length; i++) {
      await page.keyboard.press('ArrowRight');
      const ids = await focusedIds(page);
      if (ids.join(' ') === markers[0].join(' ')) break;
      markers.push(ids);
    }
    expect(markers.flat().sort(), 'the projects one pass of the arrow keys reaches').toEqual(located.map((p) => p.id).sort());
    // Enter opens, through its chooser, the last project of every marker that stands for several (the chooser offers
    // each of them alike), and a marker's own project at both ends of the pass (Enter works alike on every marker).
    const singles = markers.filter((ids) => ids.length === 1);
    const opening = markers.filter((ids) => ids.length > 1 || ids === singles[0] || ids === singles.at(-1));
    expect(opening.flat(), 'every project that shares a marker').toEqual(expect.arrayContaining(stacked.map((p) => p.id)));
    for (const ids of opening)
      for (const id of ids.slice(-1)) {
        await openByKeyboard(page, map, id);
        await page.keyboard.press('Escape');
        await expect.poll(() => map.locator('.panel').count()).toBe(0);
        await jumpTo(map, start);
        // Back on the marker (a group's button may be drawn anew as the camera moves back).
        await map.locator(ids.length > 1 ? `.map-group[data-projects="${ids.join(' ')}"]` : `.map-project[data-project="${id}"]`).focus();
      }
  }, 120_000);

  it('the chosen project’s card covers neither its marker nor sits under the edition bar; from the list it does not repeat the entry', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    const start = await camera(map);
    const bar = page.locator('.edition-bar nav');
    const panel = map.locator('.panel');
    /** The reader scrolls up a little: the edition bar comes back over the top of the screen. */
    const pinBar = async () => {
      await page.mouse.move(1000, 500);
      await page.mouse.wheel(0, -120);
      await expect.poll(() => bar.evaluate((nav) => nav.classList.contains('is-pinned'))).toBe(true);
    };
    const clear = async (id: string) =>
      expect
        .poll(async () => {
          const [card, top] = [await panel.boundingBox(), await bar.evaluate((nav) => nav.getBoundingClientRect().bottom)];
          const point = await markerPoint(map, id);
          const covers = point.x > card!.x - 8 && point.x < card!.x + card!.width + 8 && point.y > card!.y - 8 && point.y < card!.y + card!.height + 8;
          return { covers, underBar: card!.y < top };
        })
        .toEqual({ covers: false, underBar: false });
    // The westernmost and easternmost projects, and one of those that share a place.
    const byLng = [...located].sort((a, b) => anchorPoint(a.location!)[0] - anchorPoint(b.location!)[0]);
    for (const project of [byLng[0], byLng.at(-1)!, stacked[0]]) {
      await jumpTo(map, start);
      await page.locator(`#project-${project.id} summary`).click();
      await pinBar();
      await expect.poll(() => panel.locator('h4').textContent()).toBe(project.name);
      // The list entry beside it shows the details: the card names the project, it does not copy them.
      expect(await panel.textContent()).not.toContain(project.sources[0].name);
      await clear(project.id);
      await panel.locator('.close').click();
      // Opened on the map, the card holds the details: taller, it still leaves the marker in view.
      await jumpTo(map, start);
      await openByPointer(map, project.id, 'click');
      await pinBar();
      expect(await panel.textContent()).toContain(project.sources[0].name);
      await clear(project.id);
      await panel.locator('.close').click();
    }
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

describe('the project map on a phone (375 px, touch)', () => {
  let shared: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    shared = await openPage('/', { width: 375, height: 667, hasTouch: true });
    await ready(shared.page.locator(EXPLORE));
  }, 90_000);
  afterAll(() => shared.finish({ axe: EXPLORE }), 60_000);

  it('every project, stacked ones included, opens with a tap on the map; its sheet leaves its marker in view', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const start = await camera(map);
    // Every marker takes a tap at its centre (none lies under another), and together they stand for every project.
    const markers = await map.evaluate((el) =>
      [...el.querySelectorAll<HTMLElement>('.map-project:not([hidden]), .map-group')].map((marker) => {
        const box = marker.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return { ids: (marker.dataset.project ?? marker.dataset.projects ?? '').split(' '), tappable: !!hit && marker.contains(hit) };
      }),
    );
    expect(markers.filter((m) => !m.tappable).map((m) => m.ids.join(' ')), 'markers under something else at their centre').toEqual([]);
    expect(markers.flatMap((m) => m.ids).sort()).toEqual(located.map((p) => p.id).sort());
    // A tap opens, through its chooser, the last project of every marker that stands for several (the chooser offers
    // each of them alike), and the westernmost and easternmost projects (a tap works alike on every marker).
    const byLng = [...located].sort((a, b) => anchorPoint(a.location!)[0] - anchorPoint(b.location!)[0]);
    const groups = markers.filter((m) => m.ids.length > 1);
    expect(groups.flatMap((m) => m.ids), 'every project that shares a marker').toEqual(expect.arrayContaining(stacked.map((p) => p.id)));
    const tapped = [...new Set([...groups.map((m) => m.ids.at(-1)!), byLng[0].id, byLng.at(-1)!.id])];
    for (const id of tapped) {
      await openByPointer(map, id, 'tap');
      const sheet = (await map.locator('.panel').boundingBox())!;
      await expect.poll(async () => (await markerPoint(map, id)).y, { message: `${id}'s marker above its sheet` }).toBeLessThan(sheet.y - 8);
      await map.locator('.panel .close').tap();
      lastTap = Date.now();
      await expect.poll(() => map.locator('.panel').count()).toBe(0);
      await jumpTo(map, start);
    }
  }, 150_000);

  it('the sheet shrinks to the project’s name once the reader scrolls on', async () => {
    const { page } = shared;
    const map = page.locator(EXPLORE);
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await openByPointer(map, stacked[0].id, 'tap');
    const panel = map.locator('.panel');
    const open = (await panel.boundingBox())!.height;
    await page.mouse.move(180, 200);
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => (await panel.boundingBox())?.height ?? 0).toBeLessThan(Math.min(open, 667 * 0.15));
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => (await panel.boundingBox())?.height ?? 0).toBeLessThan(667 * 0.15);
  }, 60_000);
});

describe('the map embed', () => {
  it('opens on the project its URL names (?project=<id>)', async () => {
    const { page, finish } = await openPage(`/embed/map.html?project=${chosen.id}`);
    await expect.poll(() => page.locator('.project-map .panel h4').textContent().catch(() => null), { timeout: 20_000 }).toBe(chosen.name);
    expect(await page.locator(`#project-${chosen.id}`).getAttribute('data-selected')).toBe('');
    await finish({ axe: '.project-map' });
  }, 60_000);
});

/** The names of the towns and rivers the live map shows. */
function liveNames(map: Locator): Promise<string[]> {
  return map.locator('.live').evaluate((live) =>
    [...live.querySelectorAll<HTMLElement>('.map-label')]
      .filter((l) => ['place', 'closeup', 'river'].some((k) => l.classList.contains(k)) && l.checkVisibility({ visibilityProperty: true }))
      .map((l) => l.textContent!.trim())
      .sort(),
  );
}
