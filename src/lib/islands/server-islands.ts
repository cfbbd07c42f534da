/** The server-side component of every island (static imports: the server renders them all). */
import type { Component } from 'svelte';
import type { IslandName } from './names.ts';
import ChinaTradeFigure from '../charts/ChinaTradeFigure.svelte';
import DebtFigure from '../charts/DebtFigure.svelte';
import FinanceFigure from '../charts/FinanceFigure.svelte';
import TradePartnersFigure from '../charts/TradePartnersFigure.svelte';
import ProjectMap from '../map/ProjectMap.svelte';
import TimelineFilter from '../timeline/TimelineFilter.svelte';
import EmbedShare from '../embeds/EmbedShare.svelte';

export const SERVER_ISLANDS: Record<IslandName, Component<any>> = {
  'trade-partners': TradePartnersFigure,
  'china-trade': ChinaTradeFigure,
  finance: FinanceFigure,
  debt: DebtFigure,
  'timeline-filter': TimelineFilter,
  'project-map': ProjectMap,
  'embed-share': EmbedShare,
};
