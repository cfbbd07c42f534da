/**
 * No module of src/ imports, through others, itself: the layers stay in order (the data files' schemas below the
 * graphics, the story's schema above them; a graphic's schema below its model). Type imports count too: a cycle of
 * types is a cycle of design. Modules name the files they import with their extension, so a relative import is
 * resolved by joining paths.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The modules of src/ a file imports (static, dynamic and type imports, and re-exports). */
export function importsOf(file: string, code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.filter((s) => /\.(ts|svelte)$/.test(s)).map((s) => resolve(dirname(file), s));
}

/** Each cycle of a graph once, as the list of its nodes (Tarjan's strongly connected components of two or more). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.reverse());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

describe('the modules of src/', () => {
  it('finds a cycle when there is one, and only then', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(cyclesOf(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
    expect(importsOf('/s/x.ts', "import type { A } from './a.ts';\nexport { b } from '../b.svelte';\nconst c = import('./c.ts');\nimport 'd';")).toEqual([
      '/s/a.ts',
      '/b.svelte',
      '/s/c.ts',
    ]);
  });

  it('import no module that imports them back, types included', () => {
    const graph = new Map(sourceFiles(SRC).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
    expect(graph.size).toBeGreaterThan(50);
    const cycles = cyclesOf(graph).map((cycle) => cycle.map((file) => relative(SRC, file)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
