/** Only what the islands need of Svelte's runtime: the story loads it with its first island (a whole import('svelte') would keep every export). */
export { hydrate, mount } from 'svelte';
