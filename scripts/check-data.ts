/** npm run check:data [-- <dir>]: validates every data file, its translations and the references between them. Never writes. */
import { resolve } from 'node:path';
import { formatReport, formatTranslationSummary, formatWarnings, validateDataDir } from '../src/build/data-dir.ts';

const dir = resolve(process.argv[2] ?? process.env.STORY_DATA_DIR ?? 'data');
const result = validateDataDir(dir);
if (result.ok) {
  const d = result.data;
  console.log(
    `✓ ${dir}: all data is valid — ${d['projects.json'].projects.length} projects, ` +
      `${d['timeline.json'].events.length} timeline events, ${d['trade-partners.json'].series.length} trade-partner series, ` +
      `${d['china-trade.json'].years.length} years of China trade, ${d['debt.json'].series.length} debt series, ` +
      `${d['aiddata-finance.json'].records.length} AidData records, ${d['story.json'].sections.length} story sections; ` +
      `editions: ${Object.keys(result.editions).join(', ')}.`,
  );
  // Missing translations are warnings: the check passes, and the translated editions show the English text.
  if (result.warnings.length) console.warn('\n' + formatWarnings(result.warnings, dir));
} else {
  console.error(formatReport(result.problems, dir));
  if (result.warnings.length) console.warn(formatWarnings(result.warnings, dir));
  process.exitCode = 1;
}
// Every run ends with where each translation stands.
if (result.translations?.length) console.log('\n' + formatTranslationSummary(result.translations));
