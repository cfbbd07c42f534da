/**
 * The timeline, measured: its height at 375 and 1280 px with the real data (target: at most 12,000 px at 375 px),
 * then the story built from a copy of data/ whose timeline is grown to 1,000 events (the real ones plus copies
 * with other dates and unique ids), served and opened in Chromium: what a reader's browser pays (the HTML, the
 * JavaScript, the cost of a filter toggle) and the longest task while filtering and while scrolling through the
 * whole timeline at 1280 and at 375 px (target: none over 50 ms). Timings are printed, not enforced (they depend
 * on the machine).
 *
 *   tsx scripts/bench-timeline.ts [--events 1000] [--real dist] [--cpu 4] [--keep]
 *
 * --real: the build of the real data to measure the heights on (default dist/, as `npm run bench` has just built
 * it; built into the temp folder when there is none). --cpu: slow the CPU down that many times (Chromium's
 * throttling, as Lighthouse's mobile run does). --keep leaves the generated data and build in the temp folder
 * (printed) to look at.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DataFiles, TimelineEvent } from '../src/lib/data/schema.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { serveDist } from '../tests/browser/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const EVENTS = Number(argValue('--events') ?? 1000);
const KEEP = process.argv.includes('--keep');
const CPU = Number(argValue('--cpu') ?? 1);
const REAL = resolve(root, argValue('--real') ?? 'dist');
const TOGGLES = 10;

// Never hang: whatever happens, stop after five minutes.
setTimeout(() => {
  console.error('bench-timeline: gave up after 5 minutes');
  process.exit(1);
}, 5 * 60_000).unref();

/** A small seeded random generator (mulberry32), so every run builds the same 1,000 events. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real events, then copies of them with other dates (same precision, always valid) and unique ids. */
function growTimeline(events: TimelineEvent[], count: number): TimelineEvent[] {
  const rand = random(2025);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  const grown = events.slice(0, count);
  for (let i = grown.length; i < count; i++) {
    const base = events[i % events.length];
    const year = int(1990, 2025);
    const month = int(1, 12);
    const day = int(1, 25);
    const precision = base.date.length;
    const date = precision === 4 ? `${year}` : precision === 7 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const { endDate: _dropped, ...rest } = base;
    const copy: TimelineEvent = { ...rest, id: `${base.id}-bench-${i}`, date };
    if (base.endDate && precision === 10) copy.endDate = `${year}-${pad(month)}-${pad(day + int(1, 3))}`;
    grown.push(copy);
  }
  return grown;
}

/** Builds the site (from data/, or another data folder) into a dist folder; false when the build fails (its messages are printed). */
function build(distDir: string, dataDir?: string): boolean {
  try {
    // The data check's warnings (1,000 events that data/sr/ does not translate) are not news here: only a failure's messages are shown.
    execFileSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      env: dataDir ? { ...process.env, STORY_DATA_DIR: dataDir } : process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return true;
  } catch (error) {
    process.stderr.write(String((error as { stderr?: Buffer }).stderr ?? error));
    return false;
  }
}

/** The timeline's height in the story at a width, every year laid out (content-visibility would estimate the unseen ones). */
async function timelineHeight(browser: Browser, origin: string, width: number, path = '/'): Promise<number> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.addStyleTag({ content: '[data-timeline], [data-timeline] * { content-visibility: visible !important; }' });
    return await page.evaluate(() => document.querySelector('[data-timeline]')?.getBoundingClientRect().height ?? NaN);
  } finally {
    await page.close();
  }
}

/** Scrolls through the whole timeline, a little under a screenful per frame, timing the frames. */
async function scrollThrough(page: Page) {
  return page.evaluate(async () => {
    const timeline = document.querySelector<HTMLElement>('[data-timeline]')!;
    const top = timeline.getBoundingClientRect().top + scrollY;
    window.scrollTo(0, top);
    await new Promise((ok) => requestAnimationFrame(ok));
    await new Promise((ok) => setTimeout(ok, 200));
    const start = performance.now();
    const gaps: number[] = [];
    let last = start;
    // The timeline's end is read each time: years grow or shrink as they are laid out for the first time.
    while (scrollY + innerHeight < timeline.getBoundingClientRect().bottom + scrollY - 1) {
      const before = scrollY;
      window.scrollBy(0, Math.round(innerHeight * 0.75));
      await new Promise((ok) => requestAnimationFrame(ok));
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (scrollY === before) break;
    }
    // Let the last frame's long task (if any) be reported.
    await new Promise((ok) => setTimeout(ok, 100));
    return {
      start,
      end: performance.now(),
      frames: gaps.length,
      duration: performance.now() - start,
      distance: scrollY - top,
      longestFrame: Math.max(...gaps),
      slowFrames: gaps.filter((g) => g > 50).length,
    };
  });
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-timeline-'));
  const dataDir = join(work, 'data');
  const distDir = join(work, 'dist');
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  try {
    // 0. The real timeline's height at 375 and 1280 px (the target: at most 12,000 px at 375 px).
    let realDist = REAL;
    if (!existsSync(join(realDist, 'index.html'))) {
      realDist = join(work, 'dist-real');
      if (!build(realDist)) {
        console.error('bench-timeline: the build of data/ failed (its messages are above)');
        process.exitCode = 1;
        return;
      }
    }
    const realServer = await serveDist(realDist);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const realEvents = (JSON.parse(readFileSync(join(root, 'data', 'timeline.json'), 'utf8')) as DataFiles['timeline.json']).events.length;
    const heights: [string, string][] = [];
    try {
      for (const width of [375, 1280]) heights.push([`timeline height at ${width} px (${realEvents} events, ${relative(root, realDist) || realDist})`, `${Math.round(await timelineHeight(browser, realServer.origin, width)).toLocaleString('en')} px`]);
    } finally {
      await realServer.close();
    }

    // 1. Data: a copy of data/ with the timeline grown to EVENTS events.
    cpSync(join(root, 'data'), dataDir, { recursive: true });
    const file = join(dataDir, 'timeline.json');
    const timeline = JSON.parse(readFileSync(file, 'utf8')) as DataFiles['timeline.json'];
    const events = growTimeline(timeline.events, EVENTS);
    writeFileSync(file, JSON.stringify({ ...timeline, events }, null, 2));

    // 2. Build the site from it (the data check runs as part of the build).
    const started = performance.now();
    if (!build(distDir, dataDir)) {
      console.error(`bench-timeline: the build of ${EVENTS} events failed (its messages are above)`);
      process.exitCode = 1;
      return;
    }
    const buildTime = performance.now() - started;
    const html = readFileSync(join(distDir, 'index.html'));

    // 3. Serve it and open it in Chromium.
    server = await serveDist(distDir);
    const grownHeights: number[] = [];
    for (const width of [375, 1280]) grownHeights.push(await timelineHeight(browser, server.origin, width));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // tsx compiles the functions below with esbuild's keepNames, which calls a __name helper the page lacks.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    // Long tasks, long animation frames (a task plus the rendering it caused) and paints, from the very start.
    await page.addInitScript(() => {
      const entries: Record<string, { start: number; duration: number }[]> = {};
      (window as unknown as { __perf: typeof entries }).__perf = entries;
      for (const type of ['longtask', 'long-animation-frame', 'paint']) {
        entries[type] = [];
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) entries[type].push({ start: e.startTime, duration: e.duration });
          }).observe({ type, buffered: true });
        } catch {
          /* not supported here: the frame gaps below still tell */
        }
      }
    });
    type Entry = { start: number; duration: number };
    const perf = (type: string, from = 0) =>
      page.evaluate(
        ([type, from]) =>
          (window as unknown as { __perf: Record<string, Entry[]> }).__perf[type].filter((e) => e.start >= from),
        [type, from] as const,
      );
    // Main-thread time spent on style and layout, from Chromium's own counters (steadier than wall-clock timings).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    /** The main thread's busy time (all tasks), a steadier measure than the longest task on a busy machine. */
    const mainThread = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    const styleAndLayout = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return (value('RecalcStyleDuration') + value('LayoutDuration')) * 1000;
    };

    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
    await page.waitForTimeout(500);
    const loadStyleAndLayout = await styleAndLayout();
    const loadTasks = (await perf('longtask')).map((t) => t.duration);
    const fcp = (await perf('paint')).at(-1)?.start ?? NaN;

    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script' || r.name.endsWith('.js'));
      const timeline = document.querySelector('[data-timeline]');
      const items = [...document.querySelectorAll<HTMLElement>('[data-timeline] li[data-category]')];
      return {
        domContentLoaded: nav.domContentLoadedEventEnd,
        loaded: nav.loadEventEnd,
        scriptBytes: scripts.reduce((n, r) => n + (r as PerformanceResourceTiming).decodedBodySize, 0),
        events: items.length,
        uniqueIds: new Set(items.map((li) => li.id)).size,
        years: document.querySelectorAll('[data-timeline] [data-year]').length,
        timelineHtml: timeline?.outerHTML ?? '',
        elements: document.getElementsByTagName('*').length,
      };
    });
    if (!load.events) {
      console.error('bench-timeline: the built page has no timeline. Is the {"type": "timeline"} block in data/story.json rendered?');
      process.exitCode = 1;
      return;
    }

    // 4. The filter: hydrate the island, then toggle the biggest category TOGGLES times.
    const island = page.locator('[data-island="timeline-filter"]');
    await island.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const fieldset = document.querySelector<HTMLFieldSetElement>('[data-island="timeline-filter"] fieldset');
      return fieldset && !fieldset.disabled;
    });
    const islandScriptBytes = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.startTime > nav.loadEventEnd)
        .reduce((n, r) => n + (r as PerformanceResourceTiming).decodedBodySize, 0);
    });
    const filterStart = await page.evaluate(() => performance.now());
    const filterBusy = await mainThread();
    const toggles = await page.evaluate(async (count) => {
      const timeline = document.querySelector<HTMLElement>('[data-timeline]')!;
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-island="timeline-filter"] button[aria-pressed]')];
      const countOf = (b: HTMLButtonElement) => Number(b.querySelector('.count')?.textContent ?? 0);
      const button = buttons.sort((a, b) => countOf(b) - countOf(a))[0];
      const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
      const untilFrame: number[] = [];
      const sync: number[] = [];
      for (let i = 0; i < count; i++) {
        await frame();
        // (a) click → the next frame, forcing style and layout in its requestAnimationFrame callback.
        let t0 = performance.now();
        button.click();
        await frame();
        void timeline.offsetHeight;
        untilFrame.push(performance.now() - t0);
        // (b) the same toggle back, without waiting for a frame: click → Svelte's update → style and layout.
        await frame();
        t0 = performance.now();
        button.click();
        await Promise.resolve(); // Svelte applies the change in a microtask queued by the click
        void timeline.offsetHeight;
        sync.push(performance.now() - t0);
        if (timeline.dataset.hiddenCategories) throw new Error('the toggle back did not apply within the microtask');
      }
      await new Promise((ok) => setTimeout(ok, 200));
      return { category: button.textContent, untilFrame, sync, end: performance.now() };
    }, TOGGLES);
    const filterMain = ((await mainThread()) - filterBusy) / (TOGGLES * 2);
    // Counting what shows (checkVisibility lays out every year: a long task of the bench's own) comes after the
    // toggles, out of the window their long tasks are taken from.
    const shown = await page.evaluate(async () => {
      const timeline = document.querySelector<HTMLElement>('[data-timeline]')!;
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-island="timeline-filter"] button[aria-pressed]')];
      const countOf = (b: HTMLButtonElement) => Number(b.querySelector('.count')?.textContent ?? 0);
      const button = buttons.sort((a, b) => countOf(b) - countOf(a))[0];
      const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
      const visible = () => [...timeline.querySelectorAll<HTMLElement>('li[data-category]')].filter((li) => li.checkVisibility()).length;
      button.click();
      await frame();
      const whenHidden = visible();
      button.click();
      await frame();
      return { whenHidden, after: visible() };
    });

    const inFilter = (t: Entry) => t.start <= toggles.end;
    const filterTasks = (await perf('longtask', filterStart)).filter(inFilter).map((t) => t.duration);
    const filterFrames = (await perf('long-animation-frame', filterStart)).filter(inFilter).map((t) => t.duration);

    // 5. Scroll through the whole timeline, a little under a screenful per frame, watching frames and long tasks:
    // at 1280 px, then at 375 px (the phone layout, with its own overview).
    const scrolls = [];
    for (const [width, height] of [[1280, 900], [375, 800]]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      const before = await styleAndLayout();
      const busy = await mainThread();
      const scroll = await scrollThrough(page);
      const layout = (await styleAndLayout()) - before;
      const perFrame = ((await mainThread()) - busy) / scroll.frames;
      const tasks = (await perf('longtask', scroll.start)).filter((t) => t.start <= scroll.end).map((t) => t.duration);
      const frames = (await perf('long-animation-frame', scroll.start)).filter((t) => t.start <= scroll.end).map((t) => t.duration);
      scrolls.push({ width, scroll, layout, tasks, frames, perFrame });
    }
    const longest = (xs: number[]) => (xs.length ? ms(Math.max(...xs)) : 'none');

    // 6. Report.
    const timelineHtml = Buffer.from(load.timelineHtml);
    const rows: [string, string][] = [
      ...heights,
      [`timeline height at 375 / 1280 px (${EVENTS} events)`, grownHeights.map((h) => `${Math.round(h).toLocaleString('en')} px`).join(' / ')],
      ['events in data / rendered (unique ids)', `${events.length} / ${load.events} (${load.uniqueIds}) in ${load.years} years`],
      ['build (vite build, prerendered)', `${(buildTime / 1000).toFixed(1)} s`],
      ['index.html raw / gzip', `${kB(html.length)} / ${kB(gzipSync(html, { level: 9 }).length)}`],
      ['  of which the timeline (DOM) raw / gzip', `${kB(timelineHtml.length)} / ${kB(gzipSync(timelineHtml, { level: 9 }).length)}`],
      ['elements in the page', String(load.elements)],
      ['JavaScript loaded up front / for the filter island (decoded)', `${kB(load.scriptBytes)} / ${kB(islandScriptBytes)}`],
      ['first contentful paint / DOMContentLoaded / load', `${ms(fcp)} / ${ms(load.domContentLoaded)} / ${ms(load.loaded)}`],
      ['  style and layout (main thread) / long tasks (≥ 50 ms)', `${ms(loadStyleAndLayout)} / ${loadTasks.length ? loadTasks.map(ms).join(', ') : 'none'}`],
      [`filter toggle "${toggles.category}", median of ${TOGGLES}: click → next frame`, ms(median(toggles.untilFrame))],
      ['  click → style and layout, no frame wait (median)', ms(median(toggles.sync))],
      ['  slowest toggle (either way)', ms(Math.max(...toggles.untilFrame, ...toggles.sync))],
      ['  events visible with it hidden / after', `${shown.whenHidden} / ${shown.after}`],
      ['  main-thread time per toggle (mean, all its tasks and rendering)', ms(filterMain)],
      [`  longest task while filtering (${TOGGLES * 2} toggles; target ≤ 50 ms)`, filterTasks.length ? `${longest(filterTasks)} (${filterTasks.length} over 50 ms)` : 'none over 50 ms'],
      ['  longest animation frame while filtering (task + rendering)', filterFrames.length ? `${longest(filterFrames)} (${filterFrames.length} over 50 ms)` : 'none over 50 ms'],
      ...scrolls.flatMap(({ width, scroll, layout, tasks, frames, perFrame }): [string, string][] => [
        [`scroll through the timeline at ${width} px`, `${(scroll.distance / 1000).toFixed(0)}k px in ${scroll.frames} frames, ${(scroll.duration / 1000).toFixed(1)} s`],
        ['  longest frame / frames over 50 ms', `${ms(scroll.longestFrame)} / ${scroll.slowFrames}`],
        ['  longest task while scrolling (target ≤ 50 ms)', tasks.length ? `${longest(tasks)} (${tasks.length} over 50 ms)` : 'none over 50 ms'],
        ['  longest animation frame (task + rendering)', frames.length ? `${longest(frames)} (${frames.length} over 50 ms)` : 'none over 50 ms'],
        ['  style and layout while scrolling (main thread, total)', ms(layout)],
        ['  main-thread time per scrolled frame (mean)', ms(perFrame)],
      ]),
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    console.log(`\nThe timeline, and the timeline with ${EVENTS} events (Chromium${CPU > 1 ? `, CPU slowed ${CPU}×` : ''}; filtering at 1280 × 900)\n`);
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
    if (errors.length) console.log(`\nPage errors:\n${errors.join('\n')}`);
    console.log('');
    if (load.events !== EVENTS || load.uniqueIds !== EVENTS) {
      console.error(`bench-timeline: expected ${EVENTS} events with unique ids in the page`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    await server?.close();
    if (KEEP) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
