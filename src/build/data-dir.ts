/** Reads a data folder for validation (Node only). Reading never changes a file. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, type Problem } from '../lib/data/problems.ts';
import { validateData, type DataInput, type ValidationResult } from '../lib/data/validate.ts';

export const RAW_AIDDATA = join('raw', 'aiddata-gcdf3-serbia.csv');

export function readDataDir(dir: string): DataInput {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json')) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  const csvPath = join(dir, RAW_AIDDATA);
  return { files, aiddataCsv: existsSync(csvPath) ? readFileSync(csvPath, 'utf8') : undefined };
}

export function validateDataDir(dir: string): ValidationResult {
  if (!existsSync(dir)) {
    return { ok: false, problems: [{ file: dir, path: [], message: 'is not a folder that exists' }] };
  }
  return validateData(readDataDir(dir));
}

/** The report journalists read, in the terminal and in the dev server's overlay. */
export function formatReport(problems: Problem[], dir: string): string {
  const fromHere = relative(process.cwd(), dir);
  const shown = fromHere.startsWith('..') ? dir : fromHere || '.';
  const head =
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${shown}/. ` +
    'Nothing was changed and nothing was published. Fix these, save, and check again:';
  const body = problems.map((p) => formatProblem({ ...p, file: join(shown, p.file) })).join('\n\n');
  return `${head}\n\n${body}\n`;
}
