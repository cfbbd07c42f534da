/** The words and formats of a language: templates, plurals, numbers, dates, ranges, money and CSV. */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/charts/csv.ts';
import { createDateRanges } from '../../src/lib/i18n/date-ranges.ts';
import { createFormat } from '../../src/lib/i18n/format.ts';
import { markEnglish, segments } from '../../src/lib/i18n/fallback.ts';
import { fill, placeholdersOf, plural } from '../../src/lib/i18n/template.ts';
import { editionsOf, fixture, FIXTURE_DIR } from '../helpers/data.ts';

const en = { ...createFormat(fixture()['interface.json'].format), ...createDateRanges(fixture()['interface.json'].format) };

describe('templates', () => {
  it('fills named placeholders and leaves an unknown one visible', () => {
    expect(fill('Showing {shown} of {total}', { shown: 3, total: 76 })).toBe('Showing 3 of 76');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(placeholdersOf('{year}: {flow} {year}')).toEqual(['year', 'flow']);
  });

  it('inserts any text as text: replacement patterns and braces stay as they are', () => {
    for (const value of ["$& $' $` $$", '{other}', '</script><!--', '\u2028\u2029'])
      expect(fill('[{v}]', { v: value, other: 'NO' })).toBe(`[${value}]`);
  });

  it('chooses plural forms by the language’s rules', () => {
    const forms = { one: '{count} record', other: '{count} records' };
    expect(plural(forms, 1, 'en')).toBe('1 record');
    expect(plural(forms, 2, 'en')).toBe('2 records');
    const sr = { one: '{count} događaj', few: '{count} događaja', other: '{count} događaja' };
    expect(plural(sr, 21, 'sr-Latn')).toBe('21 događaj');
    expect(plural(sr, 3, 'sr-Latn')).toBe('3 događaja');
    expect(plural('{count} of them', 5, 'en')).toBe('5 of them');
    expect(en.plural(forms, 1509)).toBe('1,509 records');
  });
});

describe('English formats (interface.json › format)', () => {
  it('writes numbers with the decimals the source gave, never rounded', () => {
    expect(en.number(3615.8)).toBe('3,615.8');
    expect(en.number(2.518)).toBe('2.518');
    expect(en.number(1500)).toBe('1,500');
    expect(en.percent(8.4)).toBe('8.4%');
  });

  it('writes dates at their precision, and ranges without repeating what the end says', () => {
    expect(en.date('2009')).toBe('2009');
    expect(en.date('2024-05')).toBe('May 2024');
    expect(en.date('2024-09-09')).toBe('9 September 2024');
    expect(en.dateRange('2016-06-17', '2016-06-19')).toBe('17–19 June 2016');
    expect(en.dateRange('2016-06-29', '2016-07-02')).toBe('29 June – 2 July 2016');
    expect(en.dateRange('2017-05', '2017-06')).toBe('May–June 2017');
    expect(en.dateRange('2014', '2016')).toBe('2014–2016');
    expect(en.dateRange('2016-12-30', '2017-01-02')).toBe('30 December 2016 – 2 January 2017');
    expect(en.dateRange('2019', '2019-05')).toBe('2019 – May 2019');
    expect(en.dateRangeParts('2016-06-17', '2016-06-19')).toEqual({ start: '17', separator: '–', end: '19 June 2016' });
    expect(en.years([2000, 2001, 2002, 2004, 2020, 2021])).toBe('2000–2002, 2004 and 2020–2021');
  });

  it('writes money as stated, in the chosen style, and compactly only where asked', () => {
    expect(en.money({ amount: 170, magnitude: 'million', currency: 'EUR' })).toBe('EUR 170m');
    expect(en.money({ amount: 1.26, magnitude: 'billion', currency: 'USD' })).toBe('USD 1.26bn');
    expect(en.money({ amount: 3730.9, magnitude: 'million', currency: 'EUR' })).toBe('EUR 3,730.9m');
    expect(en.unit('EUR', 'million')).toBe('EUR million');
    expect(en.compactMoney(1_234_567_890, 'USD')).toBe('USD 1.2bn');
    expect(en.compactMoney(360_400_000, 'USD')).toBe('USD 360m');
    expect(en.compactMoney(11_234, 'USD')).toBe('USD 11k');
    expect(en.compactMoney(623, 'USD')).toBe('USD 623');
    expect(en.approximate('USD 1.5bn')).toBe('≈ USD 1.5bn');
  });

  it('writes chart labels in short forms: amounts as stated, axis ticks exactly, units', () => {
    expect(en.shortMoney({ amount: 2.518, magnitude: 'billion', currency: 'EUR' })).toBe('EUR 2.518bn');
    expect(en.shortMoney({ amount: 305, magnitude: 'million', currency: 'EUR' })).toBe('EUR 305m');
    expect(en.compactMoney(1_634_567_890, 'USD', { short: true })).toBe('USD 1.6bn');
    expect([0, 5e8, 1e9, 1.25e9, 2e9].map((t) => en.axisMoney(t, 'USD'))).toEqual(['0', 'USD 500m', 'USD 1bn', 'USD 1.25bn', 'USD 2bn']);
    expect(en.axisMoney(0.3e9, 'USD')).toBe('USD 300m');
    expect(en.shortUnit('EUR', 'billion')).toBe('EUR bn');
  });
});

describe('Serbian formats (sr/interface.json › format, in each edition’s locale)', () => {
  const editions = editionsOf(FIXTURE_DIR);
  const formatOf = (id: 'sr-Latn' | 'sr-Cyrl') => {
    const words = editions[id]!['interface.json'].format;
    return { ...createFormat(words), ...createDateRanges(words) };
  };
  const latin = formatOf('sr-Latn');
  const cyrillic = formatOf('sr-Cyrl');

  it('writes numbers with a decimal comma and a point between thousands, never rounded', () => {
    expect(latin.number(3730.9)).toBe('3.730,9');
    expect(latin.number(2.518)).toBe('2,518');
    expect(latin.percent(8.4)).toBe('8,4%');
    expect(cyrillic.number(3730.9)).toBe('3.730,9');
  });

  it('writes dates the Serbian way, with the month in the edition’s script', () => {
    expect(latin.date('2024-09-09')).toBe('9. septembar 2024.');
    expect(latin.date('2024-05')).toBe('maj 2024.');
    expect(latin.date('2009')).toBe('2009.');
    expect(cyrillic.date('2024-09-09')).toBe('9. септембар 2024.');
    expect(latin.dateRange('2016-06-17', '2016-06-19')).toBe('17–19. jun 2016.');
  });

  it('writes money in words with the plural form the amount takes', () => {
    expect(latin.money({ amount: 1.6, magnitude: 'billion', currency: 'EUR' })).toBe('1,6 milijardi evra');
    expect(latin.money({ amount: 2, magnitude: 'billion', currency: 'USD' })).toBe('2 milijarde dolara');
    expect(latin.money({ amount: 1, magnitude: 'million', currency: 'EUR' })).toBe('1 milion evra');
    expect(latin.money({ amount: 170, magnitude: 'million', currency: 'EUR' })).toBe('170 miliona evra');
    expect(latin.money({ amount: 3730.9, magnitude: 'million', currency: 'EUR' })).toBe('3.730,9 miliona evra');
    expect(cyrillic.money({ amount: 1.6, magnitude: 'billion', currency: 'EUR' })).toBe('1,6 милијарди евра');
    expect(latin.unit('EUR', 'million')).toBe('miliona evra');
  });

  it('writes chart labels in the short forms of Serbian newspaper graphics, abbreviations and signs kept in Cyrillic', () => {
    expect(latin.shortMoney({ amount: 1.5, magnitude: 'billion', currency: 'USD' })).toBe('1,5 mlrd. $');
    expect(latin.shortMoney({ amount: 305, magnitude: 'million', currency: 'EUR' })).toBe('305 mil. €');
    expect(latin.shortMoney({ amount: 11, magnitude: 'thousand', currency: 'RSD' })).toBe('11 hilj. din.');
    expect(latin.shortUnit('EUR', 'billion')).toBe('mlrd. €');
    expect([0, 5e8, 1.5e9].map((t) => latin.axisMoney(t, 'USD'))).toEqual(['0', '500 mil. $', '1,5 mlrd. $']);
    expect(latin.compactMoney(1_634_567_890, 'USD', { short: true })).toBe('1,6 mlrd. $');
    expect(cyrillic.shortMoney({ amount: 1.5, magnitude: 'billion', currency: 'USD' })).toBe('1,5 млрд. $');
    expect(cyrillic.shortMoney({ amount: 305, magnitude: 'million', currency: 'EUR' })).toBe('305 мил. €');
    expect(cyrillic.shortMoney({ amount: 11, magnitude: 'thousand', currency: 'RSD' })).toBe('11 хиљ. дин.');
    expect(cyrillic.shortMoney({ amount: 2, magnitude: 'billion', currency: 'CNY' })).toBe('2 млрд. јуана');
    expect(cyrillic.shortUnit('EUR', 'billion')).toBe('млрд. €');
    expect(cyrillic.axisMoney(2e9, 'USD')).toBe('2 млрд. $');
    // Shorter than the words, which is what they are for.
    expect(cyrillic.axisMoney(1.5e9, 'USD').length).toBeLessThan(cyrillic.compactMoney(1.5e9, 'USD').length);
  });

  it('its CSV uses semicolons and decimal commas', () => {
    expect(editions['sr-Latn']!['interface.json'].format.csv).toEqual({ separator: ';', decimal: ',' });
  });
});

describe('CSV downloads', () => {
  const columns = [
    { key: 'partner' as const, label: 'Partner' },
    { key: 'value' as const, label: 'Value, EUR m', align: 'right' as const },
  ];
  const rows = [
    { partner: 'Bosnia and Herzegovina', value: 1673.9 },
    { partner: 'Poland', value: null },
    { partner: 'Say "hi"; Niš', value: 1 },
  ];

  it('start with a byte-order mark, quote what needs quoting, and leave missing values empty', () => {
    expect(toCsv(columns, rows)).toBe('\uFEFFPartner,"Value, EUR m"\r\nBosnia and Herzegovina,1673.9\r\nPoland,\r\n"Say ""hi""; Niš",1\r\n');
  });

  it('write a column with one precision when it asks for one (else each number as given)', () => {
    const amounts = [{ key: 'amount' as const, label: 'USD', align: 'right' as const, decimals: 0 }];
    const csv = toCsv(amounts, [{ amount: 10851.1667480707 }, { amount: 735.641208707325 }, { amount: 42157768 }, { amount: null }]);
    expect(csv).toBe('\uFEFFUSD\r\n10851\r\n736\r\n42157768\r\n\r\n');
    expect(toCsv([{ ...amounts[0], decimals: 1 }], [{ amount: 2.25 }, { amount: 3 }], { separator: ';', decimal: ',' })).toBe('\uFEFFUSD\r\n2,3\r\n3,0\r\n');
  });

  it('use semicolons and decimal commas where the language’s spreadsheets expect them', () => {
    expect(toCsv(columns, rows, { separator: ';', decimal: ',' })).toBe(
      '\uFEFFPartner;Value, EUR m\r\nBosnia and Herzegovina;1673,9\r\nPoland;\r\n"Say ""hi""; Niš";1\r\n',
    );
  });
});

describe('English standing in for a translation', () => {
  it('shows no mark when a marked text is cut around a placeholder ("Updated {date}" in English)', () => {
    const [before, after] = markEnglish('Updated {date}').split('{date}');
    expect(segments(before)).toEqual([{ text: 'Updated ', en: true }]);
    expect(segments(after)).toEqual([]);
    expect(segments(`${after} more`)).toEqual([{ text: ' more', en: false }]);
  });
});
