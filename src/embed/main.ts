/**
 * The embed page in the browser: reports its height to the host (pym.js format), then brings its islands to
 * life at once. A chart given a valid state in the URL is drawn afresh at that state; otherwise it hydrates
 * as prerendered.
 */
import { hydrate, mount } from 'svelte';
import type { GraphicId } from '../lib/data/schema.ts';
import { reportHeight } from '../lib/embeds/child.ts';
import { projectFromParams, stateFromParams } from '../lib/embeds/options.ts';
import { CLIENT_ISLANDS } from '../lib/islands/client-islands.ts';
import type { IslandName } from '../lib/islands/names.ts';
import '../styles/global.css';

const GRAPHICS: readonly string[] = ['trade-partners', 'china-trade', 'finance', 'debt'] satisfies GraphicId[];

reportHeight();

// The canonical link is written relative (the site can live at any address): make it absolute for the
// search engines and tools that read it after scripts ran.
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
if (canonical) canonical.setAttribute('href', canonical.href);

const params = new URLSearchParams(location.search);
for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const name = element.dataset.island as IslandName;
  const props = JSON.parse(document.getElementById(element.dataset.islandProps ?? '')?.textContent || '{}');
  const state = GRAPHICS.includes(name) ? stateFromParams(name as GraphicId, params, props) : null;
  // The map opens on ?project=<id> once it is live (its prerendered markup stays as it is for hydration).
  if (name === 'project-map') props.chosen = projectFromParams(params, props) ?? undefined;
  void CLIENT_ISLANDS[name]().then(({ default: component }) => {
    if (state) {
      element.replaceChildren();
      mount(component, { target: element, props: { ...props, state } });
    } else hydrate(component, { target: element, props });
    element.dataset.hydrated = 'true';
  });
}
