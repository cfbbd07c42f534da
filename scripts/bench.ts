/**
 * npm run bench: builds the site, then prints, for each page, the gzip size of the JavaScript and CSS
 * it loads before any interaction, and the largest chunks. Budgets live here, not in timed tests.
 * Pass --no-build to measure the existing dist/.
 */
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from '../tests/browser/chromium.ts';
import { serveDist } from '../tests/browser/static-server.ts';

const dist = resolve('dist');
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (n: number) => (n / 1000).toFixed(1).padStart(7) + ' kB';

interface Budget {
  js: number;
  css: number;
}
/** Gzip budgets for what a page loads before interaction. */
const BUDGETS: Record<string, Budget> = {
  'index.html': { js: 60_000, css: 20_000 },
  // The map embed shows the static SVG map first; MapLibre (about 300 kB) arrives only as the map nears the view.
  'embed/map.html': { js: 60_000, css: 15_000 },
  'embed/timeline.html': { js: 30_000, css: 15_000 },
  'embed/index.html': { js: 30_000, css: 15_000 },
};
/** Any other page: under 30 kB of JavaScript. */
const DEFAULT_BUDGET: Budget = { js: 30_000, css: 15_000 };
/** Chart embeds (embed/<chart>.html): under 30 kB of JavaScript (issue 5). */
const CHART_EMBED_BUDGET: Budget = { js: 30_000, css: 15_000 };
const isChartEmbed = (name: string) => /^embed\/(?!index\.html|map\.html|timeline\.html)[\w-]+\.html$/.test(name);

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The chunks an island loads when it hydrates, by island name (read from the client-islands chunk's dynamic imports). */
const CHUNK_OF_ISLAND: Record<string, string> = {
  'trade-partners': 'TradePartnersFigure',
  'china-trade': 'ChinaTradeFigure',
  finance: 'FinanceFigure',
  debt: 'DebtFigure',
  'timeline-filter': 'TimelineFilter',
  'project-map': 'ProjectMap',
  'embed-share': 'EmbedShare',
};

/**
 * Scripts, module preloads and stylesheets a page loads up front, plus the static imports they pull in.
 * With `islands`, also the chunks of the islands in the page (an embed hydrates its islands at once, so they
 * load before interaction; the story's islands load as the reader scrolls and are left out).
 */
function initialAssets(page: string, islands = false): string[] {
  const html = readFileSync(page, 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((m) =>
    resolve(join(page, '..'), m[1]),
  );
  if (islands)
    for (const name of new Set([...html.matchAll(/data-island="([^"]+)"/g)].map((m) => m[1]))) {
      const chunk = readdirSync(join(dist, 'assets')).find((f) => f.startsWith(`${CHUNK_OF_ISLAND[name]}-`) && f.endsWith('.js'));
      if (chunk) refs.push(join(dist, 'assets', chunk));
    }
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    // A lazily loaded chunk brings its own stylesheet (Foo-<hash>.js → Foo-<hash>.css), loaded with it.
    const base = /^(.+)-[\w-]{8}\.js$/.exec(file.split('/').pop()!)?.[1];
    if (islands && base)
      for (const css of readdirSync(join(dist, 'assets')).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.css'))) seen.add(join(dist, 'assets', css));
    const code = readFileSync(file, 'utf8');
    // Static imports only (`import … from "./x.js"` and bare `import "./x.js"`); dynamic import() is lazy.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?\sfrom\s*)?["'](\.\.?\/[^"']+\.js)["']/g))
      visit(resolve(join(file, '..'), m[1]));
  };
  refs.forEach(visit);
  return [...seen];
}

let failed = false;
const rows: string[] = [];
rows.push(`${'page'.padEnd(28)} ${'JS gzip'.padStart(10)} ${'CSS gzip'.padStart(10)} ${'HTML gzip'.padStart(10)}  budget (JS/CSS)`);
for (const page of htmlPages(dist)) {
  const name = relative(dist, page);
  const assets = initialAssets(page, name.startsWith('embed/') && name !== 'embed/index.html');
  const js = assets.filter((a) => a.endsWith('.js')).reduce((s, a) => s + gzip(a), 0);
  const css = assets.filter((a) => a.endsWith('.css')).reduce((s, a) => s + gzip(a), 0);
  const budget = BUDGETS[name] ?? (isChartEmbed(name) ? CHART_EMBED_BUDGET : DEFAULT_BUDGET);
  const over = js > budget.js || css > budget.css;
  failed ||= over;
  rows.push(
    `${name.padEnd(28)} ${kB(js)} ${kB(css)} ${kB(gzip(page))}  ${kB(budget.js).trim()} / ${kB(budget.css).trim()}${over ? '  OVER BUDGET' : '  ok'}`,
  );
}
const loader = join(dist, 'embed.js');
const LOADER_BUDGET = 2_000;
failed ||= gzip(loader) > LOADER_BUDGET;
rows.push(`${'embed.js (loader, on hosts)'.padEnd(28)} ${kB(gzip(loader))} ${''.padStart(10)} ${''.padStart(10)}  ${kB(LOADER_BUDGET).trim()}${gzip(loader) > LOADER_BUDGET ? '  OVER BUDGET' : '  ok'}`);
console.log('\nLoaded before interaction, per page (gzip level 9; an embed page counts its islands, which hydrate at once)\n');
console.log(rows.join('\n'));

const chunks = readdirSync(join(dist, 'assets'))
  .map((f) => join(dist, 'assets', f))
  .filter((f) => statSync(f).isFile())
  .map((f) => ({ name: relative(dist, f), raw: statSync(f).size, gz: gzip(f) }))
  .sort((a, b) => b.gz - a.gz)
  .slice(0, 8);
console.log('\nLargest chunks\n');
console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const c of chunks) console.log(`${c.name.padEnd(44)} ${kB(c.raw)} ${kB(c.gz)}`);
console.log('');

/** Lighthouse's mobile profile (simulated slow 4G and a 4× slower CPU) against the built page. */
interface LighthouseTarget {
  path: string;
  minimum: { performance: number; accessibility: number; 'best-practices': number; seo: number };
}
const LIGHTHOUSE_TARGETS: LighthouseTarget[] = [
  { path: '/', minimum: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } },
  // A chart embed. Its SEO score is low on purpose: embed pages carry noindex (the story is the page to find).
  { path: '/embed/china-trade.html', minimum: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 0 } },
];

if (!process.argv.includes('--no-lighthouse')) {
  const server = await serveDist(dist);
  const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  console.log('Lighthouse, mobile (median of 3 runs)\n');
  console.log(`${'page'.padEnd(28)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'seo'.padStart(5)} ${'LCP'.padStart(8)} ${'TBT'.padStart(7)} ${'CLS'.padStart(6)}`);
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
    const below = (Object.keys(scores) as (keyof typeof scores)[]).filter((k) => scores[k] < target.minimum[k]);
    failed ||= below.length > 0;
    console.log(
      `${target.path.padEnd(28)} ${String(scores.performance).padStart(5)} ${String(scores.accessibility).padStart(5)} ${String(scores['best-practices']).padStart(5)} ${String(scores.seo).padStart(5)} ${(lcp / 1000).toFixed(2).padStart(7)}s ${Math.round(tbt).toString().padStart(5)}ms ${cls.toFixed(3).padStart(6)}` +
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
