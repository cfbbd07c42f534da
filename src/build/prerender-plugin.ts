/**
 * Prerenders each HTML page with Svelte's server renderer, so the text and static graphics are in
 * the HTML before any JavaScript runs; the client then hydrates it. A page names its server entry
 * with <!--ssr:/src/path/to/entry.ts--> and marks where the markup goes with <!--app-head--> and
 * <!--app-html-->.
 */
import { createServer, type Plugin, type ViteDevServer } from 'vite';

interface ServerEntry {
  /** `path`: the page's URL path, e.g. /embed/debt.html, for entries that render several pages. */
  render(path: string): { head: string; body: string };
}

const ENTRY = /<!--ssr:(\S+?)-->/;

export function prerender(): Plugin {
  let buildServer: ViteDevServer | undefined;

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
    name: 'prerender',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const entry = ENTRY.exec(html)?.[1];
        if (!entry) return html;
        const server = await loader(ctx.server);
        const mod = (await server.ssrLoadModule(entry)) as ServerEntry;
        const { head, body } = mod.render(ctx.path);
        return html.replace(ENTRY, '').replace('<!--app-head-->', head).replace('<!--app-html-->', body);
      },
    },
    async closeBundle() {
      await buildServer?.close();
      buildServer = undefined;
    },
  };
}
