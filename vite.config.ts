import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { basemap } from './src/build/basemap-plugin.ts';
import { embedLoader } from './src/build/embed-loader-plugin.ts';
import { fonts } from './src/build/fonts-plugin.ts';
import { pages } from './src/build/pages-plugin.ts';
import { storyData } from './src/build/story-data-plugin.ts';

const dataDir = process.env.STORY_DATA_DIR ?? 'data';

export default defineConfig({
  // Relative asset paths: dist/ works from any sub-path, e.g. https://example.org/stories/serbia-china/.
  base: './',
  plugins: [
    svelte({
      // No "svelte version" script tag in every page: one request fewer per embed.
      // Short scoping classes ("s1dv554" for "svelte-1dv554o"): they are on every element of the page (5,500 in the story).
      compilerOptions: { discloseVersion: false, cssHash: ({ hash, css }) => `s${hash(css).slice(0, 6)}` },
      // The page is prerendered and only islands hydrate, so static components never reach the
      // client bundle: their styles are inlined into the prerendered HTML instead (no render-blocking CSS file).
      // The server render is always compiled without dev checks: Svelte 5.57's dev-mode server render
      // crashes on elements inside <svelte:head> ("reading 'Symbol(filename)'").
      dynamicCompileOptions: ({ compileOptions }) =>
        compileOptions.generate === 'server' ? { css: 'injected', dev: false } : undefined,
    }),
    storyData({ dir: dataDir }),
    // The fonts' @font-face rules, Latin Extended cut to the letters the data uses (src/styles/fonts/, imported by global.css).
    fonts({ dataDir }),
    basemap(),
    // The story (index.html), an embed page per graphic and the previewer, prerendered (see src/build/pages-plugin.ts).
    pages({ dataDir }),
    embedLoader(),
  ],
  build: {
    target: 'es2022',
    // Every browser the story supports preloads modules itself: no polyfill script in every page.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // A graphic's island chunk is named after its folder (graphic-debt-….js) rather than "Figure".
        chunkFileNames: (chunk) => {
          // Rolldown gives a dynamic entry no facadeModuleId here: its entry module is the last of its modules.
          const graphic = /\/graphics\/([^/]+)\/Figure\.svelte$/.exec(chunk.moduleIds.at(-1) ?? '')?.[1];
          return `assets/${graphic ? `graphic-${graphic}` : '[name]'}-[hash].js`;
        },
        // The tiny modules the charts share (English marks, scroll steps, axis ticks) in one chunk: a chunk
        // each would cost every chart embed a request and its module overhead.
        codeSplitting: {
          groups: [{ name: 'kit', test: /\/src\/lib\/(i18n\/fallback|charts\/magnitudes|scrolly\/scroll-steps)\.ts$|\/d3-array\/src\/(nice|ticks)\.js$/ }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false }, // modules imported once per worker, not once per file
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // Two files at a time share the one Chromium: much of a browser test is waiting for the page.
          maxWorkers: 2,
          // Each worker imports playwright, axe and the harness (and launches its Chromium) once for all its files.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A loaded 2-core CI machine needs more than the default second for lazy islands to hydrate.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
