/** A journalist's edit reaches the page: change data, rebuild, and the page shows the new facts. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDist } from './static-server.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'rebuild-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a changed data file', () => {
  it('changes the page after a rebuild', async () => {
    const data = join(tmp, 'data');
    cpSync(join(root, 'data'), data, { recursive: true });
    const edit = (file: string, change: (json: any) => void) => {
      const json = JSON.parse(readFileSync(join(data, file), 'utf8'));
      change(json);
      writeFileSync(join(data, file), JSON.stringify(json, null, 2));
    };
    edit('story.json', (s) => (s.headline = 'An edited headline for the rebuild test'));
    edit('trade-partners.json', (t) => {
      const china = t.series.flatMap((s: any) => s.partners).find((p: any) => p.partner === 'China');
      china.value = 1234.5;
    });
    edit('timeline.json', (t) =>
      t.events.push({
        id: 'rebuild-test-event',
        date: '2025-12',
        title: 'An event added by the rebuild test',
        text: 'Added to check that new events reach the page.',
        category: 'economy',
        sources: [{ name: 'Test', url: 'https://example.org/' }],
        confidence: 'sourced',
      }),
    );

    const out = join(tmp, 'dist');
    await promisify(execFile)('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
      cwd: root,
      env: { ...process.env, STORY_DATA_DIR: data },
    });
    const server = await serveDist(out);
    try {
      const html = await (await fetch(server.origin + '/')).text();
      expect(html).toContain('An edited headline for the rebuild test');
      expect(html).toContain('id="event-rebuild-test-event"');
      expect(html).toContain('1234.5');
    } finally {
      await server.close();
    }
  }, 120_000);
});
