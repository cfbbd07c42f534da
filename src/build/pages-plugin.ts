/**
 * The site's pages, prerendered with Svelte's server renderer so the text and static graphics are in the
 * HTML before any JavaScript runs; the client then hydrates its islands. The story is index.html; the
 * embed pages (embed/<id>.html, one per graphic the story shows) and the previewer (embed/index.html) are
 * generated from the templates in src/embed/, in the build and in the dev server alike: no copied HTML.
 * Each template marks where the markup goes with <!--app-head--> and <!--app-html-->; src/entry-server.ts
 * renders the page for its path.
 *
 * The markup goes in after Vite has processed the template (a `post` hook): Vite would otherwise turn each
 * component's inline <style> of every page into a CSS module of its own (147 of them for three editions,
 * most of a 50 s build), and rewrite the links to the other editions as assets. Its styles are minified
 * here instead, each distinct one once.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transform as transformCss } from 'lightningcss';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { embedsOf } from '../lib/embeds/embeds.ts';
import { EDITIONS } from '../lib/i18n/editions.ts';
import { pageEntryCode } from '../lib/islands/island-paths.ts';
import type { ImageJob } from '../entry-server.ts';
import { BASEMAP_FILE } from '../lib/publishing/site.ts';
import type { SceneNode } from '../lib/publishing/pictures/scene.ts';
import { formatReport, validateDataDir } from './data-dir.ts';
import { sceneToSvg, svgToPng } from './images.ts';
import { DataError } from './story-data-plugin.ts';

/** The server render's module (its render(path) takes the page's URL path, e.g. /sr/embed/debt.html). */
type ServerEntry = typeof import('../entry-server.ts');

/** Each picture's file (SVG, or PNG from it). The PNG and SVG of one download share their scene: drawn once. */
async function drawImages(jobs: ImageJob[]): Promise<Map<string, string | Buffer>> {
  const svgs = new Map<SceneNode, Promise<string>>();
  const files = new Map<string, string | Buffer>();
  for (const job of jobs) {
    if (!svgs.has(job.scene)) svgs.set(job.scene, sceneToSvg(job.scene, job.width, job.height));
    const svg = await svgs.get(job.scene)!;
    files.set(job.file, job.type === 'svg' ? svg : svgToPng(svg, job.width, job.scale));
  }
  return files;
}

const SERVER_ENTRY = '/src/entry-server.ts';
/** A page's own entry: /@islands/<island>+<island>/<entry module without .ts>.js, e.g. /@islands/debt/src/embed/main.js. */
const PAGE_ENTRY = /^\/@islands\/([a-z0-9+-]*)\/(.+)\.js$/;
const RESOLVED_ENTRY = '\0islands:';

/**
 * The module script marked data-islands, pointed at an entry that imports only the islands this page holds
 * (found in its rendered markup): each page downloads the code of its own islands and no other.
 */
function pageEntryScript(html: string, body: string): string {
  const islands = [...new Set([...body.matchAll(/data-island="([a-z0-9-]+)"/g)].map((m) => m[1]))].sort();
  return html.replace(/<script type="module" src="\/([^"]+)\.ts" data-islands><\/script>/, (_whole, entry: string) =>
    `<script type="module" src="/@islands/${islands.join('+')}/${entry}.js"></script>`,
  );
}
const TEMPLATES = { story: 'index.html', embed: 'src/embed/embed.html', previewer: 'src/embed/previewer.html' } as const;

/**
 * The generated pages, by path from the site's root ("sr/embed/debt.html" → its template): every edition's
 * story (but the English one, index.html itself), embeds and embed previewer.
 */
function generatedPages(dataDir: string): Map<string, keyof typeof TEMPLATES> {
  const result = validateDataDir(dataDir);
  if (!result.ok) throw new DataError(formatReport(result.problems, dataDir));
  const pages = new Map<string, keyof typeof TEMPLATES>();
  const embeds = embedsOf(result.data['story.json']);
  for (const edition of EDITIONS.filter((e) => result.editions[e.id])) {
    if (edition.path) pages.set(`${edition.path}index.html`, 'story');
    pages.set(`${edition.path}embed/index.html`, 'previewer');
    for (const embed of embeds) pages.set(`${edition.path}embed/${embed.id}.html`, 'embed');
  }
  return pages;
}

/** The template with its language and its own entry script, before Vite processes it. */
export function prepareTemplate(html: string, body: string, lang = 'en'): string {
  return pageEntryScript(html, body).replace(/<html lang="[^"]*"/, () => `<html lang="${lang}"`);
}

/** The rendered markup in its places. Functions, not strings: "$&", "$'" or "$$" in the story's text must stay text. */
export function spliceMarkup(html: string, head: string, body: string): string {
  return html.replace('<!--app-head-->', () => head).replace('<!--app-html-->', () => body);
}

/** The page whole (for tests and tools): its template with its language, its entry script and its markup. */
export function splicePage(html: string, head: string, body: string, lang = 'en'): string {
  return spliceMarkup(prepareTemplate(html, body, lang), head, body);
}

/**
 * Where the first screen's markup ends: inside the story's first section, just after its opening tag (the header,
 * its map and the section navigation come before it; the sections' own rules, which keep the lower ones from
 * being laid out before the reader nears them, must apply from the start), or at the first island if one comes sooner.
 */
export function firstScreenEnd(body: string): number {
  const section = body.indexOf('<section');
  const ends = [body.indexOf('data-island='), section === -1 ? -1 : body.indexOf('>', section) + 1].filter((i) => i > 0);
  return ends.length ? Math.min(...ends) : body.length;
}

/**
 * The page's component styles split in two: those of components on the first screen (the edition switch, the
 * header and its map, the section navigation) stay inline; the others become one stylesheet.
 */
export function deferStyles(head: string, body: string): { head: string; css: string } {
  const top = body.slice(0, firstScreenEnd(body));
  let css = '';
  const kept = head.replace(/<style id="([^"]+)">([\s\S]*?)<\/style>/g, (tag, id: string, rules: string) => {
    if (top.includes(id)) return tag;
    css += rules;
    return '';
  });
  return { head: kept, css };
}

/**
 * The styles of what comes after the first screen, linked once, in the body just before the element where the
 * first screen ends: a stylesheet there holds back only what follows it, so the first screen paints without
 * waiting for it, with or without JavaScript.
 */
export function belowStylesheet(body: string, href: string): string {
  const end = firstScreenEnd(body);
  const at = end === body.length ? end : body.lastIndexOf('<', end - 1);
  // fetchpriority: it is not needed for the first paint, so the fonts and the map come first.
  return body.slice(0, at) + `<link rel="stylesheet" href="${href}" fetchpriority="low">` + body.slice(at);
}

/**
 * Svelte's hydration marks (<!--[-->, <!--]-->, <!---->, <!--$s1-->…) outside the islands: only an island is hydrated, so
 * elsewhere they are bytes for nothing. An island's markup (from data-island="… to its closing </div>, found by
 * counting <div>s) keeps them.
 */
export function dropHydrationMarks(body: string): string {
  let out = '';
  let at = 0;
  const mark = /<!--(?:[[\]!]?-?[0-9a-z]*|\$[0-9a-z-]+)-->/g;
  for (let start = body.indexOf('<div class="island"', at); start !== -1; start = body.indexOf('<div class="island"', at)) {
    out += body.slice(at, start).replace(mark, '');
    let depth = 0;
    const tags = /<(\/?)div\b/g;
    tags.lastIndex = start;
    for (let m = tags.exec(body); m; m = tags.exec(body)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        at = body.indexOf('>', m.index) + 1;
        break;
      }
    }
    if (depth !== 0) at = body.length;
    out += body.slice(start, at);
  }
  return out + body.slice(at).replace(mark, '');
}

/** A built stylesheet inlined into a page: its relative addresses (the fonts, beside it in assets/) from the page. */
export const inlinedCss = (css: string, dir: string) => css.replace(/url\((["']?)(?:\.\/)?(?![a-z]+:|\/|\.\.\/)/gi, (_whole, quote: string) => `url(${quote}${dir}`);

/** A stylesheet's @font-face rules that fetch a file, and the rest of it (with the fallbacks made of local fonts). */
export function splitFontFaces(css: string): { faces: string; rest: string } {
  const faces: string[] = [];
  const rest = css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => (/url\(/.test(rule) ? (faces.push(rule), '') : rule));
  return { faces: faces.join(''), rest };
}

/**
 * The story's fonts, asked for once the page has painted (src/lib/story/late-fonts.ts): a font requested before the
 * first paint holds it (and, on a slow phone network, shares the line with the page), while the fallback fonts are
 * sized to Noto's widths so the swap barely moves a line. Without JavaScript, the <noscript> link loads them at once.
 */
export const lateFonts = (href: string) => `<noscript data-late-fonts><link rel="stylesheet" href="${href}"></noscript>`;

/** The font subsets a text needs: "latin", "latin-ext" (the Latin letters beyond Latin-1: Č, Ć, Đ, Š, Ž…), "cyrillic". */
function subsetsOf(text: string): string[] {
  return [/[\u0000-\u00ff]/.test(text) && 'latin', /[\u0100-\u02ff\u1e00-\u1eff]/.test(text) && 'latin-ext', /[\u0400-\u045f]/.test(text) && 'cyrillic'].filter(
    (s): s is string => Boolean(s),
  );
}
/** The text a reader sees in some markup (not its scripts' or styles' contents). */
const textOf = (markup: string) =>
  markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');

/**
 * The font files the first screen uses, to preload: the headline's bold serif and the standfirst's serif in
 * the subsets of their text, and the sans (regular and bold) in the subsets of the rest (edition switch, kicker,
 * map labels, byline, navigation). Preloaded, they arrive with the first paint instead of after it.
 */
export function firstScreenFonts(html: string, top: string): string[] {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(top)?.[1] ?? '';
  const standfirst = /<p class="standfirst[^>]*>([\s\S]*?)<\/p>/.exec(top)?.[1] ?? '';
  const rest = textOf(top.replace(h1, '').replace(standfirst, ''));
  const faces = [
    ...subsetsOf(textOf(h1)).map((s) => `noto-serif-${s}-700-normal`),
    ...subsetsOf(textOf(standfirst)).map((s) => `noto-serif-${s}-400-normal`),
    ...subsetsOf(rest).flatMap((s) => [`noto-sans-${s}-400-normal`, `noto-sans-${s}-700-normal`]),
  ];
  return faces.flatMap((face) => new RegExp(`url\\(["']?([^"')]*${face}[^"')]*\\.woff2)`).exec(html)?.[1] ?? []);
}

const minified = new Map<string, string>();
/** Each component's <style> minified (the same component's style repeats on every page: each is minified once). */
function minifyStyles(markup: string): string {
  return markup.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_whole, open: string, css: string, close: string) => {
    const key = createHash('sha1').update(css).digest('base64');
    if (!minified.has(key)) minified.set(key, transformCss({ filename: 'component.css', code: Buffer.from(css), minify: true }).code.toString());
    return open + minified.get(key) + close;
  });
}

export function pages(options: { dataDir: string }): Plugin[] {
  let root = process.cwd();
  let buildServer: ViteDevServer | undefined;
  let generated = new Map<string, keyof typeof TEMPLATES>();
  /** Each page's rendered markup, from the pre hook (which renders) to the post hook (which splices it in). */
  const markup = new Map<string, { head: string; body: string }>();
  /** The built story pages' islands' props, by file (sr/islands.json): emitted with the bundle. */
  const propsFiles = new Map<string, string>();
  /** The CSV files the rendered pages link to, by their file from the site's root. */
  const csvFiles = new Map<string, string>();
  const template = (page: string) => readFileSync(join(root, TEMPLATES[generated.get(page)!]), 'utf8');

  /**
   * The server render's module. In the build, loaded once for every page: the pages are transformed at the
   * same time, and each concurrent ssrLoadModule would load and validate the data again, once per page. In the dev server, asked for each request, so that an edit shows.
   */
  let buildEntry: Promise<ServerEntry> | undefined;
  function serverEntry(devServer?: ViteDevServer): Promise<ServerEntry> {
    if (devServer) return devServer.ssrLoadModule(SERVER_ENTRY) as Promise<ServerEntry>;
    buildEntry ??= loader().then((server) => server.ssrLoadModule(SERVER_ENTRY) as Promise<ServerEntry>);
    return buildEntry;
  }

  async function loader(devServer?: ViteDevServer): Promise<ViteDevServer> {
    if (devServer) return devServer;
    buildServer ??= await createServer({
      configFile: process.env.VITE_CONFIG_FILE,
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      appType: 'custom',
      logLevel: 'warn',
    });
    return buildServer;
  }

  const pagesPlugin: Plugin = {
    name: 'pages',
    config(config, { command }) {
      if (command !== 'build') return;
      root = resolve(config.root ?? process.cwd());
      generated = generatedPages(resolve(root, options.dataDir));
      const input: Record<string, string> = { index: resolve(root, 'index.html') };
      // Entry names embed-<id> keep each page's chunk name apart from the chunks of the graphics.
      for (const page of generated.keys()) input[page.replace(/\.html$/, '').replace('/', '-')] = resolve(root, page);
      return { build: { rollupOptions: { input } } };
    },
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (PAGE_ENTRY.test(id)) return RESOLVED_ENTRY + id;
      const page = id.startsWith(root) ? id.slice(root.length + 1) : undefined;
      if (page && generated.has(page)) return id;
    },
    load(id) {
      if (id.startsWith(RESOLVED_ENTRY)) {
        const [, islands, entry] = PAGE_ENTRY.exec(id.slice(RESOLVED_ENTRY.length))!;
        return pageEntryCode(`/${entry}.ts`, islands ? islands.split('+') : []);
      }
      const page = id.startsWith(root) ? id.slice(root.length + 1) : undefined;
      if (page && generated.has(page)) return template(page);
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
        const page = path === '' || path.endsWith('/') ? `${path}index.html` : path;
        // The pictures and the sitemap, drawn when asked for (the build writes them all).
        if (/(^|\/)(cards|images|steps)\/[^/]+\.(png|svg)$|(^|\/)data\/[^/]+\.csv$|^sitemap\.xml$|^map\/basemap\.svg$/.test(page)) {
          try {
            const entry = await serverEntry(server);
            if (page.endsWith('.csv')) {
              const csv = entry.csvFiles().get(page);
              return csv === undefined ? next() : (res.setHeader('content-type', 'text/csv; charset=utf-8'), res.end(csv));
            }
            if (page === 'sitemap.xml') return res.setHeader('content-type', 'application/xml'), res.end(entry.sitemapXml());
            if (page === 'map/basemap.svg') return res.setHeader('content-type', 'image/svg+xml'), res.end(entry.basemapSvg());
            const job = [...entry.images(), ...entry.stepImages()].find((j) => j.file === page);
            if (!job) return next();
            const file = (await drawImages([job])).get(page)!;
            res.setHeader('content-type', job.type === 'svg' ? 'image/svg+xml' : 'image/png');
            return res.end(file);
          } catch (error) {
            return next(error);
          }
        }
        if (page === 'index.html' || !page.endsWith('.html')) return next();
        try {
          generated = generatedPages(resolve(root, options.dataDir));
          if (!generated.has(page)) return next();
          const html = await server.transformIndexHtml(`/${page}`, template(page), req.originalUrl);
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(html);
        } catch (error) {
          next(error);
        }
      });
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        if (!html.includes('<!--app-html-->')) return html;
        const entry = await serverEntry(ctx.server);
        // In the build the story's island props go to a file of their own; the dev server keeps them inline.
        const page = entry.render(ctx.path, { externalProps: !ctx.server });
        if (page.props) propsFiles.set(ctx.path.replace(/^\//, '').replace(/[^/]*$/, entry.PROPS_FILE), JSON.stringify(page.props));
        for (const [file, csv] of page.csv) csvFiles.set(file, csv);
        markup.set(ctx.path, { head: minifyStyles(page.head), body: minifyStyles(page.body) });
        return prepareTemplate(html, page.body, page.lang);
      },
    },
    async generateBundle() {
      const started = performance.now();
      const entry = await serverEntry();
      const files = await drawImages(entry.images());
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      const sitemap = entry.sitemapXml();
      if (sitemap) this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemap });
      for (const [fileName, source] of csvFiles) this.emitFile({ type: 'asset', fileName, source });
      this.emitFile({ type: 'asset', fileName: BASEMAP_FILE, source: entry.basemapSvg() });
      for (const [fileName, source] of propsFiles) this.emitFile({ type: 'asset', fileName, source });
      propsFiles.clear();
      csvFiles.clear();
      this.info(`${files.size} share cards and chart pictures drawn in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const stepsStarted = performance.now();
      const steps = await drawImages(entry.stepImages());
      for (const [fileName, source] of steps) this.emitFile({ type: 'asset', fileName, source });
      this.info(`${steps.size} scroll-step graphics (for readers without JavaScript) drawn in ${((performance.now() - stepsStarted) / 1000).toFixed(1)} s`);
    },
    async closeBundle() {
      await buildServer?.close();
      buildServer = undefined;
      buildEntry = undefined;
    },
  };
  let outDir = 'dist';
  /** The stylesheets of the built stories' lower parts, by file: written with the bundle. */
  const deferred = new Map<string, string>();
  const markupPlugin: Plugin = {
    name: 'pages:markup',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const page = markup.get(ctx.path);
        if (!page) return html;
        markup.delete(ctx.path);
        const up = '../'.repeat(ctx.path.split('/').length - 2);
        // A built embed page: its stylesheet stays a file; the sans it is set in is preloaded (its text's subsets).
        if (!ctx.server && ctx.path.includes('/embed/') && !ctx.path.endsWith('index.html')) {
          const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="(?:\.\.?\/)*([^"]+\.css)"[^>]*>/g)]
            .map((m) => ctx.bundle?.[m[1]])
            .map((asset) => (asset?.type === 'asset' ? inlinedCss(String(asset.source), `${up}assets/`) : ''))
            .join('');
          const preloads = firstScreenFonts(css, page.body.replace(/<\/?h1\b[^>]*>/g, ''))
            .map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`)
            .join('');
          return spliceMarkup(html.replace('<!--app-head-->', () => preloads + '<!--app-head-->'), page.head, page.body);
        }
        // The built story inlines only the styles of what is above its first graphic; the rest comes in one file.
        if (ctx.server || !ctx.path.endsWith('index.html') || ctx.path.includes('/embed/')) return spliceMarkup(html, page.head, page.body);
        // Its stylesheet (global.css) inline, less its @font-face rules: nothing blocks the first paint. The font
        // files come after it (lateFonts), from their own stylesheet in assets/, where their addresses point.
        let fontFaces = '';
        html = html.replace(/<link rel="stylesheet"[^>]*href="(?:\.\.?\/)*([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          if (asset?.type !== 'asset') return tag;
          const { faces, rest } = splitFontFaces(String(asset.source));
          fontFaces += faces;
          return `<style>${inlinedCss(rest, `${up}assets/`)}</style>`;
        });
        if (fontFaces) {
          const fontsFile = `assets/fonts-${createHash('sha1').update(fontFaces).digest('hex').slice(0, 10)}.css`;
          deferred.set(fontsFile, fontFaces);
          html = html.replace('<!--app-head-->', () => lateFonts(up + fontsFile) + '<!--app-head-->');
        }
        const { head, css } = deferStyles(page.head, page.body);
        if (!css) return spliceMarkup(html, head, page.body);
        const file = `assets/below-${createHash('sha1').update(css).digest('hex').slice(0, 10)}.css`;
        deferred.set(file, css);
        return spliceMarkup(html, head, belowStylesheet(dropHydrationMarks(page.body), up + file));
      },
    },
    writeBundle() {
      for (const [file, css] of deferred) writeFileSync(join(outDir, file), css);
      deferred.clear();
    },
  };
  return [pagesPlugin, markupPlugin];
}
