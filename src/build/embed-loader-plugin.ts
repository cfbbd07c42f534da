/**
 * Builds embed.js, the loader in the embed snippet, as one standalone classic script (IIFE, minified, no
 * imports): host pages load it with a plain <script src>, so it cannot share the site's module chunks.
 * `vite build` writes it to dist/embed.js; the dev server serves it at /embed.js.
 */
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

const ENTRY = 'src/lib/embeds/loader.ts';
const FILE = 'embed.js';

async function bundleLoader(root: string): Promise<string> {
  const bundle = await rolldown({ input: `${root}/${ENTRY}`, logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export function embedLoader(): Plugin {
  let root = process.cwd();
  return {
    name: 'embed-loader',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(`/${FILE}`, (_req, res, next) => {
        bundleLoader(root).then((code) => {
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: await bundleLoader(root) });
    },
  };
}
