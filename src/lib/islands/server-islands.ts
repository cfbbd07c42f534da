/** The server-side component of every island (static imports: the server renders them all). */
import type { Component } from 'svelte';
import type { IslandName } from './names.ts';
import TradePartnersFigure from '../charts/TradePartnersFigure.svelte';
import TimelineFilter from '../timeline/TimelineFilter.svelte';

export const SERVER_ISLANDS: Record<IslandName, Component<any>> = {
  'trade-partners': TradePartnersFigure,
  'china-trade': TimelineFilter,
  finance: TimelineFilter,
  debt: TimelineFilter,
  'timeline-filter': TimelineFilter,
};
