/** The client-side loaders of every island: each is its own chunk, fetched only when the island nears the viewport. */
import type { IslandLoaders } from './hydrate-islands.ts';

export const CLIENT_ISLANDS: IslandLoaders = {
  'trade-partners': () => import('../charts/TradePartnersFigure.svelte'),
  'china-trade': () => import('../charts/ChinaTradeFigure.svelte'),
  finance: () => import('../charts/FinanceFigure.svelte'),
  debt: () => import('../charts/DebtFigure.svelte'),
  'timeline-filter': () => import('../timeline/TimelineFilter.svelte'),
  'project-map': () => import('../map/ProjectMap.svelte'),
  'embed-share': () => import('../embeds/EmbedShare.svelte'),
};
