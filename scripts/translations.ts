/**
 * npm run translations [-- <dir>]: what each translation has (translated, missing, stale).
 * npm run translations -- --accept sr/timeline.json [<dir>] (or --accept sr): records, beside the translation, the
 * English each of its texts was made from (data/sr/accepted/<file>), once the translator has checked them. When that
 * English changes later, npm run check:data warns that the translation may be stale and shows the English before and after.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ACCEPTED, formatTranslationSummary, validateDataDir } from '../src/build/data-dir.ts';
import { acceptedFileText } from '../src/lib/data/accepted.ts';

const args = process.argv.slice(2);
const acceptAt = args.indexOf('--accept');
const target = acceptAt >= 0 ? args[acceptAt + 1] : undefined;
const rest = args.filter((_, i) => acceptAt < 0 || (i !== acceptAt && i !== acceptAt + 1));
const dir = resolve(rest[0] ?? process.env.STORY_DATA_DIR ?? 'data');
const result = validateDataDir(dir);
const reports = result.translations ?? [];

if (acceptAt >= 0) {
  const wanted = reports.filter((r) => target && (r.file === target.replace(/^data\//, '') || r.file.startsWith(`${target.replace(/\/$/, '')}/`)));
  if (!target || !wanted.length) {
    console.error(`Name a translated file to accept, e.g. --accept sr/timeline.json (or --accept sr for all). Files: ${reports.map((r) => r.file).join(', ')}`);
    process.exit(1);
  }
  for (const report of wanted) {
    const [folder, name] = report.file.split('/');
    mkdirSync(join(dir, folder, ACCEPTED), { recursive: true });
    writeFileSync(join(dir, folder, ACCEPTED, name), acceptedFileText(report.texts));
    console.log(`✓ ${report.file}: ${report.texts.size} translated text(s) accepted against the English as it is now.`);
  }
} else {
  console.log(formatTranslationSummary(reports));
  if (!result.ok) process.exitCode = 1;
}
