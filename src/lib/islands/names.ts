/** Every island the pages can contain; each has a server component and a lazily loaded client one. */
export const ISLAND_NAMES = ['trade-partners', 'china-trade', 'finance', 'debt', 'timeline-filter', 'project-map', 'embed-share'] as const;
export type IslandName = (typeof ISLAND_NAMES)[number];
