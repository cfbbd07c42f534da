/**
 * The site's pages, prerendered with Svelte's server renderer so the text and static graphics are in the
 * HTML before any JavaScript runs; the client then hydrates its islands. The story is index.html; the
 * embed pages (embed/<id>.html, one per graphic the story shows) and the previewer (embed/index.html) are
 * generated from the templates in src/embed/, in the build and in the dev server alike: no copied HTML.
 * Each template marks where the markup goes with <!--app-head--> and <!--app-html-->; src/entry-server.ts
 * renders the page for its path.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { embedsOf } from '../lib/embeds/embeds.ts';
import { pageEntryCode } from '../lib/islands/island-paths.ts';
import { formatReport, validateDataDir } from './data-dir.ts';
import { DataError } from './story-data-plugin.ts';

interface ServerEntry {
  /** `path`: the page's URL path, e.g. /embed/debt.html. */
  render(path: string): { head: string; body: string };
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
const TEMPLATES = { embed: 'src/embed/embed.html', previewer: 'src/embed/previewer.html' } as const;

/** The generated pages, by path from the site's root: "embed/debt.html" → its template. */
function generatedPages(dataDir: string): Map<string, keyof typeof TEMPLATES> {
  const result = validateDataDir(dataDir);
  if (!result.ok) throw new DataError(formatReport(result.problems, dataDir));
  const pages = new Map<string, keyof typeof TEMPLATES>([['embed/index.html', 'previewer']]);
  for (const embed of embedsOf(result.data['story.json'])) pages.set(`embed/${embed.id}.html`, 'embed');
  return pages;
}

/** The page: its template with the rendered head and body in their places, and its own entry script. */
export function splicePage(html: string, head: string, body: string): string {
  // Functions, not strings: "$&", "$'" or "$$" in the story's text must stay text.
  return pageEntryScript(html, body)
    .replace('<!--app-head-->', () => head)
    .replace('<!--app-html-->', () => body);
}

export function pages(options: { dataDir: string }): Plugin {
  let root = process.cwd();
  let buildServer: ViteDevServer | undefined;
  let generated = new Map<string, keyof typeof TEMPLATES>();
  const template = (page: string) => readFileSync(join(root, TEMPLATES[generated.get(page)!]), 'utf8');

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

  return {
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
        const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\//, '');
        const page = path === 'embed/' ? 'embed/index.html' : path;
        if (!page.startsWith('embed/') || !page.endsWith('.html')) return next();
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
        const server = await loader(ctx.server);
        const mod = (await server.ssrLoadModule(SERVER_ENTRY)) as ServerEntry;
        const { head, body } = mod.render(ctx.path);
        return splicePage(html, head, body);
      },
    },
    async closeBundle() {
      await buildServer?.close();
      buildServer = undefined;
    },
  };
}
