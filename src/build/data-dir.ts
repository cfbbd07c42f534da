/** Reads a data folder for validation (Node only). Reading never changes a file. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, type Problem } from '../lib/data/problems.ts';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { regionCountries, type Country } from '../lib/data/countries.ts';
import { SOURCE_DOMAINS_FILE } from '../lib/data/source-domains.ts';
import { TRANSLATION_FOLDERS, validateData, type DataInput, type TranslationReport, type ValidationResult } from '../lib/data/validate.ts';

export const RAW_AIDDATA = join('raw', 'aiddata-gcdf3-serbia.csv');
/** Beside each translation: the English each translated text was made from (npm run translations -- --accept). */
export const ACCEPTED = 'accepted';

const jsonFiles = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

let countries: Country[] | undefined;
/** The countries around Serbia on Natural Earth's 1:10m borders (world-atlas), read once. */
export function regionCountriesFromWorldAtlas(): Country[] {
  countries ??= regionCountries(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology);
  return countries;
}

export function readDataDir(dir: string): DataInput {
  const csvPath = join(dir, RAW_AIDDATA);
  const translations: DataInput['translations'] = {};
  const accepted: DataInput['accepted'] = {};
  for (const language of TRANSLATION_FOLDERS) {
    if (existsSync(join(dir, language))) translations[language] = jsonFiles(join(dir, language));
    if (existsSync(join(dir, language, ACCEPTED))) accepted[language] = jsonFiles(join(dir, language, ACCEPTED));
  }
  const domainsPath = join(dir, SOURCE_DOMAINS_FILE);
  return {
    files: jsonFiles(dir),
    translations,
    accepted,
    aiddataCsv: existsSync(csvPath) ? readFileSync(csvPath, 'utf8') : undefined,
    sourceDomains: existsSync(domainsPath) ? readFileSync(domainsPath, 'utf8') : undefined,
  };
}

export function validateDataDir(dir: string): ValidationResult {
  if (!existsSync(dir)) {
    return { ok: false, problems: [{ file: dir, path: [], message: 'is not a folder that exists' }], warnings: [] };
  }
  return validateData({ ...readDataDir(dir), countries: regionCountriesFromWorldAtlas() });
}

/** The warnings journalists read after a check that passed: what is not finished yet, though it publishes. */
export function formatWarnings(warnings: Problem[], dir: string): string {
  if (!warnings.length) return '';
  const fromHere = relative(process.cwd(), dir);
  const shown = fromHere.startsWith('..') ? dir : fromHere || '.';
  const head = `${warnings.length} warning${warnings.length === 1 ? '' : 's'}: the build goes ahead, but read ${warnings.length === 1 ? 'it' : 'them'} before publishing (a text missing from a translation shows in English, marked as English):`;
  return `${head}\n\n${warnings.map((p) => formatProblem({ ...p, file: join(shown, p.file) })).join('\n\n')}\n`;
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

/** One line per translated file: how many texts are translated, missing (shown in English) and stale. */
export function formatTranslationSummary(reports: TranslationReport[]): string {
  if (!reports.length) return '';
  const width = Math.max(...reports.map((r) => r.file.length));
  const lines = reports.map(
    (r) => `  ${r.file.padEnd(width)}  ${String(r.translated).padStart(4)} translated  ${String(r.missing.length).padStart(4)} missing  ${String(r.stale.length).padStart(4)} stale`,
  );
  return `Translations (a missing text shows in English, marked as English; a stale one may say what the English no longer says):\n${lines.join('\n')}\n`;
}
