/**
 * Translated list items are matched by what they are (an id, a year and currency, a date, a web address), never
 * by their place: an item the journalist adds in English is the only one shown in English, and an item removed
 * in English leaves its translation as a warning to delete, not an error that stops the build.
 * Exact values on the frozen fixture (tests/fixtures/story).
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { validateData, type DataInput } from '../../src/lib/data/validate.ts';
import { plain, whollyEnglish } from '../../src/lib/i18n/fallback.ts';
import { FIXTURE_DIR } from '../helpers/data.ts';

type Json = Record<string, any>;
const printed = (problems: { file: string }[]) => problems.map((p) => formatProblem(p as never));

/** The fixture after changes to English files and/or translated ones ("sr/…"). */
function after(changes: Record<string, (json: Json) => void>) {
  const input: DataInput = readDataDir(FIXTURE_DIR);
  for (const [file, change] of Object.entries(changes)) {
    const sr = file.startsWith('sr/');
    const files = sr ? input.translations!.sr! : input.files;
    const name = sr ? file.slice(3) : file;
    const json = JSON.parse(files[name]);
    change(json);
    files[name] = JSON.stringify(json, null, 2);
  }
  return validateData(input);
}

const before = validateData(readDataDir(FIXTURE_DIR));
if (!before.ok) throw new Error('the fixture must be valid');

describe('an item added in English only', () => {
  it('a year of China trade: that year alone is English, every other year keeps its Serbian notes', () => {
    const result = after({
      'china-trade.json': (j) => j.years.push({ ...j.years.at(-1), year: 2025, note: 'A year added in English.' }),
    });
    if (!result.ok) throw new Error(printed(result.problems).join('\n'));
    for (const edition of ['sr-Latn', 'sr-Cyrl'] as const) {
      const years = result.editions[edition]!['china-trade.json'].years;
      const added = years.find((y) => y.year === 2025)!;
      expect(whollyEnglish(added.note!)).toBe(true);
      expect(plain(added.note!)).toBe('A year added in English.');
      expect(years.filter((y) => y.year !== 2025)).toEqual(before.editions[edition]!['china-trade.json'].years);
    }
    expect(printed(result.warnings)).toEqual([expect.stringContaining('sr/china-trade.json › years')]);
    const warning = printed(result.warnings)[0];
    expect(warning).toContain('has no translation of 2025 USD');
    // The entry to add, with its key and its English texts to translate.
    const entry = JSON.parse(warning.slice(warning.indexOf('{"year"')));
    expect(entry).toMatchObject({ year: 2025, currency: 'USD', note: 'A year added in English.' });
  });

  it('a debt point in the middle of a series: the other points keep their Serbian notes', () => {
    const result = after({
      'debt.json': (j) => j.series[1].points.splice(1, 0, { ...j.series[1].points[1], date: '2023-07', note: 'Added.' }),
    });
    if (!result.ok) throw new Error(printed(result.problems).join('\n'));
    const points = result.editions['sr-Latn']!['debt.json'].series[1].points;
    expect(whollyEnglish(points[1].note!)).toBe(true);
    expect(points.filter((p) => p.date !== '2023-07')).toEqual(before.editions['sr-Latn']!['debt.json'].series[1].points);
    expect(printed(result.warnings)[0]).toContain('has no translation of 2023-07');
  });

  it('a trading partner put before the last: every other partner keeps its Serbian name, the new one is English', () => {
    const result = after({
      'trade-partners.json': (j) => j.series[0].partners.splice(-1, 0, { ...j.series[0].partners.at(-1), partner: 'Atlantis' }),
    });
    if (!result.ok) throw new Error(printed(result.problems).join('\n'));
    for (const edition of ['sr-Latn', 'sr-Cyrl'] as const) {
      const partners = result.editions[edition]!['trade-partners.json'].series[0].partners;
      const added = partners.at(-2)!;
      const rest = partners.filter((p) => p !== added);
      expect(added.partner).toBe('Atlantis');
      expect(whollyEnglish((added as { label?: string }).label!)).toBe(true);
      expect(rest).toEqual(before.editions[edition]!['trade-partners.json'].series[0].partners);
    }
    const warning = printed(result.warnings).find((w) => w.includes('Atlantis'))!;
    expect(warning).toContain('has no translation of Atlantis');
    // The entry to add: the English name to match, and the name to translate.
    expect(JSON.parse(warning.slice(warning.indexOf('{"partner"')))).toEqual({ partner: 'Atlantis', label: 'Atlantis' });
  });

  it('a partner whose Serbian entry names no English partner is a warning to delete it', () => {
    const result = after({ 'sr/trade-partners.json': (j) => (j.series[0].partners[0].partner = 'Nemačka') });
    expect(result.ok).toBe(true);
    expect(printed(result.warnings).join('\n')).toContain('translates Nemačka, which trade-partners.json no longer has');
  });

  it('a project date and a source put first: the translated ones stay translated', () => {
    const result = after({
      'projects.json': (j) => {
        j.projects[0].dates.unshift({ date: '2001', label: 'An early milestone' });
        j.projects[0].sources.unshift({ name: 'New source', url: 'https://example.org/new', note: 'A new note.' });
      },
    });
    if (!result.ok) throw new Error(printed(result.problems).join('\n'));
    const project = result.editions['sr-Latn']!['projects.json'].projects[0];
    const old = before.editions['sr-Latn']!['projects.json'].projects[0];
    expect(plain(project.dates[0].label)).toBe('An early milestone');
    expect(project.dates.slice(1)).toEqual(old.dates);
    expect(project.sources.slice(1)).toEqual(old.sources);
  });
});

describe('an item removed in English, its translation left in place', () => {
  it('is a warning naming it and saying to delete it; the build goes ahead', () => {
    const result = after({ 'timeline.json': (j) => j.events.splice(0, 1) });
    expect(printed(result.problems)).toEqual([]);
    const warning = printed(result.warnings).find((w) => w.includes('1955-01-02-diplomatic-relations'));
    expect(warning).toContain('translates "1955-01-02-diplomatic-relations", which timeline.json no longer has');
    expect(warning).toContain('delete this item from sr/timeline.json');
  });

  it('a removed year of trade, too', () => {
    const result = after({ 'china-trade.json': (j) => (j.years = j.years.filter((y: Json) => y.year !== 2010)) });
    expect(result.ok).toBe(true);
    expect(printed(result.warnings)[0]).toContain('translates 2010 USD, which china-trade.json no longer has');
  });

  it('an id close to an English item that has no translation is a typo: an error with the guess', () => {
    const result = after({ 'sr/timeline.json': (j) => (j.events[0].id = '1955-01-02-diplomatic-relation') });
    expect(result.ok).toBe(false);
    expect(printed(result.problems)[0]).toContain('Did you mean "1955-01-02-diplomatic-relations"?');
  });
});

describe('one run reports English and Serbian problems together', () => {
  it('a mistake in timeline.json and one in sr/projects.json', () => {
    const result = after({
      'timeline.json': (j) => (j.events[1].date = '2024-13'),
      'sr/projects.json': (j) => (j.projects[0].nmae = 'Most'),
    });
    expect(result.ok).toBe(false);
    const files = printed(result.problems).map((p) => p.split(' › ')[0]);
    expect(files).toContain('timeline.json');
    expect(files).toContain('sr/projects.json');
  });
});
