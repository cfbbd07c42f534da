/**
 * npm run bench: builds the site, then prints, for each page, the gzip size of the JavaScript and CSS
 * it loads before any interaction, and the largest chunks. Budgets live here, not in timed tests.
 * Pass --no-build to measure the existing dist/.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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
};
const DEFAULT_BUDGET: Budget = { js: 30_000, css: 15_000 };

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Scripts, module preloads and stylesheets a page loads up front, plus the static imports they pull in. */
function initialAssets(page: string): string[] {
  const html = readFileSync(page, 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((m) =>
    resolve(join(page, '..'), m[1]),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
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
  const assets = initialAssets(page);
  const js = assets.filter((a) => a.endsWith('.js')).reduce((s, a) => s + gzip(a), 0);
  const css = assets.filter((a) => a.endsWith('.css')).reduce((s, a) => s + gzip(a), 0);
  const budget = BUDGETS[name] ?? DEFAULT_BUDGET;
  const over = js > budget.js || css > budget.css;
  failed ||= over;
  rows.push(
    `${name.padEnd(28)} ${kB(js)} ${kB(css)} ${kB(gzip(page))}  ${kB(budget.js).trim()} / ${kB(budget.css).trim()}${over ? '  OVER BUDGET' : '  ok'}`,
  );
}
console.log('\nLoaded before interaction, per page (gzip level 9)\n');
console.log(rows.join('\n'));

const chunks = readdirSync(join(dist, 'assets'))
  .map((f) => join(dist, 'assets', f))
  .map((f) => ({ name: relative(dist, f), raw: statSync(f).size, gz: gzip(f) }))
  .sort((a, b) => b.gz - a.gz)
  .slice(0, 8);
console.log('\nLargest chunks\n');
console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const c of chunks) console.log(`${c.name.padEnd(44)} ${kB(c.raw)} ${kB(c.gz)}`);
console.log('');
if (failed) {
  console.error('A page is over its budget (see above).');
  process.exitCode = 1;
}
