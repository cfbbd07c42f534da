/** What an island's module gives the browser (see hydrate-islands.ts); each page's entry lists its own (island-paths.ts). */
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
