/** The story in the browser: its islands hydrate as the reader nears them. Its entry (made by the pages plugin) lists them. */
import { setUpEditionSwitch } from './lib/i18n/edition-switch.ts';
import { hydrateIslands } from './lib/islands/hydrate-islands.ts';
import type { IslandLoaders } from './lib/islands/islands.ts';
import { landOnSections } from './lib/scrolly/land-on-section.ts';
import { linkFontsAfterFirstPaint } from './lib/story/late-fonts.ts';
import './styles/global.css';

export function start(islands: IslandLoaders): void {
  linkFontsAfterFirstPaint();
  setUpEditionSwitch();
  landOnSections();
  let file: Promise<Record<string, unknown>> | undefined;
  hydrateIslands(islands, {
    runtime: () => import('./lib/islands/svelte-runtime.ts'),
    // The islands' props and the interface words, in one file beside the page (src/lib/islands/render-page.ts).
    propsFile: (name) =>
      (file ??= fetch(name).then((response) => {
        if (!response.ok) throw new Error(`${name}: ${response.status}`);
        return response.json();
      })),
  });
}
