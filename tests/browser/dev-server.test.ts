/** A journalist saves a broken data file while the dev server runs: the browser says what is wrong, then recovers. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViteDevServer } from 'vite';
import { openPage } from './harness.ts';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'story-data-'));
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  cpSync(join(root, 'tests', 'fixtures', 'data-valid'), dataDir, { recursive: true });
  process.env.STORY_DATA_DIR = dataDir;
  const { createServer } = await import('vite');
  server = await createServer({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  origin = server.resolvedUrls!.local[0].replace(/\/$/, '');
});

afterAll(async () => {
  await server?.close();
  delete process.env.STORY_DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('shows the data problem in the browser when a file is saved broken, and recovers once it is fixed', async () => {
    const { page, finish } = await openPage('/', { origin });
    // On a fresh install Vite pre-bundles dependencies on the first visit and reloads the page once.
    await page.waitForLoadState('networkidle');
    await page.locator('h1').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Fixture headline');

    const file = join(dataDir, 'projects.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"sector": "transport"', '"sector": "roads"'));

    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 20_000 });
    const message = await overlay.locator('.message').textContent();
    expect(message).toContain('projects.json › projects › [0] “pupin-bridge” › sector');
    expect(message).toContain('use one of: "transport"');

    writeFileSync(file, good.replace('Mihajlo Pupin Bridge', 'Pupin Bridge, fixed'));
    await overlay.waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('h1').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Fixture headline');
    expect(readFileSync(file, 'utf8')).toContain('Pupin Bridge, fixed');
    await finish({ axe: false, allowErrors: true });
  }, 60_000);
});
