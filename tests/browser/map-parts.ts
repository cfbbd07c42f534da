/** What the map's browser tests share: the data they read the expectations from, and how a static map is read. */
import type { Locator } from 'playwright-core';
import { TOWNS } from '../../src/lib/graphics/map/basemap.ts';
import { readData } from './data-files.ts';

export const projects = readData('projects.json').projects;
export const located = projects.filter((p) => p.location);
export const story = readData('story.json');
export const mapScrolly = story.sections.flatMap((section) =>
  section.blocks.flatMap((block, i) => (block.type === 'scrolly' && block.graphic === 'map' ? [{ block, id: `${section.id}-scrolly-${i}` }] : [])),
)[0];

export const EXPLORE = '.projects .project-map';
export const mapWords = story.graphics.map!;
/** The names of the towns the map names only in close-ups (Zemun, Borča…). */
export const TOWN_CLOSE_UP = TOWNS.filter((t) => 'closeUp' in t && t.closeUp).map((t) => mapWords.towns[t.id]);

/** The names of the towns and rivers a static map shows. */
export function staticNames(map: Locator): Promise<string[]> {
  return map.locator('.static-map svg').evaluate((svg) => [...svg.querySelectorAll('text.town, text.river')].map((t) => t.textContent!.trim()).sort());
}
