/**
 * Client side: brings each island to life, loading its code only then: in the story when it comes near the
 * viewport, in an embed at once. Every page takes this one path. An embed's URL options (?currency=EUR) go to
 * the graphic's own urlState(); a valid state redraws the island at that state, otherwise it hydrates as
 * prerendered.
 */
import { hydrate, mount } from 'svelte';
import type { InterfaceWords } from '../data/schema.ts';
import { createI18n, i18nContext } from '../i18n/context.ts';
import type { IslandLoaders } from './islands.ts';
import { PAGE_WORDS_ID } from './collector.ts';

export interface HydrateOptions {
  /** Hydrate every island at once (an embed: it is all the reader sees), instead of as each nears the viewport. */
  eager?: boolean;
  /** The page's URL options, for the graphics' urlState(). */
  params?: URLSearchParams;
}

function readJson(id: string | undefined): Record<string, unknown> {
  const text = id ? document.getElementById(id)?.textContent : undefined;
  return text ? JSON.parse(text) : {};
}

export function hydrateIslands(loaders: IslandLoaders, options: HydrateOptions = {}, root: ParentNode = document): void {
  const elements = [...root.querySelectorAll<HTMLElement>('[data-island]')];
  if (!elements.length) return;
  const page = readJson(PAGE_WORDS_ID) as { lang: string; words: InterfaceWords; root: string };
  const context = i18nContext(createI18n(page.lang, page.words, page.root));

  async function start(element: HTMLElement): Promise<void> {
    const name = element.dataset.island!;
    try {
      let props = readJson(element.dataset.islandProps);
      const mod = await loaders[name]();
      const state = options.params && mod.urlState?.(options.params, props);
      if (state && !mod.urlStateAsProps) {
        element.replaceChildren();
        mount(mod.default, { target: element, props: { ...props, state }, context });
      } else {
        if (state) props = { ...props, ...state };
        hydrate(mod.default, { target: element, props, context });
      }
      element.dataset.hydrated = 'true';
    } catch (error) {
      // The prerendered markup stays, so the reader still has the static graphic; the error is for us (and the tests).
      console.error(`The "${name}" island could not start:`, error);
    }
  }

  if (options.eager || !('IntersectionObserver' in window)) {
    elements.forEach((element) => void start(element));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void start(entry.target as HTMLElement);
      }
    },
    { rootMargin: '100% 0px' },
  );
  elements.forEach((element) => observer.observe(element));
}
