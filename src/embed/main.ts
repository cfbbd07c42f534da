/**
 * An embed page in the browser: reports its height to the host (pym.js format), then hydrates its islands
 * at once, through the same path as the story, with the page's URL options.
 */
import { reportHeight } from '../lib/embeds/child.ts';
import { hydrateIslands } from '../lib/islands/hydrate-islands.ts';
import type { IslandLoaders } from '../lib/islands/islands.ts';
import * as runtime from '../lib/islands/svelte-runtime.ts';
import '../styles/global.css';

export function start(islands: IslandLoaders): void {
  reportHeight();
  hydrateIslands(islands, { eager: true, params: new URLSearchParams(location.search), runtime: () => Promise.resolve(runtime) });
}
