/**
 * Alt texts in one language: an attribute cannot mark a part as English, so a picture's text that is partly an
 * English fallback is given whole in English, marked lang="en" on its element (og:image:alt, a step's picture).
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { createI18n } from '../../src/lib/i18n/context.ts';
import { langOf, markEnglish, oneLanguage, plain } from '../../src/lib/i18n/fallback.ts';
import { pictureOf } from '../../src/lib/publishing/pictures/pictures.ts';
import { FIXTURE_DIR } from '../helpers/data.ts';

describe('oneLanguage', () => {
  const english = () => 'Serbia and China: timeline. Culture 1.';
  it('gives a text partly English as the English text, wholly marked English', () => {
    const mixed = `Србија и Кина: хронологија. ${markEnglish('Culture')} 1.`;
    const alt = oneLanguage(mixed, english);
    expect([plain(alt), langOf(alt)]).toEqual(['Serbia and China: timeline. Culture 1.', 'en']);
  });
  it('leaves a text with no English, or wholly English, as it is', () => {
    expect(oneLanguage('Србија и Кина', english)).toBe('Србија и Кина');
    expect(langOf(oneLanguage('Србија и Кина', english))).toBeUndefined();
    const whole = markEnglish('Serbia and China');
    expect(oneLanguage(whole, english)).toBe(whole);
  });
  it('without the English text, gives the text unmarked in the page’s language', () => {
    const alt = oneLanguage(`Kompanija ${markEnglish('Test Company')} gradi fabriku.`);
    expect([alt, langOf(alt)]).toEqual(['Kompanija Test Company gradi fabriku.', undefined]);
  });
});

describe('a share card’s alt when a timeline category has no Serbian name yet', () => {
  const input = readDataDir(FIXTURE_DIR);
  const timeline = JSON.parse(input.files['timeline.json']);
  timeline.categories.push({ id: 'test-culture', name: 'Culture (test)', color: 'slate', shape: 'bar' });
  timeline.events.push({ ...timeline.events[0], id: '2026-11-30-test-culture', date: '2026-11-30', category: 'test-culture' });
  input.files['timeline.json'] = JSON.stringify(timeline);
  const result = validateData(input);
  if (!result.ok) throw new Error('the edit is valid');
  const picture = (id: 'en' | 'sr-Cyrl') => pictureOf('timeline', result.editions[id]!, createI18n(id, result.editions[id]!['interface.json'], '', 'https://example.org/'))!;

  it('is the English picture’s alt, marked English, where the Serbian one is partly English', () => {
    const serbian = picture('sr-Cyrl').alt;
    expect(plain(serbian)).toContain('Culture (test)');
    expect(langOf(serbian), 'the Serbian alt is partly English').toBeUndefined();
    const alt = oneLanguage(serbian, () => picture('en').alt);
    expect([plain(alt), langOf(alt)]).toEqual([picture('en').alt, 'en']);
  });
});
