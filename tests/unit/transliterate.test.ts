import { describe, expect, it } from 'vitest';
import { markEnglish } from '../../src/lib/i18n/fallback.ts';
import {
  CYRILLIC_NAMES,
  KEEP_LATIN,
  KEEP_MARK,
  SPLIT_DIGRAPHS,
  stripKeepMarks,
  toCyrillic,
} from '../../src/lib/i18n/transliterate.ts';
import { GOLDEN } from './transliterate-golden.ts';

const hasMark = (s: string): boolean => s.includes('{{latin:');
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes from a Cyrillic output what is meant to stay Latin, by the documented rules (written here
 * independently of the module), so that any Latin letter left over is a transliteration miss.
 */
function withoutKeptItems(latin: string, output: string): string {
  let s = output;
  for (const m of latin.matchAll(new RegExp(KEEP_MARK.source, 'g'))) s = s.replace(m[1], ' ');
  const patterns: RegExp[] = [
    /\]\([^)\s]+\)/g, // link targets
    /(?:https?|ftp):\/\/\S+|www\.\S+/g,
    /\S+@\S+/g,
    /[\p{L}\p{N}-]+\.(?:rs|com|org|net|info|cn|eu)(?![\p{L}\p{N}])/gu,
    ...[...KEEP_LATIN]
      .sort((a, b) => b.length - a.length)
      .map((k) => new RegExp(`${escapeRe(k)}\\p{Script=Latin}*`, 'gu')),
    /[\p{L}\p{N}-]*[^\P{Script=Latin}a-zA-ZčćđšžČĆĐŠŽ][\p{L}\p{N}-]*/gu, // foreign letters
    /[\p{L}\p{N}-]*[qwxyQWXY][\p{L}\p{N}-]*/gu,
    /(?<![\p{L}\p{N}])[IVXLCDM]+(?![\p{L}\p{N}])/gu, // Roman numerals
    /(?<=\p{N} ?)[mgt](?![\p{L}\p{N}])/gu, // single-letter units after a number
  ];
  for (const p of patterns) s = s.replace(p, ' ');
  // Codes: a part mixing Latin letters and digits, or capitals joined to a number by a hyphen.
  s = s.replace(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu, (tok) => {
    const parts = tok.split('-');
    const mixed = parts.some((p) => /\p{Script=Latin}/u.test(p) && /\p{N}/u.test(p));
    const capsAndNumber =
      parts.some((p) => /^\p{N}+$/u.test(p)) &&
      parts.every((p) => /^\p{N}+$/u.test(p) || /^\p{Lu}+$/u.test(p));
    return mixed || capsAndNumber ? ' ' : tok;
  });
  return s;
}

const latinLetters = (s: string): number => (s.match(/\p{Script=Latin}/gu) ?? []).length;

describe('transliterate golden list', () => {
  it('has enough entries, all distinct', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(160);
    expect(new Set(GOLDEN.map(([l]) => l)).size).toBe(GOLDEN.length);
  });

  it.each(GOLDEN.map(([l, c], i) => [i, l, c] as const))('#%i %j', (_i, latin, cyrillic) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it('is idempotent on every golden entry without a {{latin:…}} mark', () => {
    const plain = GOLDEN.filter(([l]) => !hasMark(l));
    expect(plain.length).toBeGreaterThan(150);
    for (const [latin, cyrillic] of plain) {
      const once = toCyrillic(latin);
      expect(toCyrillic(once), latin).toBe(once);
      expect(toCyrillic(cyrillic), cyrillic).toBe(cyrillic);
    }
  });

  it('leaves no Serbian Latin letter outside kept items (counted)', () => {
    let leftover = 0;
    let kept = 0;
    const misses: string[] = [];
    for (const [latin] of GOLDEN) {
      const out = toCyrillic(latin);
      const n = latinLetters(withoutKeptItems(latin, out));
      if (n > 0) misses.push(`${latin} → ${out}`);
      leftover += n;
      kept += latinLetters(out);
    }
    expect(misses).toEqual([]);
    expect(leftover).toBe(0);
    // The check is not empty: many golden entries do keep Latin items.
    expect(kept).toBeGreaterThan(300);
  });
});

describe('toCyrillic', () => {
  it('passes Cyrillic text through', () => {
    const text = 'Председник Вучић је 9. септембра 2024. у Београду рекао: „Кина је пријатељ“ — и то је све.';
    expect(toCyrillic(text)).toBe(text);
  });

  it('keeps every KEEP_LATIN item inside a sentence', () => {
    for (const item of KEEP_LATIN) {
      expect(toCyrillic(`Podatak ${item} je naveden.`), item).toBe(`Податак ${item} је наведен.`);
    }
  });

  it('lists the required keep items', () => {
    for (const item of ['HBIS', 'CCCC', 'AidData', 'RFE/RL', 'EUR', 'USD', 'CH-92A', 'FK-3']) {
      expect(KEEP_LATIN).toContain(item);
    }
  });

  it('keeps URLs and e-mail addresses', () => {
    for (const s of [
      'http://example.org/a/b?c=d&e=f#g',
      'https://www.rferl.org/a/srbija-kina-krediti/32000000.html',
      'www.aiddata.org',
      'novinar.redakcija@primer.co.rs',
    ]) {
      expect(toCyrillic(`Vidi ${s} ovde`)).toBe(`Види ${s} овде`);
    }
  });

  it('splits digraphs only in the listed stems, in any case', () => {
    for (const stem of SPLIT_DIGRAPHS) {
      expect(stem).toBe(stem.toLowerCase());
      expect(stem).toMatch(/lj|nj|dž/);
      const out = toCyrillic(stem.toUpperCase());
      expect(out, stem).not.toMatch(/[ЉЊЏ]/);
    }
    expect(toCyrillic('nadžak, odžak, konjušar')).toBe('наџак, оџак, коњушар');
  });

  it('reads "lJ" and "dŽ" as two letters', () => {
    expect(toCyrillic('lJ nJ dŽ')).toBe('лЈ нЈ дЖ');
  });

  it('keeps a lone Roman numeral only after a capitalised word', () => {
    expect(toCyrillic('kralj Petar I i kralj Aleksandar I')).toBe('краљ Петар I и краљ Александар I');
    expect(toCyrillic('I onda. I tada.')).toBe('И онда. И тада.');
  });
});

describe('KEEP_MARK and stripKeepMarks', () => {
  it('finds the mark', () => {
    const found = [...'a {{latin:Foo Bar}} b {{latin:x}}'.matchAll(KEEP_MARK)].map((m) => m[1]);
    expect(found).toEqual(['Foo Bar', 'x']);
  });

  it('removes marks and keeps their content', () => {
    expect(stripKeepMarks('Naziv {{latin:Beograd na vodi}} ostaje.')).toBe('Naziv Beograd na vodi ostaje.');
    expect(stripKeepMarks('{{latin:A}} i {{latin:B}}')).toBe('A i B');
    expect(stripKeepMarks('{{latin:}}prazno')).toBe('prazno');
    expect(stripKeepMarks('bez oznake')).toBe('bez oznake');
    expect(stripKeepMarks('$1 {{latin:$&}}')).toBe('$1 $&');
  });

  it('Cyrillic edition drops the mark the same way', () => {
    const latin = 'Naziv {{latin:Beograd na vodi}} ostaje.';
    expect(toCyrillic(latin)).toBe('Назив Beograd na vodi остаје.');
    expect(toCyrillic(latin)).not.toContain('{{');
  });
});

describe('the rules of issues 19 and 20', () => {
  it('writes Lijanjungang with н and ј apart (Lijan-jungang), in every case', () => {
    expect(toCyrillic('u Lijanjungangu, grad Lijanjungang')).toBe('у Лијанјунгангу, град Лијанјунганг');
  });

  it('transcribes the listed foreign names, with any Serbian ending written onto them', () => {
    expect(toCyrillic('Zijinovi rudnici, Minthove fabrike, Linglongu, Nevsuna')).toBe('Зиђинови рудници, Минтове фабрике, Линглонгу, Невсана');
    // The name's own ј carries the ending's j.
    expect(toCyrillic('kamere Huaweija, Huaweijeve kamere')).toBe('камере Хуавеја, Хуавејеве камере');
    for (const [latin, cyrillic] of Object.entries(CYRILLIC_NAMES)) {
      expect(cyrillic, latin).not.toMatch(/\p{Script=Latin}/u);
      expect(toCyrillic(`kompanija ${latin}`)).toBe(`компанија ${cyrillic}`);
    }
    // Not inside another word, nor in a {{latin:…}} mark.
    expect(toCyrillic('Eximbank i {{latin:Zijin Mining}}')).toBe('Eximbank и Zijin Mining');
  });

  it('keeps foreign acronyms Latin with a Cyrillic ending after the hyphen, and Serbian ones in Cyrillic', () => {
    expect(toCyrillic('HBIS-a, CRBC-om, TEPC, PLAAF, CBP, AP i N1')).toBe('HBIS-а, CRBC-ом, TEPC, PLAAF, CBP, AP и N1');
    expect(toCyrillic('EU, NATO, UN, RZS i EPS')).toBe('ЕУ, НАТО, УН, РЗС и ЕПС');
  });

  it('writes Kostolac’s units as EPS does (Б1–Б3), other codes stay Latin', () => {
    expect(toCyrillic('Kostolac B, blokovi B1, B2 i B3; FK-3 i E-763')).toBe('Костолац Б, блокови Б1, Б2 и Б3; FK-3 и E-763');
  });

  it('keeps a unit symbol Latin at the end of a sentence (1.507 m.)', () => {
    expect(toCyrillic('Most je dugačak 1.507 m. Otvoren je 2014.')).toBe('Мост је дугачак 1.507 m. Отворен је 2014.');
    expect(toCyrillic('dugačak 1.507 m')).toBe('дугачак 1.507 m');
  });

  it('marks {{en:…}} as English in both scripts and keeps it Latin', () => {
    const text = 'prema {{en:Global Energy Monitor}} i {{latin:Beograd na vodi}}';
    expect(toCyrillic(text)).toBe(`према ${markEnglish('Global Energy Monitor')} и Beograd na vodi`);
    expect(stripKeepMarks(text)).toBe(`prema ${markEnglish('Global Energy Monitor')} i Beograd na vodi`);
    // English already marked (a fallback) passes through untouched.
    expect(toCyrillic(markEnglish('Shandong province'))).toBe(markEnglish('Shandong province'));
  });
});

