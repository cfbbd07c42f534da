/** Serves the built site and starts one Chromium that every browser test file connects to. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { TEST_CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveDist } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
    origin: string;
    /** The site built from the frozen fixture data (dist-fixture/), for the tests that compare pictures. */
    fixtureOrigin: string;
  }
}

let browser: BrowserServer | undefined;
let close: (() => Promise<void>) | undefined;

export async function setup(project: TestProject): Promise<void> {
  // STORY_DIST_DIR: another build to test (e.g. `vite build --outDir /tmp/x`), so two builds can be tested side by side.
  const dist = process.env.STORY_DIST_DIR ?? join(import.meta.dirname, '..', '..', 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium (see .ci/run)`);
  const server = await serveDist(dist);
  const fixtureDist = process.env.STORY_FIXTURE_DIST_DIR ?? join(import.meta.dirname, '..', '..', 'dist-fixture');
  if (!existsSync(join(fixtureDist, 'index.html'))) throw new Error('dist-fixture/ is missing: run `npm run build:fixture` before the browser tests');
  const fixtureServer = await serveDist(fixtureDist);
  close = async () => {
    await server.close();
    await fixtureServer.close();
  };
  browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: TEST_CHROMIUM_ARGS });
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('origin', server.origin);
  project.provide('fixtureOrigin', fixtureServer.origin);
}

export async function teardown(): Promise<void> {
  await browser?.close();
  await close?.();
}
