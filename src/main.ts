/** The story in the browser: its islands hydrate as the reader nears them. Its entry (made by the pages plugin) lists them. */
import { setUpEditionSwitch } from './lib/i18n/edition-switch.ts';
import { hydrateIslands } from './lib/islands/hydrate-islands.ts';
import type { IslandLoaders } from './lib/islands/islands.ts';
import './styles/global.css';

export function start(islands: IslandLoaders): void {
  setUpEditionSwitch();
  hydrateIslands(islands);
}
