/**
 * The islands' code in the browser: each graphic's Figure.svelte (found by its folder, so a new graphic needs
 * no line here) and the other islands. Each is its own chunk, fetched only when its island nears the viewport
 * (or at once in an embed).
 */
import type { Component } from 'svelte';

export interface IslandModule {
  default: Component<any>;
  /** A graphic's embed options read from its URL (?currency=EUR), checked against its props; null when none is valid. */
  urlState?: (params: URLSearchParams, props: any) => object | null;
  /** True when the URL state is given as props to hydrate with (the map); otherwise the island is drawn afresh at that state. */
  urlStateAsProps?: boolean;
}

export type IslandLoaders = Record<string, () => Promise<IslandModule>>;

/** "../graphics/debt/Figure.svelte" → "debt". */
export const folderOf = (path: string) => path.split('/').at(-2)!;

const figures = import.meta.glob<IslandModule>('../graphics/*/Figure.svelte');

export const CLIENT_ISLANDS: IslandLoaders = {
  ...Object.fromEntries(Object.entries(figures).map(([path, load]) => [folderOf(path), load])),
  'timeline-filter': () => import('../graphics/timeline/TimelineFilter.svelte'),
  'embed-share': () => import('../embeds/EmbedShare.svelte'),
};
