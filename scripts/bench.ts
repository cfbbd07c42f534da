/**
 * npm run bench: builds the site, then prints, for each page, the JavaScript and CSS a browser fetches
 * before any interaction (from its network log), the largest chunks, and Lighthouse. Budgets live here and
 * in each graphic's definition, not in timed tests. Pass --no-build to measure the existing dist/.
 */
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Request } from 'playwright-core';
import { GRAPHICS } from '../src/lib/graphics/registry.ts';
import { EDITIONS } from '../src/lib/i18n/editions.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { serveDist } from '../tests/browser/static-server.ts';

const dist = resolve('dist');
if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  const log = execSync('npx vite build 2>&1', { encoding: 'utf8' });
  // The build says how long its pictures took (share cards, chart PNG and SVG: src/build/images.ts).
  const pictures = /(\d+) share cards and chart pictures drawn in ([\d.]+) s/.exec(log);
  console.log(`\nBuild: ${((performance.now() - started) / 1000).toFixed(1)} s, of which pictures ${pictures ? `${pictures[2]} s (${pictures[1]} files; target under 15 s)` : 'not reported'}`);
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (n: number) => (n / 1000).toFixed(1).padStart(7) + ' kB';

type Budget = (typeof GRAPHICS)[number]['budget'];
/** The story's own budget; each embed's is in its graphic's definition (src/lib/graphics/<id>/graphic.ts). */
const STORY_BUDGET: Budget = { js: 60_000, css: 20_000 };
const PREVIEWER_BUDGET: Budget = { js: 30_000, css: 15_000 };

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The page's path in the English edition: sr-cyrl/embed/debt.html → embed/debt.html. */
const englishPathOf = (name: string) => {
  const edition = EDITIONS.find((e) => e.path && name.startsWith(e.path));
  return edition ? name.slice(edition.path.length) : name;
};

function budgetOf(name: string): Budget {
  const id = /^embed\/([\w-]+)\.html$/.exec(englishPathOf(name))?.[1];
  if (id === 'index') return PREVIEWER_BUDGET;
  if (id) return GRAPHICS.find((g) => g.id === id)?.budget ?? PREVIEWER_BUDGET;
  return STORY_BUDGET;
}

/**
 * What a browser really fetches when it opens a page and waits until the network is quiet, before the reader
 * scrolls or clicks: every script (module preloads and the chunks that hydrating islands import) and every
 * stylesheet, counted as served (gzip, by the test server, as any host serves them).
 */
async function fetchedBytes(browser: Browser, url: string): Promise<{ name: string; type: 'js' | 'css'; size: number }[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // The context's requests, not the page's responses: those leave out the map's worker.
  const requests: Request[] = [];
  context.on('requestfinished', (request) => requests.push(request));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const files: { name: string; type: 'js' | 'css'; size: number }[] = [];
  for (const request of requests) {
    // The page's own bytes: not those of frames it holds (the previewer shows every embed).
    if (request.frame() !== page.mainFrame()) continue;
    const type = request.resourceType();
    if (type !== 'script' && type !== 'stylesheet') continue;
    const { responseBodySize } = await request.sizes();
    // A worker's script comes with no size (Chromium reports 0): its body, gzipped as the test server does.
    const size = responseBodySize || gzipSync((await (await request.response())?.body()) ?? '').length;
    files.push({ name: new URL(request.url()).pathname.split('/').pop()!, type: type === 'script' ? 'js' : 'css', size });
  }
  await context.close();
  return files;
}

const total = (files: { type: 'js' | 'css'; size: number }[], type: 'js' | 'css') => files.filter((f) => f.type === type).reduce((n, f) => n + f.size, 0);

let failed = false;
const rows: string[] = [];
/** What each page fetched, by path, to compare the editions. */
const measured = new Map<string, { js: number; css: number; html: number }>();
rows.push(`${'page'.padEnd(28)} ${'JS'.padStart(10)} ${'CSS'.padStart(10)} ${'HTML'.padStart(10)}  budget (JS/CSS)`);
{
  const server = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const page of htmlPages(dist)) {
      const name = relative(dist, page);
      const files = await fetchedBytes(browser, `${server.origin}/${name}`);
      const budget = budgetOf(name);
      const later = files.filter((f) => budget.nearView?.files.test(f.name));
      const first = files.filter((f) => !later.includes(f));
      const [js, css] = [total(first, 'js'), total(first, 'css')];
      measured.set(name, { js, css, html: gzip(page) });
      const over = js > budget.js || css > budget.css;
      failed ||= over;
      rows.push(`${name.padEnd(28)} ${kB(js)} ${kB(css)} ${kB(gzip(page))}  ${kB(budget.js).trim()} / ${kB(budget.css).trim()}${over ? '  OVER BUDGET' : '  ok'}`);
      if (budget.nearView) {
        const [laterJs, laterCss] = [total(later, 'js'), total(later, 'css')];
        const overLater = laterJs > budget.nearView.js || laterCss > budget.nearView.css;
        failed ||= overLater;
        rows.push(`${'  + as it nears the view'.padEnd(28)} ${kB(laterJs)} ${kB(laterCss)} ${''.padStart(10)}  ${kB(budget.nearView.js).trim()} / ${kB(budget.nearView.css).trim()}${overLater ? '  OVER BUDGET' : '  ok'}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
const loader = join(dist, 'embed.js');
const LOADER_BUDGET = 2_000;
failed ||= gzip(loader) > LOADER_BUDGET;
rows.push(`${'embed.js (loader, on hosts)'.padEnd(28)} ${kB(gzip(loader))} ${''.padStart(10)} ${''.padStart(10)}  ${kB(LOADER_BUDGET).trim()}${gzip(loader) > LOADER_BUDGET ? '  OVER BUDGET' : '  ok'}`);
console.log('\nFetched by a browser before any interaction, per page (JS and CSS as served, gzip; HTML gzip level 9)\n');
console.log(rows.join('\n'));

// A translated edition must cost the reader no more JavaScript than the English one (a few hundred bytes of
// longer words in the islands' props are HTML, not JS).
console.log('\nEach edition against English (JS as fetched, HTML gzip)\n');
console.log(`${'page'.padEnd(28)} ${'edition'.padEnd(8)} ${'JS'.padStart(10)} ${'English'.padStart(10)} ${'HTML'.padStart(10)} ${'English'.padStart(10)}`);
for (const [name, own] of measured) {
  const english = measured.get(englishPathOf(name));
  if (!english || englishPathOf(name) === name) continue;
  const edition = EDITIONS.find((e) => e.path && name.startsWith(e.path))!;
  const more = own.js > english.js;
  failed ||= more;
  if (!name.includes('embed/') || name.endsWith('embed/index.html') || more)
    console.log(
      `${englishPathOf(name).padEnd(28)} ${edition.id.padEnd(8)} ${kB(own.js)} ${kB(english.js)} ${kB(own.html)} ${kB(english.html)}${more ? '  MORE JS THAN ENGLISH' : '  ok'}`,
    );
}
const embedsMore = [...measured].filter(([name, own]) => englishPathOf(name) !== name && name.includes('embed/') && own.js > (measured.get(englishPathOf(name))?.js ?? Infinity));
console.log(`(embed pages: ${embedsMore.length ? embedsMore.map(([n]) => n).join(', ') + ' load more JS than English' : 'every Serbian embed loads no more JS than its English one'})`);

const chunks = readdirSync(join(dist, 'assets'))
  .map((f) => join(dist, 'assets', f))
  .filter((f) => statSync(f).isFile())
  .map((f) => ({ name: relative(dist, f), raw: statSync(f).size, gz: gzip(f) }))
  .sort((a, b) => b.gz - a.gz)
  .slice(0, 8);
console.log('\nLargest chunks\n');
console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const c of chunks) console.log(`${c.name.padEnd(44)} ${kB(c.raw)} ${kB(c.gz)}`);

// The story's HTML: what its gzip size is made of (each part: what the page would save without it).
{
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const whole = gz(html);
  const parts: [string, RegExp][] = [
    ['inline SVG (maps, chart marks)', /<svg[\s\S]*?<\/svg>/g],
    ['inline styles (<style>)', /<style[^>]*>[\s\S]*?<\/style>/g],
    ['data tables', /<table[\s\S]*?<\/table>/g],
    ['timeline', /<div class="timeline[\s\S]*?<\/section>/g],
    ['project list', /<ul class="project-list[\s\S]*?<\/ul>\s*<\/div>/g],
    ['class attributes', / class="[^"]*"/g],
    ['style attributes', / style="[^"]*"/g],
    ['links (href)', / href="[^"]*"/g],
    ['hydration comments', /<!--[\s\S]*?-->/g],
    ['JSON in the page', /<script type="application\/(?:ld\+)?json"[^>]*>[\s\S]*?<\/script>/g],
    ['<noscript> (step pictures as <img>)', /<noscript>[\s\S]*?<\/noscript>/g],
  ];
  console.log(`\nThe story's HTML: ${kB(html.length).trim()} raw, ${kB(whole).trim()} gzip (target 60 kB); its largest parts\n`);
  const rows = parts.map(([name, re]) => ({ name, count: (html.match(re) ?? []).length, raw: (html.match(re) ?? []).join('').length, saves: whole - gz(html.replace(re, '')) }));
  for (const r of rows.sort((a, b) => b.saves - a.saves))
    console.log(`${r.name.padEnd(40)} ${String(r.count).padStart(5)}×  ${kB(r.raw)} raw  ${kB(r.saves)} gzip`);
}

// The pictures: fetched only by crawlers (share cards) and by readers who download a chart.
console.log('\nPictures (each edition)\n');
for (const edition of EDITIONS) {
  const files = (folder: string) => {
    const dir = join(dist, edition.path, folder);
    try {
      return readdirSync(dir).map((f) => ({ name: f, size: statSync(join(dir, f)).size }));
    } catch {
      return [];
    }
  };
  const cards = files('cards');
  const images = files('images');
  const sum = (list: { size: number }[]) => list.reduce((t, f) => t + f.size, 0);
  console.log(
    `${(edition.path || 'en/').padEnd(10)} ${String(cards.length).padStart(2)} share cards ${kB(sum(cards))}   ${String(images.length).padStart(2)} chart downloads ${kB(sum(images))}`,
  );
}
console.log('');

/** Lighthouse's mobile profile (simulated slow 4G and a 4× slower CPU) against the built page. */
interface LighthouseTarget {
  path: string;
  minimum: { performance: number; accessibility: number; 'best-practices': number; seo: number };
}
const LIGHTHOUSE_TARGETS: LighthouseTarget[] = [
  { path: '/', minimum: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } },
  // A chart embed. Its SEO score is low on purpose: embed pages carry noindex (the story is the page to find).
  { path: '/embed/china-trade.html', minimum: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 0 } },
];

if (!process.argv.includes('--no-lighthouse')) {
  const server = await serveDist(dist);
  const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  console.log('Lighthouse, mobile (median of 3 runs)\n');
  console.log(
    `${'page'.padEnd(28)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'seo'.padStart(5)} ${'FCP'.padStart(8)} ${'LCP'.padStart(8)} ${'TBT'.padStart(7)} ${'CLS'.padStart(6)} ${'task<5s'.padStart(8)}`,
  );
  for (const target of LIGHTHOUSE_TARGETS) {
    const runs: any[] = [];
    for (const i of [0, 1, 2]) {
      const file = join(out, `run-${i}.json`);
      // Asynchronous, so this process keeps serving the pages Lighthouse asks for.
      await promisify(execFile)(
        'npx',
        ['lighthouse', server.origin + target.path, '--quiet', '--output=json', `--output-path=${file}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-quic --disable-background-networking'],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
      );
      runs.push(JSON.parse(readFileSync(file, 'utf8')));
    }
    const median = (f: (r: any) => number) => runs.map(f).sort((a, b) => a - b)[1];
    const score = (k: string) => Math.round(median((r) => r.categories[k].score * 100));
    const scores = { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
    const lcp = median((r) => r.audits['largest-contentful-paint'].numericValue);
    const tbt = median((r) => r.audits['total-blocking-time'].numericValue);
    const cls = median((r) => r.audits['cumulative-layout-shift'].numericValue);
    const fcp = median((r) => r.audits['first-contentful-paint'].numericValue);
    // The longest main-thread task that starts in the first five seconds (simulated mobile CPU).
    const task = median((r) => Math.max(0, ...((r.audits['long-tasks']?.details?.items ?? []) as { startTime: number; duration: number }[]).filter((t) => t.startTime < 5000).map((t) => t.duration)));
    const below = (Object.keys(scores) as (keyof typeof scores)[]).filter((k) => scores[k] < target.minimum[k]);
    failed ||= below.length > 0;
    console.log(
      `${target.path.padEnd(28)} ${String(scores.performance).padStart(5)} ${String(scores.accessibility).padStart(5)} ${String(scores['best-practices']).padStart(5)} ${String(scores.seo).padStart(5)} ${(fcp / 1000).toFixed(2).padStart(7)}s ${(lcp / 1000).toFixed(2).padStart(7)}s ${Math.round(tbt).toString().padStart(5)}ms ${cls.toFixed(3).padStart(6)} ${Math.round(task).toString().padStart(6)}ms` +
        (below.length ? `  BELOW TARGET: ${below.join(', ')}` : '  ok'),
    );
    const failing = new Set(
      runs.flatMap((r) =>
        Object.values(r.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>)
          .filter((a) => a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1)
          .map((a) => a.id),
      ),
    );
    if (failing.size) console.log(`  failing audits: ${[...failing].join(', ')}`);
  }
  rmSync(out, { recursive: true, force: true });
  await server.close();
  console.log('');
}

if (failed) {
  console.error('A page is over its budget (see above).');
  process.exitCode = 1;
}
