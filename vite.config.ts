import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { basemap } from './src/build/basemap-plugin.ts';
import { embedLoader } from './src/build/embed-loader-plugin.ts';
import { prerender } from './src/build/prerender-plugin.ts';
import { storyData } from './src/build/story-data-plugin.ts';

export default defineConfig({
  // Relative asset paths: dist/ works from any sub-path, e.g. https://example.org/stories/serbia-china/.
  base: './',
  plugins: [
    svelte({
      // The page is prerendered and only islands hydrate, so static components never reach the
      // client bundle: their styles are inlined into the prerendered HTML instead (no render-blocking CSS file).
      // The server render is always compiled without dev checks: Svelte 5.57's dev-mode server render
      // crashes on elements inside <svelte:head> ("reading 'Symbol(filename)'").
      dynamicCompileOptions: ({ compileOptions }) =>
        compileOptions.generate === 'server' ? { css: 'injected', dev: false } : undefined,
    }),
    storyData({ dir: process.env.STORY_DATA_DIR ?? 'data' }), basemap(), prerender(), embedLoader()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        index: 'index.html',
        // One page per embed (embed/<id>.html) and the previewer (embed/index.html); see src/embed/.
        ...Object.fromEntries(
          readdirSync('embed')
            .filter((f) => f.endsWith('.html'))
            .map((f) => [`embed-${f.slice(0, -5)}`, `embed/${f}`]),
        ),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A loaded 2-core CI machine needs more than the default second for lazy islands to hydrate.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
