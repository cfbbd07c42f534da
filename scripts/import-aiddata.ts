/**
 * npm run import:aiddata -- <file.csv>
 * Refreshes data/aiddata-finance.json from an AidData GCDF CSV (rows for Serbia), and keeps the CSV
 * under data/raw/. Nothing is written unless the whole file converts cleanly.
 */
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AIDDATA_RAW_PATH, financeJsonText } from '../src/lib/data/aiddata.ts';
import { financeFile } from '../src/lib/data/schema.ts';

const input = process.argv[2];
if (!input) {
  console.error('Usage: npm run import:aiddata -- <file.csv>   (AidData GCDF rows for Serbia)');
  process.exit(2);
}
const csv = readFileSync(input, 'utf8');
let json: string;
try {
  json = financeJsonText(csv);
  const check = financeFile.safeParse(JSON.parse(json));
  if (!check.success) throw new Error(check.error.issues.map((i) => `${i.path.join(' › ')}: ${i.message}`).join('\n'));
} catch (e) {
  console.error(`${input}: cannot import: ${(e as Error).message}\nNothing was changed.`);
  process.exit(1);
}
const out = resolve('data/aiddata-finance.json');
writeFileSync(out + '.tmp', json);
if (resolve(input) !== resolve(AIDDATA_RAW_PATH)) copyFileSync(input, AIDDATA_RAW_PATH);
renameSync(out + '.tmp', out);
const records = JSON.parse(json).records.length;
console.log(`✓ wrote data/aiddata-finance.json (${records} records) from ${input}; raw CSV kept at ${AIDDATA_RAW_PATH}`);
