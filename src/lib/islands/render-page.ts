/**
 * Server side: renders a page component, then each island on its own into its placeholder.
 * `propsFile`: the islands' props go into one JSON file beside the page (returned as `props`, fetched by the
 * first island that hydrates) instead of into the HTML, which readers without JavaScript and search engines
 * read and need none of. `csv`: the CSV files its charts link to, by their address (src/lib/charts/csv.ts).
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { CSV_FILES } from '../charts/csv.ts';
import { i18nContext, type I18n } from '../i18n/context.ts';
import { IslandCollector, ISLANDS, PAGE_WORDS_ID, placeholder, scriptJson } from './collector.ts';

export function renderPage<P extends Record<string, unknown>>(
  page: Component<P>,
  props: P,
  islands: Record<string, Component<any>>,
  i18n: I18n,
  options: { propsFile?: string } = {},
): { head: string; body: string; props?: Record<string, unknown>; csv: Map<string, string> } {
  const csv = new Map<string, string>();
  const context = new Map([...i18nContext(i18n), [CSV_FILES, csv]]);
  const collector = new IslandCollector();
  const result = render(page, { props, context: new Map([...context, [ISLANDS, collector]]) });
  // Only islands hydrate: the rest of the page never needs Svelte's hydration marks.
  // Reading the body renders the page (render() is lazy): the collector is filled from here on.
  let body = withShortNumbers(withoutHydrationMarks(result.body));
  let head = result.head;
  const external: Record<string, unknown> = {};
  for (const { id, name, props: islandProps } of collector.entries) {
    const component = islands[name];
    if (!component) throw new Error(`No island "${name}": add its component to src/lib/islands/server-components.ts`);
    // Each island is its own render, so $props.id() would start again at "s1": a prefix keeps ids unique in the page.
    const island = render(component, { props: islandProps, context, idPrefix: id });
    head += withoutStylesIn(head, island.head);
    if (options.propsFile) external[id] = islandProps;
    const html =
      (options.propsFile ? '' : `<script type="application/json" id="${id}-props">${scriptJson(islandProps)}</script>`) +
      `<div class="island" data-island="${name}" data-island-props="${id}-props">${withShortNumbers(island.body)}</div>`;
    // A function, not a string: "$&" or "$'" in the island's text must stay text.
    body = body.replace(placeholder(id), () => html);
  }
  if (collector.entries.length)
    body += `<script type="application/json" id="${PAGE_WORDS_ID}">${scriptJson(
      options.propsFile ? { lang: i18n.lang, root: i18n.root, props: options.propsFile } : { lang: i18n.lang, words: i18n.words, root: i18n.root },
    )}</script>`;
  // The props file: each island's props by the id of the script that would have held them, and the words.
  const file = options.propsFile && { ...Object.fromEntries(Object.entries(external).map(([id, p]) => [`${id}-props`, p])), words: i18n.words };
  return { head, body, csv, ...(file && { props: file }) };
}

/**
 * Coordinates and sizes as the page's HTML carries them: two decimals (0.01 % of a chart, 0.01 of an SVG unit: far
 * below a pixel), not the 16 digits of a computed scale, which weigh on the story's HTML. Only in
 * drawing attributes; the text, the tables and links keep every digit. An island that hydrates sets its own values.
 */
export function withShortNumbers(html: string): string {
  return html.replace(/ (x|y|cx|cy|r|x1|x2|y1|y2|dx|dy|width|height|d|points|transform|style)="([^"]*)"/g, (attribute, name: string, value: string) =>
    value.includes('.') ? ` ${name}="${value.replace(/-?\d*\.\d{3,}(?:e[-+]?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100 || 0))}"` : attribute,
  );
}

/** Svelte's hydration marks (<!--[-->, <!--]-->, <!---->, <!--[0-->…); other comments, such as the island placeholders, stay. */
export function withoutHydrationMarks(html: string): string {
  return html.replace(/<!--(?:\[[!\d-]*|\]|)-->/g, '');
}

/** Svelte's server render inlines each component's styles as <style id="svelte-…">: keep one of each. */
function withoutStylesIn(head: string, extra: string): string {
  return extra.replace(/<style id="([^"]+)">[\s\S]*?<\/style>/g, (tag, id: string) => (head.includes(`<style id="${id}">`) ? '' : tag));
}
