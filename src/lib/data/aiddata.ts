/** Turns AidData's GCDF CSV rows for Serbia into data/aiddata-finance.json (see scripts/import-aiddata.ts). */
import { csvParse } from 'd3-dsv';
import type { DataFiles, FinanceRecord } from './schema.ts';

export const AIDDATA_RAW_PATH = 'data/raw/aiddata-gcdf3-serbia.csv';

const COLUMNS = {
  id: 'AidData.Record.ID',
  amount: 'Amount.(Constant.USD.2021)',
  title: 'Title',
  status: 'Status',
  sector: 'Sector.Name',
  infrastructure: 'Infrastructure',
  year: 'Commitment.Year',
  date: 'Commitment.Date.(MM/DD/YYYY)',
} as const;

export class AidDataError extends Error {}

function numberOrNull(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new AidDataError(`"${s}" is not a number`);
  return n;
}

export function financeFromCsv(csv: string, from: string = AIDDATA_RAW_PATH): DataFiles['aiddata-finance.json'] {
  const rows = csvParse(csv.replace(/^\uFEFF/, ''));
  const missing = Object.values(COLUMNS).filter((c) => !rows.columns.includes(c));
  if (missing.length) throw new AidDataError(`the CSV has no column(s) ${missing.map((c) => `"${c}"`).join(', ')}`);
  const records: FinanceRecord[] = rows.map((row, i) => {
    const line = `row ${i + 2}`;
    const id = numberOrNull(row[COLUMNS.id]);
    if (id === null) throw new AidDataError(`${line} has no ${COLUMNS.id}`);
    const date = row[COLUMNS.date]?.trim() || null;
    try {
      return {
        id,
        title: row[COLUMNS.title]!.trim(),
        status: row[COLUMNS.status]!.trim(),
        sector: row[COLUMNS.sector]!.trim(),
        infrastructure: row[COLUMNS.infrastructure]?.trim() === 'Yes',
        commitmentYear: numberOrNull(row[COLUMNS.year]),
        commitmentDate: date,
        amountUsd2021: numberOrNull(row[COLUMNS.amount]),
      };
    } catch (e) {
      throw new AidDataError(`${line} (record ${id}): ${(e as Error).message}`);
    }
  });
  records.sort((a, b) => (a.commitmentYear ?? 0) - (b.commitmentYear ?? 0) || a.id - b.id);
  return {
    $schema: './schemas/aiddata-finance.schema.json',
    generated: {
      by: 'npm run import:aiddata -- <file.csv>',
      from,
      warning: 'Generated file: do not edit by hand. Change the CSV and run the import again.',
    },
    dataset: {
      name: "AidData's Global Chinese Development Finance Dataset, Version 3.0 (rows for Serbia)",
      licence: 'Open Data Commons Attribution License (ODC-By) 1.0',
      url: 'https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0',
      citation: 'AidData at William & Mary, Global Chinese Development Finance Dataset, Version 3.0 (2023).',
    },
    records,
  };
}

export function financeJsonText(csv: string, from?: string): string {
  return JSON.stringify(financeFromCsv(csv, from), null, 2) + '\n';
}
