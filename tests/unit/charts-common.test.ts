import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvDataUrl, toCsv } from '../../src/lib/charts/csv.ts';
import { formatMoney, formatNumber } from '../../src/lib/charts/format.ts';
import { maxValue, periodsFrom, sortRows } from '../../src/lib/charts/trade-partners.ts';
import { scriptJson } from '../../src/lib/islands/collector.ts';
import { tradePartnersFile } from '../../src/lib/data/schema.ts';

const tradeFile = tradePartnersFile.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'trade-partners.json'), 'utf8')),
);

describe('CSV downloads', () => {
  it('start with a byte-order mark, quote what needs quoting, and leave missing values empty', () => {
    const csv = toCsv(
      [
        { key: 'partner', label: 'Partner' },
        { key: 'value', label: 'Value, EUR m' },
      ],
      [
        { partner: 'Bosnia and Herzegovina', value: 1673.9 },
        { partner: 'Poland', value: null },
        { partner: 'Say "hi", Niš', value: 1 },
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFPartner,"Value, EUR m"\r\nBosnia and Herzegovina,1673.9\r\nPoland,\r\n"Say ""hi"", Niš",1\r\n');
    expect(decodeURIComponent(csvDataUrl(csv).split(',').slice(1).join(','))).toBe(csv);
  });
});

describe('number formats keep the source precision', () => {
  it('never rounds', () => {
    expect(formatNumber(3615.8)).toBe('3,615.8');
    expect(formatNumber(2.518)).toBe('2.518');
    expect(formatNumber(170)).toBe('170');
    expect(formatMoney({ amount: 1.26, magnitude: 'billion', currency: 'USD' })).toBe('USD 1.26bn');
  });
});

describe('trade partners', () => {
  const periods = periodsFrom(tradeFile.series);

  it('groups series into one period per label, with each flow once', () => {
    expect(periods.map((p) => p.period)).toEqual([...new Set(tradeFile.series.map((s) => s.period))]);
    for (const p of periods) expect(new Set(p.flows).size).toBe(p.flows.length);
  });

  it('has one row per partner named in any flow of the period', () => {
    for (const p of periods) {
      const names = new Set(tradeFile.series.filter((s) => s.period === p.period).flatMap((s) => s.partners.map((r) => r.partner)));
      expect(p.rows.map((r) => r.partner).sort()).toEqual([...names].sort());
    }
  });

  it('sorts by a flow, largest first, with missing values last', () => {
    const p = periods.find((x) => x.flows.includes('imports') && x.flows.includes('exports'))!;
    const sorted = sortRows(p.rows, 'imports');
    const values = sorted.map((r) => r.values.imports?.value ?? null);
    const present = values.filter((v): v is number => v !== null);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(values.slice(present.length).every((v) => v === null)).toBe(true);
    expect(maxValue(p)).toBe(Math.max(...p.rows.flatMap((r) => [r.values.exports?.value ?? 0, r.values.imports?.value ?? 0])));
  });
});

describe('island props', () => {
  it('are JSON that cannot close the script element they sit in', () => {
    const json = scriptJson({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).text).toBe('</script><script>alert(1)</script>');
  });
});
