/** The map beside the headline: what its key counts. Pure. */
import type { Project, Sector } from '../../data/schema.ts';

/** The sectors of the projects on the map (those with a place), the most frequent first. */
export function sectorCounts(projects: readonly Pick<Project, 'sector' | 'location'>[]): [Sector, number][] {
  const counts = new Map<Sector, number>();
  for (const p of projects) if (p.location) counts.set(p.sector, (counts.get(p.sector) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
