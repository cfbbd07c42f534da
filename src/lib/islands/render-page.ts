/** Server side: renders a page component, then each island on its own into its placeholder. */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { i18nContext, type I18n } from '../i18n/context.ts';
import { collecting, IslandCollector, PAGE_WORDS_ID, placeholder, scriptJson } from './collector.ts';

export function renderPage<P extends Record<string, unknown>>(
  page: Component<P>,
  props: P,
  islands: Record<string, Component<any>>,
  i18n: I18n,
): { head: string; body: string } {
  const context = i18nContext(i18n);
  const collector = new IslandCollector();
  // render() renders lazily, when its result is read: read it while the collector is active.
  const result = collecting(collector, () => {
    const { head, body } = render(page, { props, context });
    return { head, body };
  });
  let body = result.body;
  let head = result.head;
  for (const { id, name, props: islandProps } of collector.entries) {
    const component = islands[name];
    if (!component) throw new Error(`No island "${name}": add its component to src/lib/islands/server-components.ts`);
    // Each island is its own render, so $props.id() would start again at "s1": a prefix keeps ids unique in the page.
    const island = render(component, { props: islandProps, context, idPrefix: id });
    head += withoutStylesIn(head, island.head);
    const html =
      `<script type="application/json" id="${id}-props">${scriptJson(islandProps)}</script>` +
      `<div class="island" data-island="${name}" data-island-props="${id}-props">${island.body}</div>`;
    // A function, not a string: "$&" or "$'" in the island's text must stay text.
    body = body.replace(placeholder(id), () => html);
  }
  if (collector.entries.length)
    body += `<script type="application/json" id="${PAGE_WORDS_ID}">${scriptJson({ lang: i18n.lang, words: i18n.words, root: i18n.root })}</script>`;
  return { head, body };
}

/** Svelte's server render inlines each component's styles as <style id="svelte-…">: keep one of each. */
function withoutStylesIn(head: string, extra: string): string {
  return extra.replace(/<style id="([^"]+)">[\s\S]*?<\/style>/g, (tag, id: string) => (head.includes(`<style id="${id}">`) ? '' : tag));
}
