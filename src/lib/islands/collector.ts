/**
 * Islands: the page is prerendered whole, but only the interactive parts ("islands") hydrate in the
 * browser, each with just the data it needs. During the server render, <Island> registers each one here
 * and leaves a placeholder; renderPage() then renders every island on its own, so its markup is exactly
 * what `hydrate()` expects.
 */
export interface IslandEntry {
  id: string;
  name: string;
  props: Record<string, unknown>;
}

export const ISLAND_CONTEXT = Symbol('islands');

export class IslandCollector {
  readonly entries: IslandEntry[] = [];

  add(name: string, props: Record<string, unknown>): string {
    const id = `island-${this.entries.length}`;
    this.entries.push({ id, name, props });
    return id;
  }
}

export const placeholder = (id: string) => `<!--${id}-->`;

/** JSON safe to put inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
