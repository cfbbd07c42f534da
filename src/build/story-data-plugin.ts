/**
 * Serves the validated data files to the app as `virtual:story-data` (all files) and
 * `virtual:story-data/<name>` (one file, e.g. `virtual:story-data/projects` for data/projects.json;
 * no `.json` in the id, or Vite's JSON plugin would try to parse the generated module).
 * Invalid data fails the build and, in the dev server, shows the journalist's report in the browser;
 * saving a fix reloads the page.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatReport, validateDataDir } from './data-dir.ts';

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
      if (id === PREFIX || id.startsWith(PREFIX + '/')) return '\0' + id;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return;
      const result = validateDataDir(dir);
      if (!result.ok) throw new DataError(formatReport(result.problems, dir));
      const name = id.slice(RESOLVED.length + 1);
      const file = name && `${name}.json`;
      const value = file ? (result.data as Record<string, unknown>)[file] : result.data;
      if (value === undefined) throw new DataError(`${PREFIX}/${name}: there is no data file called "${file}"`);
      // Each top-level field is also a named export, so a page that needs only `dataset` of a file
      // does not carry the whole file in its JavaScript.
      const named = file && value && typeof value === 'object' ? Object.entries(value) : [];
      return [
        `export default ${JSON.stringify(value)};`,
        ...named.map(([key, v]) => `export const ${key} = ${JSON.stringify(v)};`),
      ].join('\n');
    },
    configureServer(server) {
      server.watcher.add(dir);
      const onChange = (file: string) => {
        if (!inDataDir(file)) return;
        for (const environment of Object.values(server.environments)) {
          for (const mod of environment.moduleGraph.idToModuleMap.values()) {
            if (mod.id?.startsWith(RESOLVED)) environment.moduleGraph.invalidateModule(mod);
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
