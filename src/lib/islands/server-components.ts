/**
 * The server's side of the islands and of each graphic's other views, found by convention in its folder:
 * Figure.svelte (the island) and Embed.svelte (an embed page that is more than the figure). Static imports: the
 * server renders them all. (A scroll step's picture for readers without JavaScript is its picture.ts, drawn by the build.)
 */
import type { Component } from 'svelte';
import EmbedShare from '../embeds/EmbedShare.svelte';
import TimelineFilter from '../graphics/timeline/TimelineFilter.svelte';
import TimelineOverview from '../graphics/timeline/TimelineOverview.svelte';
import { folderOf } from './islands.ts';

type Components = Record<string, Component<any>>;

const byFolder = (modules: Record<string, { default: Component<any> }>): Components =>
  Object.fromEntries(Object.entries(modules).map(([path, mod]) => [folderOf(path), mod.default]));

export const SERVER_ISLANDS: Components = {
  ...byFolder(import.meta.glob('../graphics/*/Figure.svelte', { eager: true })),
  'timeline-filter': TimelineFilter,
  'timeline-overview': TimelineOverview,
  'embed-share': EmbedShare,
};

/** Embed pages that show more than the graphic's figure (the map with its list, the timeline). */
export const EMBED_VIEWS: Components = byFolder(import.meta.glob('../graphics/*/Embed.svelte', { eager: true }));
