import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function checkData(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/check-data.ts', dir], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('npm run check:data', () => {
  it('passes on the shipped data', async () => {
    const { code, stdout } = await checkData('data');
    expect(code).toBe(0);
    expect(stdout).toMatch(/all data is valid — \d+ projects, \d+ timeline events/);
  }, 30_000);

  it('refuses a broken folder with exit 1, names every problem, and changes no file', async () => {
    const dir = join(tmp, 'broken');
    cpSync(join(root, 'tests', 'fixtures', 'data-valid'), dir, { recursive: true });
    const projects = JSON.parse(readFileSync(join(dir, 'projects.json'), 'utf8'));
    projects.projects[0].location.coordinates = [44.8645, 20.3811];
    projects.projects[1].secotr = 'transport';
    writeFileSync(join(dir, 'projects.json'), JSON.stringify(projects, null, 2));
    writeFileSync(join(dir, 'debt.json'), '{ "series": [ }');
    const before = snapshot(dir);

    const { code, stderr } = await checkData(dir);

    expect(code).toBe(1);
    expect(stderr).toMatch(/^3 problems in .*broken\/\. Nothing was changed/);
    expect(stderr).toContain('broken/projects.json › projects › [0] “pupin-bridge” › location › coordinates (line');
    expect(stderr).toContain('broken/projects.json › projects › [1] “expressway” › secotr');
    expect(stderr).toMatch(/broken\/debt\.json \(line 1, column \d+\)\n\s+is not valid JSON/);
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);
});
