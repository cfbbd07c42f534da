/** The map beside the headline: what its key counts. Pure. */
import type { Project, Sector } from '../../data/schema.ts';
import type { StaticMapModel } from '../../graphics/map/static-map.ts';

/** The sectors of the projects on the map (those with a place), the most frequent first. */
export function sectorCounts(projects: readonly Pick<Project, 'sector' | 'location'>[]): [Sector, number][] {
  const counts = new Map<Sector, number>();
  for (const p of projects) if (p.location) counts.set(p.sector, (counts.get(p.sector) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Whole-pixel coordinates in a path: the cover map is small, and every reader downloads it. */
const whole = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));

/** The map's marks grouped by sector (one group each, drawn in its colour): its lines, dashed lines and points. */
export function coverMarks(model: Pick<StaticMapModel, 'projects'>): { sector: Sector; lines: string; approximateLines: string; points: [number, number][] }[] {
  const bySector = new Map<Sector, { sector: Sector; lines: string; approximateLines: string; points: [number, number][] }>();
  for (const m of model.projects) {
    const entry = bySector.get(m.project.sector) ?? { sector: m.project.sector, lines: '', approximateLines: '', points: [] };
    if (m.d) entry[m.approximate ? 'approximateLines' : 'lines'] += whole(m.d);
    for (const [x, y] of m.points) entry.points.push([Math.round(x), Math.round(y)]);
    bySector.set(m.project.sector, entry);
  }
  return [...bySector.values()].filter((e) => e.lines || e.approximateLines || e.points.length);
}
