/**
 * Client side: brings each island to life, loading its code only then: in the story when it comes near the
 * viewport, in an embed at once. Every page takes this one path. An embed's URL options (?currency=EUR) go to
 * the graphic's own urlState(); a valid state redraws the island at that state, otherwise it hydrates as
 * prerendered.
 */
import type { InterfaceWords } from '../data/schema.ts';
import type { IslandLoaders } from './islands.ts';
import { PAGE_WORDS_ID } from './collector.ts';
import type * as IslandRuntime from './svelte-runtime.ts';

export interface HydrateOptions {
  /**
   * Svelte's hydrate() and mount() and the page's words (svelte-runtime.ts). The story asks for them with its first
   * island: until a reader nears a graphic, the page runs none of them. An embed, whose island starts at once,
   * imports them.
   */
  runtime: () => Promise<typeof IslandRuntime>;
  /** The story's props file (page data › props), fetched once by the first island: see main.ts. Embeds have none. */
  propsFile?: (file: string) => Promise<Record<string, unknown>>;
  /** Hydrate every island at once (an embed: it is all the reader sees), instead of as each nears the viewport. */
  eager?: boolean;
  /** The page's URL options, for the graphics' urlState(). */
  params?: URLSearchParams;
}

function readJson(id: string | undefined): Record<string, unknown> {
  const text = id ? document.getElementById(id)?.textContent : undefined;
  return text ? JSON.parse(text) : {};
}

interface PageData {
  lang: string;
  root: string;
  /** The interface words, in the page (embeds) or in the props file (the story). */
  words?: InterfaceWords;
  /** The story's islands' props and words come in one file beside the page (render-page.ts), fetched once, when the first island starts. */
  props?: string;
}


export function hydrateIslands(loaders: IslandLoaders, options: HydrateOptions, root: ParentNode = document): void {
  const elements = [...root.querySelectorAll<HTMLElement>('[data-island]')];
  if (!elements.length) return;
  const page = readJson(PAGE_WORDS_ID) as unknown as PageData;
  let context: Map<unknown, unknown> | undefined;
  /** An island's props and the page's words: from the page, or from its props file. */
  async function dataOf(id: string | undefined): Promise<{ props: Record<string, unknown>; words: InterfaceWords }> {
    if (!page.props || !options.propsFile || (id && document.getElementById(id))) return { props: readJson(id), words: page.words! };
    const file = await options.propsFile(page.props);
    return { props: (id && (file[id] as Record<string, unknown>)) || {}, words: file.words as InterfaceWords };
  }

  async function start(element: HTMLElement): Promise<void> {
    const name = element.dataset.island!;
    try {
      const [data, mod, { hydrate, mount, createI18n, i18nContext }] = await Promise.all([dataOf(element.dataset.islandProps), loaders[name](), options.runtime()]);
      let props = data.props;
      context ??= i18nContext(createI18n(page.lang, data.words, page.root, document.baseURI));
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
