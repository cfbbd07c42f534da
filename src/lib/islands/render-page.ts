/** Server side: renders a page component, then each island on its own into its placeholder. */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { collecting, IslandCollector, placeholder, scriptJson } from './collector.ts';
import type { IslandName } from './names.ts';

export function renderPage<P extends Record<string, unknown>>(
  page: Component<P>,
  props: P,
  islands: Record<IslandName, Component<any>>,
): { head: string; body: string } {
  const collector = new IslandCollector();
  // render() renders lazily, when its result is read: read it while the collector is active.
  const result = collecting(collector, () => {
    const { head, body } = render(page, { props });
    return { head, body };
  });
  let body = result.body;
  let head = result.head;
  for (const { id, name, props: islandProps } of collector.entries) {
    const island = render(islands[name as IslandName], { props: islandProps });
    head += withoutStylesIn(head, island.head);
    body = body.replace(
      placeholder(id),
      `<script type="application/json" id="${id}-props">${scriptJson(islandProps)}</script>` +
        `<div class="island" data-island="${name}" data-island-props="${id}-props">${island.body}</div>`,
    );
  }
  return { head, body };
}

/** Svelte's server render inlines each component's styles as <style id="svelte-…">: keep one of each. */
function withoutStylesIn(head: string, extra: string): string {
  return extra.replace(/<style id="([^"]+)">[\s\S]*?<\/style>/g, (tag, id: string) => (head.includes(`<style id="${id}">`) ? '' : tag));
}
