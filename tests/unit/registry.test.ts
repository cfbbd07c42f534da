/** One folder per graphic: the registry lists each folder once, and each folder has what its kind needs. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedOptions, graphicById, GRAPHICS, STATE_GRAPHICS } from '../../src/lib/graphics/registry.ts';
import { islandModule, pageEntryCode } from '../../src/lib/islands/island-paths.ts';
import { EMBED_VIEWS, SERVER_ISLANDS } from '../../src/lib/islands/server-components.ts';
import { realData, ROOT } from '../helpers/data.ts';

const dir = join(ROOT, 'src', 'lib', 'graphics');
const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('the graphics registry', () => {
  it('lists every graphic folder once, under its folder’s name', () => {
    expect(GRAPHICS.map((g) => g.id).sort()).toEqual([...folders].sort());
    for (const id of folders) {
      expect(existsSync(join(dir, id, 'graphic.ts')), `${id}/graphic.ts`).toBe(true);
      expect(existsSync(join(dir, id, 'schema.ts')), `${id}/schema.ts`).toBe(true);
    }
  });

  it('offers a chart’s state as its embed’s URL options, unless the graphic lists its own', () => {
    expect(embedOptions(graphicById('china-trade'))).toEqual(['currency', 'year', 'fta']);
    expect(embedOptions(graphicById('trade-partners'))).toEqual(['period', 'flow', 'partner']);
    expect(embedOptions(graphicById('map'))).toEqual(['project']);
    expect(embedOptions(graphicById('timeline'))).toEqual([]);
  });

  it('finds each chart’s and the map’s island and picture by convention, in the server and the browser', () => {
    for (const g of STATE_GRAPHICS) {
      expect(SERVER_ISLANDS[g.id], `${g.id}/Figure.svelte`).toBeDefined();
      expect(existsSync(join(ROOT, islandModule(g.id))), `${g.id}/Figure.svelte (browser)`).toBe(true);
      // Its picture: each scroll step's graphic without JavaScript, its share card (and a chart's downloads).
      expect(existsSync(join(ROOT, 'src', 'lib', 'graphics', g.id, 'picture.ts')), `${g.id}/picture.ts`).toBe(true);
      expect(g.state, `${g.id} has a state schema`).toBeDefined();
    }
    // The map's and the timeline's embeds are more than a figure.
    expect(Object.keys(EMBED_VIEWS).sort()).toEqual(['map', 'timeline']);
  });

  it('gives every graphic a budget for its embed, and each chart embed at most 30 kB of JavaScript', () => {
    for (const g of GRAPHICS) {
      expect(g.budget.js).toBeGreaterThan(0);
      if (g.kind === 'chart') expect(g.budget.js).toBeLessThanOrEqual(30_000);
    }
  });

  it('has words in the real story.json for every graphic the story shows (the data check requires them)', () => {
    const story = realData()['story.json'];
    const shown = new Set(story.sections.flatMap((s) => s.blocks.flatMap((b) => ('graphic' in b ? [b.graphic] : b.type === 'projects' ? ['map'] : b.type === 'timeline' ? ['timeline'] : []))));
    for (const id of shown) expect(story.graphics[id as keyof typeof story.graphics], id).toBeDefined();
  });
});

describe('each page’s entry', () => {
  it('imports only the islands its page holds', () => {
    // The story loads each island when it is needed…
    const story = pageEntryCode('/src/main.ts', ['china-trade', 'embed-share']);
    expect(story).toContain('import { start } from "/src/main.ts"');
    expect(story).toContain('"china-trade": () => import("/src/lib/graphics/china-trade/Figure.svelte")');
    expect(story).not.toContain('map');
    // …an embed at once, with its entry (no dynamic import, no preload helper).
    const embed = pageEntryCode('/src/embed/main.ts', ['china-trade']);
    expect(embed).toContain('import * as island0 from "/src/lib/graphics/china-trade/Figure.svelte"');
    expect(embed).not.toContain('import(');
    expect(embed).not.toContain('map');
    for (const name of ['timeline-filter', 'embed-share']) expect(existsSync(join(ROOT, islandModule(name))), name).toBe(true);
  });
});
