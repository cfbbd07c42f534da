/**
 * The map island's script (Figure.svelte and what it imports, not what it loads later) carries no shapes: the
 * topology and the rivers and lakes (virtual:basemap, about 20 kB gzip) would put the map embed over its budget.
 * The live map fetches them (map/basemap.json) as the map nears the view.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAP = resolve(import.meta.dirname, '../../src/lib/graphics/map');

/** Every module a file imports statically, through others: relative files, and bare and virtual modules by name. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!/\.(ts|svelte)$/.test(file)) return seen;
  const code = readFileSync(file, 'utf8');
  // `import … from '…'`, `export … from '…'` and `import '…'`; not `import('…')`, which loads later.
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*['"]([^'"]+)['"]/g))
    staticImports(specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier, seen);
  return seen;
}

describe('the map island’s first script', () => {
  it('imports no shapes (virtual:basemap), only what places the labels (virtual:basemap-labels)', () => {
    const imported = staticImports(resolve(MAP, 'Figure.svelte'));
    expect([...imported].filter((m) => m.startsWith('virtual:'))).toEqual(['virtual:basemap-labels']);
  });

  it('nor does the live map, which MapLibre already makes large: it fetches the shapes', () => {
    expect([...staticImports(resolve(MAP, 'live-map.ts'))].filter((m) => m.startsWith('virtual:'))).toEqual([]);
  });
});
