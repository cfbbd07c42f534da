import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AidDataError, financeFromCsv } from '../../src/lib/data/aiddata.ts';

const root = join(import.meta.dirname, '..', '..');
// Exact records: the frozen copy of AidData's CSV (a new AidData release in data/raw must not break this test).
const csv = readFileSync(join(root, 'tests', 'fixtures', 'story', 'raw', 'aiddata-gcdf3-serbia.csv'), 'utf8');

describe('AidData import', () => {
  const finance = financeFromCsv(csv);

  it('keeps one record per CSV row, with its AidData id, title and status', () => {
    const rowIds = [...csv.matchAll(/^[^\n]*?,(\d{5}),/gm)].length;
    expect(finance.records.length).toBeGreaterThan(0);
    expect(new Set(finance.records.map((r) => r.id)).size).toBe(finance.records.length);
    expect(rowIds).toBeLessThanOrEqual(finance.records.length);
    const kostolac = finance.records.find((r) => r.id === 42549)!;
    expect(kostolac.title).toContain('Kostolac B Power Plant');
    expect(kostolac.status).toBe('Completion');
    expect(kostolac.commitmentYear).toBe(2011);
  });

  it('keeps amounts exactly, and a missing amount as null, never 0', () => {
    const first = finance.records.find((r) => r.id === 42537)!;
    expect(first.amountUsd2021).toBe(42157768.6723451);
    const noAmount = finance.records.find((r) => r.id === 42502)!;
    expect(noAmount.amountUsd2021).toBeNull();
  });

  it('credits AidData under ODC-By', () => {
    expect(finance.dataset.licence).toContain('ODC-By');
  });

  it('refuses a CSV without the expected columns, naming them', () => {
    expect(() => financeFromCsv('a,b\n1,2\n')).toThrow(AidDataError);
    expect(() => financeFromCsv('a,b\n1,2\n')).toThrow(/"AidData.Record.ID"/);
  });
});
