/**
 * A smoke run of the built story and one chart embed in Firefox and in WebKit (the engine of Safari), the
 * engines besides Chromium that readers use (see engines.ts for how each is driven). In each: no page error and
 * no request outside the page's origin, scroll steps change the graphic, a chart hydrates and answers the
 * keyboard, the map draws (WebGL) or keeps its static SVG map (no WebGL), and an embed on a host page is sized
 * to its content by embed.js. One browser per engine, reused by its tests. Everything is chosen from the data
 * and the markup, so a journalist's valid edit of data/ keeps it green.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedsOf } from '../../src/lib/embeds/embeds.ts';
import { embedSnippet } from '../../src/lib/embeds/snippet.ts';
import { readData } from './data-files.ts';
import { startFirefox, startSiteProxy, startWebKit, type Engine, type SiteProxy } from './engines.ts';

const story = readData('story.json');

/** A scrolly (not the map: it has its own test) and a later step whose state differs from the first step's. */
const SCROLLY = story.sections
  .flatMap((section) =>
    section.blocks.flatMap((block, i) => {
      if (block.type !== 'scrolly' || block.graphic === 'map') return [];
      const states = block.steps.map((step) => ({ ...block.steps[0].state, ...step.state }));
      const first = JSON.stringify(states[0]);
      const later = states.findLastIndex((state) => JSON.stringify(state) !== first);
      return later > 0 ? [{ id: `${section.id}-scrolly-${i}`, graphic: block.graphic, first: states[0], later, laterState: states[later] }] : [];
    }),
  )
  .at(0);

const EMBEDS = embedsOf(story);
const EMBED = EMBEDS.find((e) => e.id === 'china-trade') ?? EMBEDS.find((e) => e.kind === 'chart');
const HOST_PATH = '/engines/host.html';
const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>A host page using embed.js</title>
<style>body{margin:0;font-family:sans-serif}main{padding:0 8px;max-width:1000px}</style></head>
<body><main><h1>A host page using embed.js</h1>${EMBED ? embedSnippet(`/embed/${EMBED.id}.html`, '/embed.js', EMBED.title) : ''}
<p>After the embed.</p></main></body></html>`;

// In-page functions: sent as text, so each is self-contained.

function scrollTo(selector: string, index = 0): boolean {
  const el = document.querySelectorAll(selector)[index];
  el?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return !!el;
}

const attribute = (selector: string, name: string): string | null => document.querySelector(selector)?.getAttribute(name) ?? null;

/** The rendered graphic of a figure, without its state attribute: what the reader sees changing. */
function drawing(selector: string, index = 0): string {
  const figure = document.querySelectorAll(selector)[index];
  if (!figure) return '';
  // Each element's tag, attributes, style and own text: not the markers a server render leaves, nor the order of
  // attributes or the spelling of a style, which a redraw may change without changing what is seen.
  const plot = figure.querySelector('svg.plot');
  if (plot)
    return [plot, ...plot.querySelectorAll('*')]
      .map((el) => {
        const attributes = [...el.attributes].filter((a) => a.name !== 'style').map((a) => `${a.name}=${a.value}`).sort().join(' ');
        const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
        return `${el.tagName} ${attributes} ${(el as SVGElement).style.cssText} ${text}`;
      })
      .join('\n');
  const svgs = [...figure.querySelectorAll('svg')].map((svg) => svg.outerHTML).join('');
  if (svgs) return svgs;
  // An HTML chart: each element's tag, class, style and own text.
  const body = figure.querySelector('.chart-body') ?? figure;
  return [...body.querySelectorAll('*')]
    .map((el) => {
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      return `${el.tagName} ${el.getAttribute('class') ?? ''} ${el.getAttribute('style') ?? ''} ${text}`;
    })
    .join('\n');
}

/** The first island with a radio group (a segmented control) and a state: its index among the islands. */
function keyboardChart(): { index: number; name: string } | null {
  const islands = [...document.querySelectorAll('[data-island]')];
  for (let index = 0; index < islands.length; index++) {
    if (!islands[index].querySelector('[data-state]')) continue;
    const names = [...islands[index].querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.name);
    const name = names.find((n, i) => names.indexOf(n) !== i);
    if (name) return { index, name };
  }
  return null;
}

function chartState(index: number, group: string) {
  const island = document.querySelectorAll<HTMLElement>('[data-island]')[index];
  const radios = [...island.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${group}"]`)];
  const active = document.activeElement;
  return {
    hydrated: island.dataset.hydrated === 'true',
    state: island.querySelector('[data-state]')!.getAttribute('data-state'),
    count: radios.length,
    checked: radios.findIndex((r) => r.checked),
    focused: radios.findIndex((r) => r === active),
  };
}

function focusChecked(index: number, group: string): void {
  const island = document.querySelectorAll<HTMLElement>('[data-island]')[index];
  const radios = [...island.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${group}"]`)];
  (radios.find((r) => r.checked) ?? radios[0]).focus();
}

function mapView(index: number) {
  const map = document.querySelectorAll<HTMLElement>('.project-map')[index];
  const island = map.closest<HTMLElement>('[data-island]');
  const svg = map.querySelector('.static-map svg');
  const box = svg?.getBoundingClientRect();
  let webgl2 = false;
  try {
    webgl2 = !!document.createElement('canvas').getContext('webgl2');
  } catch {
    webgl2 = false;
  }
  return {
    hydrated: island?.dataset.hydrated === 'true',
    status: map.dataset.mapStatus ?? null,
    webgl2,
    canvas: !!map.querySelector('.live canvas'),
    staticVisible: !!svg && !!box && box.width > 100 && box.height > 100 && getComputedStyle(svg).visibility !== 'hidden',
    staticProjects: map.querySelectorAll('.static-map g.project').length,
  };
}

/** The map canvas's pixels: the share that is drawn (not transparent) and how many colours they have. */
function canvasPixels(index: number): { drawn: number; colours: number } {
  const canvas = document.querySelectorAll('.project-map')[index].querySelector<HTMLCanvasElement>('.live canvas')!;
  const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true })!;
  const pixels = new Uint8Array(canvas.width * canvas.height * 4);
  gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  let drawn = 0;
  const colours = new Set<number>();
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] === 0) continue;
    drawn++;
    colours.add(((pixels[i] >> 4) << 8) | ((pixels[i + 1] >> 4) << 4) | (pixels[i + 2] >> 4));
  }
  return { drawn: drawn / (pixels.length / 4), colours: colours.size };
}

/** The embed's iframe against its document: heights, and whether its chart has hydrated. */
function embedFit() {
  const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-serbia-china-embed]')!;
  const doc = iframe.contentDocument;
  const height = iframe.getBoundingClientRect().height;
  if (!doc || doc.readyState !== 'complete' || !doc.documentElement) return { ready: false, height, styleHeight: iframe.style.height, misfit: Infinity, hydrated: false };
  const root = doc.documentElement;
  const content = root.getBoundingClientRect().height;
  return {
    ready: true,
    height,
    styleHeight: iframe.style.height,
    content,
    // 0 when the frame is as tall as its document (so it shrinks too) and nothing scrolls inside it.
    misfit: Math.max(Math.abs(height - content), Math.abs(height - root.scrollHeight), root.scrollHeight - root.clientHeight),
    hydrated: [...doc.querySelectorAll<HTMLElement>('[data-island]')].every((el) => el.dataset.hydrated === 'true') && !!doc.querySelector('[data-island]'),
  };
}

function setHostWidth(width: string): void {
  document.querySelector<HTMLElement>('main')!.style.maxWidth = width;
}

const ENGINES: { name: string; start: (proxy: SiteProxy) => Promise<Engine> }[] = [
  { name: 'Firefox (firefox-esr, WebDriver BiDi)', start: startFirefox },
  { name: 'WebKit (WebKitGTK MiniBrowser, WebKitWebDriver)', start: startWebKit },
];

describe.each(ENGINES)('$name', ({ start }) => {
  let proxy: SiteProxy;
  let engine: Engine;
  let storyUrl: string;

  beforeAll(async () => {
    proxy = await startSiteProxy(inject('origin'), { [HOST_PATH]: HOST_PAGE });
    storyUrl = `${proxy.origin}/`;
    engine = await start(proxy);
  }, 60_000);

  afterAll(async () => {
    await engine?.close();
    await proxy?.close();
  });

  /** Opens the story unless it is already open. */
  async function openStory(): Promise<void> {
    if ((await engine.evaluate(() => location.href)) !== storyUrl) await engine.goto(storyUrl);
  }

  async function noProblems(): Promise<void> {
    expect(await engine.takeProblems(), 'page errors, failed responses or requests outside the origin').toEqual([]);
  }

  it('the story loads, hydrates its first island, with no error and no request outside its origin', async () => {
    await engine.goto(storyUrl);
    expect(await engine.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    expect(await engine.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '')).not.toBe('');
    const islands = await engine.evaluate(() => document.querySelectorAll('[data-island]').length);
    expect(islands).toBeGreaterThan(0);
    await engine.evaluate(scrollTo, '[data-island]', 0);
    await expect.poll(() => engine.evaluate(attribute, '[data-island]', 'data-hydrated'), { timeout: 15_000 }).toBe('true');
    await noProblems();
  });

  it('scrolling to a later step changes the graphic', async () => {
    expect(SCROLLY, 'the story has a scrolly whose steps change its graphic').toBeDefined();
    const { id, first, later, laterState } = SCROLLY!;
    await openStory();
    const figure = `[data-scrolly="${id}"] [data-island]`;
    const state = async () => JSON.parse((await engine.evaluate(attribute, `${figure} [data-state]`, 'data-state')) ?? 'null');
    await engine.evaluate(scrollTo, `[data-scrolly="${id}"] [data-step="0"]`, 0);
    await expect.poll(() => engine.evaluate(attribute, figure, 'data-hydrated'), { timeout: 15_000 }).toBe('true');
    await expect.poll(state, { message: `${id} step 0` }).toMatchObject(first);
    const before = await engine.evaluate(drawing, figure);

    await engine.evaluate(scrollTo, `[data-scrolly="${id}"] [data-step="${later}"]`, 0);
    await expect.poll(() => engine.evaluate(attribute, `[data-scrolly="${id}"] [data-step="${later}"]`, 'class')).toContain('is-active');
    await expect.poll(state, { message: `${id} step ${later}` }).toMatchObject(laterState);
    await expect.poll(() => engine.evaluate(drawing, figure), { message: 'the drawing changes' }).not.toBe(before);
    await noProblems();
  });

  it('a chart hydrates and answers the keyboard: an arrow key moves its segmented control and redraws it, the other arrow moves back', async () => {
    await openStory();
    const chart = await engine.evaluate(keyboardChart);
    expect(chart, 'a chart with a segmented control').not.toBeNull();
    const { index, name } = chart!;
    const state = () => engine.evaluate(chartState, index, name);
    // Its controls in the middle of the screen (a scrolly's island spans all its steps: its middle is a later step).
    await engine.evaluate(scrollTo, `[data-island] input[name="${name}"]`, 0);
    await expect.poll(async () => (await state()).hydrated, { timeout: 15_000 }).toBe(true);
    await engine.evaluate(focusChecked, index, name);
    const before = await state();
    const picture = await engine.evaluate(drawing, '[data-island]', index);
    expect(before.focused, 'the checked option has the focus').toBe(before.checked);

    // Towards the other options (not every engine wraps around at the end of a group).
    const [forth, back, step] = before.checked < before.count - 1 ? (['ArrowRight', 'ArrowLeft', 1] as const) : (['ArrowLeft', 'ArrowRight', -1] as const);
    await engine.press(forth);
    await expect.poll(async () => (await state()).checked, { message: `${forth} chooses the next option` }).toBe(before.checked + step);
    expect((await state()).focused, 'the focus follows the choice').toBe(before.checked + step);
    await expect.poll(() => engine.evaluate(drawing, '[data-island]', index), { message: 'the chart redraws' }).not.toBe(picture);

    await engine.press(back);
    await expect.poll(async () => (await state()).checked, { message: `${back} chooses the first option again` }).toBe(before.checked);
    await expect.poll(() => engine.evaluate(drawing, '[data-island]', index), { message: 'the chart is drawn as before' }).toBe(picture);
    await noProblems();
  });

  it('the map draws where WebGL works and keeps its static SVG map where it does not', async () => {
    await openStory();
    expect(await engine.evaluate(() => document.querySelectorAll('.project-map').length), 'a map in the story').toBeGreaterThan(0);
    // The explorable map (the scrolly's is SVG at every engine).
    const map = await engine.evaluate(() => [...document.querySelectorAll('.project-map')].findIndex((m) => m.classList.contains('explore')));
    expect(map, 'an explorable map in the story').toBeGreaterThanOrEqual(0);
    await engine.evaluate(scrollTo, '.project-map', map);
    await expect.poll(async () => (await engine.evaluate(mapView, map)).hydrated, { timeout: 15_000 }).toBe(true);
    const { webgl2 } = await engine.evaluate(mapView, map);
    if (webgl2) {
      await expect.poll(async () => (await engine.evaluate(mapView, map)).status, { timeout: 30_000, message: 'MapLibre starts' }).toBe('ready');
      await expect
        .poll(async () => (await engine.evaluate(canvasPixels, map)).drawn, { timeout: 15_000, message: 'share of the canvas drawn' })
        .toBeGreaterThan(0.5);
      expect((await engine.evaluate(canvasPixels, map)).colours, 'colours on the canvas').toBeGreaterThanOrEqual(3);
    } else {
      // Without WebGL the island does not even load MapLibre: the static map stays, with its projects.
      await new Promise((ok) => setTimeout(ok, 500));
      expect(await engine.evaluate(mapView, map)).toMatchObject({ status: 'static', canvas: false, staticVisible: true });
      expect((await engine.evaluate(mapView, map)).staticProjects).toBeGreaterThan(0);
    }
    await noProblems();
  });

  it('a chart embed on a host page is sized to its content by embed.js, at two widths', async () => {
    expect(EMBED, 'the story has a chart embed').toBeDefined();
    await engine.goto(proxy.origin + HOST_PATH);
    await engine.evaluate(scrollTo, 'iframe[data-serbia-china-embed]', 0);
    const misfit = async () => {
      const fit = await engine.evaluate(embedFit);
      return fit.ready && fit.hydrated ? fit.misfit : Infinity;
    };
    await expect.poll(misfit, { timeout: 15_000, message: 'the embed fits its content, its chart hydrated' }).toBeLessThanOrEqual(2);
    const wide = await engine.evaluate(embedFit);
    expect(wide.styleHeight, 'embed.js set the height').toMatch(/^\d+(\.\d+)?px$/);
    expect(wide.height, 'not the snippet’s fixed 600 px').not.toBe(600);

    await engine.evaluate(setHostWidth, '360px');
    await expect
      .poll(async () => ((await engine.evaluate(embedFit)).height > wide.height ? misfit() : Infinity), {
        timeout: 10_000,
        message: 'the embed grows on a narrow host and fits again',
      })
      .toBeLessThanOrEqual(2);
    await noProblems();
  });

  it('the checks above are not vacuous: a thrown error, an unhandled rejection and a missing file are all seen', async () => {
    await openStory();
    await engine.evaluate(() => {
      // As page code (not the driver's): an uncaught error, a rejection nobody handles, and a request for a missing file.
      const script = document.createElement('script');
      script.textContent = `setTimeout(() => { throw new Error('engines test: thrown on purpose'); });
        Promise.reject(new Error('engines test: rejected on purpose'));
        fetch('engines-test-missing-on-purpose.json').catch(() => {});`;
      document.body.append(script);
      script.remove();
    });
    const seen: string[] = [];
    await expect
      .poll(async () => {
        seen.push(...(await engine.takeProblems()));
        return ['thrown on purpose', 'rejected on purpose', '404 /engines-test-missing-on-purpose.json'].filter((p) => !seen.some((s) => s.includes(p)));
      })
      .toEqual([]);
  });
});
