/**
 * Where each island's code is, by its name: a graphic's island is its folder's Figure.svelte; the others are
 * listed here. The pages plugin gives each page an entry that imports only the islands the page holds, so
 * a chart embed never downloads what only the map or the story needs.
 */
const OTHER_ISLANDS: Record<string, string> = {
  'timeline-filter': '/src/lib/graphics/timeline/TimelineFilter.svelte',
  'timeline-overview': '/src/lib/graphics/timeline/TimelineOverview.svelte',
  'embed-share': '/src/lib/embeds/EmbedShare.svelte',
};

export const islandModule = (name: string): string => OTHER_ISLANDS[name] ?? `/src/lib/graphics/${name}/Figure.svelte`;

/**
 * The code of a page's entry: its start() with a loader for each island of the page. The story loads each
 * island when it nears the viewport (a dynamic import); an embed page needs its islands at once, so they are
 * imported with the entry: one chunk fewer to fetch, and no preload helper in every chart embed.
 */
export function pageEntryCode(entry: string, islands: string[], lazy = !entry.startsWith('/src/embed/')): string {
  if (lazy) {
    const loaders = islands.map((name) => `  ${JSON.stringify(name)}: () => import(${JSON.stringify(islandModule(name))}),`).join('\n');
    return `import { start } from ${JSON.stringify(entry)};\nstart({\n${loaders}\n});\n`;
  }
  const imports = islands.map((name, i) => `import * as island${i} from ${JSON.stringify(islandModule(name))};`).join('\n');
  const loaders = islands.map((name, i) => `  ${JSON.stringify(name)}: () => Promise.resolve(island${i}),`).join('\n');
  return `import { start } from ${JSON.stringify(entry)};\n${imports}\nstart({\n${loaders}\n});\n`;
}
