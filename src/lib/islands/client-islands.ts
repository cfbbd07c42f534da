/** The client-side loaders of every island: each is its own chunk, fetched only when the island nears the viewport. */
import type { IslandLoaders } from './hydrate-islands.ts';

export const CLIENT_ISLANDS: IslandLoaders = {
  'trade-partners': () => import('../charts/TradePartnersFigure.svelte'),
  'china-trade': () => import('../timeline/TimelineFilter.svelte'),
  finance: () => import('../timeline/TimelineFilter.svelte'),
  debt: () => import('../timeline/TimelineFilter.svelte'),
  'timeline-filter': () => import('../timeline/TimelineFilter.svelte'),
};
