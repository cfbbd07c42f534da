import { describe, expect, it } from 'vitest';
import { checkDate, dateSortKey, parseDate } from '../../src/lib/data/dates.ts';
import { checkLonLat } from '../../src/lib/data/geo.ts';
import { checkInlineText, inlineToPlain, parseInline } from '../../src/lib/data/inline.ts';

describe('dates', () => {
  it('reads the precision from the format', () => {
    expect(parseDate('2009')?.precision).toBe('year');
    expect(parseDate('2024-05')?.precision).toBe('month');
    expect(parseDate('2024-09-09')?.precision).toBe('day');
  });
  it('refuses days and months that do not exist, leap years included', () => {
    expect(checkDate('2023-02-30')).toContain('February 2023 has 28 days');
    expect(checkDate('2024-02-29')).toBeNull();
    expect(checkDate('2023-02-29')).not.toBeNull();
    expect(checkDate('2024-13')).toContain('no month 13');
    expect(checkDate('24-09-09')).toContain('is not a date');
  });
  it('sorts a year before its months and days', () => {
    const sorted = ['2024-09-09', '2024', '2023-12', '2024-05'].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
    expect(sorted).toEqual(['2023-12', '2024', '2024-05', '2024-09-09']);
  });
});

describe('coordinates', () => {
  it('accepts Belgrade as [lon, lat]', () => {
    expect(checkLonLat([20.46, 44.81])).toBeNull();
  });
  it('catches a swapped pair and says how to fix it', () => {
    expect(checkLonLat([44.81, 20.46])).toContain('i.e. [20.46, 44.81]');
  });
  it('catches a point far away', () => {
    expect(checkLonLat([116.4, 39.9])).toContain("outside Serbia's wider region");
  });
});

describe('inline text', () => {
  it('parses emphasis and links into tokens', () => {
    expect(parseInline('A *big* [bridge](https://example.org) here')).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'em', text: 'big' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'bridge', href: 'https://example.org' },
      { kind: 'text', text: ' here' },
    ]);
  });
  it('keeps unsafe links as plain text', () => {
    expect(parseInline('[x](javascript:alert(1))').every((t) => t.kind === 'text')).toBe(true);
    expect(checkInlineText('[x](javascript:alert(1))')[0]).toContain('must start with https://');
  });
  it('leaves markup as text and flags it', () => {
    expect(inlineToPlain('<b>bold</b>')).toBe('<b>bold</b>');
    expect(checkInlineText('<img src=x onerror=alert(1)>')[0]).toContain('HTML tags');
    expect(checkInlineText('SO2 < 350 µg/m3')).toEqual([]);
  });
});
