/** Client side: hydrates each island when it comes near the viewport, loading its code only then. */
import { hydrate, type Component } from 'svelte';
import type { IslandName } from './names.ts';

export type IslandLoaders = Record<IslandName, () => Promise<{ default: Component<any> }>>;

async function hydrateOne(element: HTMLElement, loaders: IslandLoaders): Promise<void> {
  const name = element.dataset.island as IslandName;
  try {
    const propsElement = document.getElementById(element.dataset.islandProps ?? '');
    const props = propsElement?.textContent ? JSON.parse(propsElement.textContent) : {};
    const { default: component } = await loaders[name]();
    hydrate(component, { target: element, props });
    element.dataset.hydrated = 'true';
  } catch (error) {
    // The prerendered markup stays, so the reader still has the static graphic; the error is for us (and the tests).
    console.error(`The "${name}" island could not start:`, error);
  }
}

export function hydrateIslands(loaders: IslandLoaders, root: ParentNode = document): void {
  const elements = [...root.querySelectorAll<HTMLElement>('[data-island]')];
  if (!('IntersectionObserver' in window)) {
    elements.forEach((element) => void hydrateOne(element, loaders));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void hydrateOne(entry.target as HTMLElement, loaders);
      }
    },
    { rootMargin: '100% 0px' },
  );
  elements.forEach((element) => observer.observe(element));
}
