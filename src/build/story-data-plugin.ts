/**
 * Serves the validated data of every edition to the server render as `virtual:story-data` (English, and the
 * translated editions merged over it). Invalid data fails the build and, in the dev server, shows the
 * journalist's report in the browser; saving a fix reloads the page. Missing translations are warnings,
 * printed in the terminal. (The browser never imports it: islands get their data as props.)
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatReport, formatWarnings, validateDataDir } from './data-dir.ts';
import { TRANSLATION_PAGE, translationPageHtml } from './translation-page.ts';

const PREFIX = 'virtual:story-data';
const RESOLVED = '\0' + PREFIX;

export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Data check failed';
    // Vite prints the stack under the message; the report is all a journalist needs.
    this.stack = '';
  }
}

export function storyData(options: { dir: string }): Plugin {
  const dir = resolve(options.dir);
  const inDataDir = (file: string) => resolve(file).startsWith(dir + sep);

  return {
    name: 'story-data',
    resolveId(id) {
      if (id === PREFIX) return RESOLVED;
    },
    load(id) {
      if (id !== RESOLVED) return;
      const result = validateDataDir(dir);
      if (!result.ok) throw new DataError(formatReport(result.problems, dir));
      if (result.warnings.length) console.warn(formatWarnings(result.warnings, dir));
      // One string literal for JSON.parse: the module transforms parse a tiny AST instead of an object literal
      // of every edition's data, which is much cheaper to transform.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.editions))});`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      // The translators' page: every missing and stale text, read afresh on each visit.
      server.middlewares.use(TRANSLATION_PAGE, (_req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(translationPageHtml(validateDataDir(dir).translations ?? []));
      });
      const onChange = (file: string) => {
        if (!inDataDir(file)) return;
        for (const environment of Object.values(server.environments)) {
          for (const mod of environment.moduleGraph.idToModuleMap.values()) {
            if (mod.id === RESOLVED) environment.moduleGraph.invalidateModule(mod);
          }
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    hotUpdate({ file }) {
      if (inDataDir(file)) return [];
    },
  };
}
