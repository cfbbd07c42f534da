/**
 * Islands: the page is prerendered whole, but only the interactive parts ("islands") hydrate in the
 * browser, each with just the data it needs. During the server render, <Island> registers each one with the collector in
 * the render's context and leaves a placeholder; renderPage() then renders every island on its own, so its markup is exactly
 * what `hydrate()` expects.
 */
export interface IslandEntry {
  id: string;
  name: string;
  props: Record<string, unknown>;
}

/** The page render's collector, in the render's context (set by renderPage()). */
export const ISLANDS = Symbol('islands');

export class IslandCollector {
  readonly entries: IslandEntry[] = [];

  add(name: string, props: Record<string, unknown>): string {
    const id = `i${this.entries.length}`;
    this.entries.push({ id, name, props });
    return id;
  }
}

export const placeholder = (id: string) => `<!--${id}-->`;

/** The id of the JSON script that carries the interface words, once per page, for every island. */
export const PAGE_WORDS_ID = 'page-words';

/**
 * JSON safe to put inside a <script> element, whatever its strings hold: "<" is escaped, so neither
 * "</script>" nor "<!--" can end or change the element; U+2028 and U+2029 are escaped for older parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
