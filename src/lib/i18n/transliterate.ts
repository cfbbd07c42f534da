/**
 * Serbian Latin → Serbian Cyrillic, for the story's generated Cyrillic edition.
 *
 * Pure TypeScript: no DOM. The Serbian text is written once, in Latin script;
 * `toCyrillic` makes the Cyrillic edition from it and `stripKeepMarks` cleans the Latin edition.
 *
 * Libraries looked at (npm, read from `npm pack` tarballs) and why none is used:
 * - cyrillic-to-translit-js 3.2.1 (MIT): Cyrillic → Latin for Russian, Ukrainian and Mongolian
 *   presets only; its `reverse` is Russian-oriented. No Serbian, no digraphs, no keep rules.
 * - serbian-transliteration 1.0.0 (Unlicense): a letter table applied with global replaces to the
 *   whole string. No split digraphs (injekcija → ињекција, nadživeti → наџивети) and nothing stays
 *   Latin (Huawei → Хуаwеи, https://www.b92.net → хттпс://www.б92.нет).
 * - @stefanstefanovski/transliterate-cyrillic 1.0.0 (MIT): its Serbian table maps dj → ђ, dz → ѕ
 *   (a Macedonian letter) and ch/sh/zh → ч/ш/ж, which is wrong for Serbian; no keep rules either.
 * - srb-transliteration: not on the registry (404).
 * - transliteration 2.6.1 (MIT): Unicode → ASCII (romanisation and slugs) only; no Latin → Cyrillic.
 * - wikimedia-langconv 0.3.2 (GPL-2.0+): MediaWiki's sr-el → sr-ec transducer; its
 *   ReplacementMachine converts DOM documents (`document.createDocumentFragment`), the licence does
 *   not fit the project, and it converts injekcija → ињекција, Huawei → Хуаwеи, https:// → хттпс://.
 *
 * Rules (see the tests and tests/unit/transliterate-golden.ts for examples):
 * 1. The text is normalised to NFC (c + U+030C → č). Letters map one to one, lj/nj/dž are one
 *    letter each (Lj, LJ → Љ; the single-code-point ligatures ǈ ǉ ǌ ǆ … too); "dj" is д + ј, never ђ;
 *    "lJ", "nJ", "dŽ" (lower then upper) are two letters.
 * 2. Split digraphs: SPLIT_DIGRAPHS lists word stems in which lj/nj/dž are two sounds
 *    (injekcija → инјекција, nadživeti → надживети). A stem matches anywhere in a word,
 *    case-insensitively, so inflected and prefixed forms work (injekcijom, nadživeo, TANJUG).
 *    There is no general prefix rule: nadžak, odžak, Odžaci, hodža have a real џ.
 * 3. These stay in Latin, unchanged:
 *    - KEEP_LATIN: case-sensitive whole words and phrases (foreign brands and acronyms, currency
 *      codes, SI unit symbols). Brand names (not acronyms, codes or units) may carry a Serbian case
 *      ending written onto the word (Zijina, Linglongom): the whole word stays Latin. An ending
 *      after a hyphen (HBIS-om, CCCC-a) is Serbian grammar and is transliterated: HBIS-ом.
 *    - URLs (http://, https://, ftp://, www.), e-mail addresses and bare domains with a common
 *      TLD (Biznis.rs, n1info.rs).
 *    - Words with a Latin letter outside the Serbian alphabet (q, w, x, y, ä, é, ß …):
 *      Huawei, Xinjiang, Sky, Müller; the whole hyphenated word (Wi-Fi, ODC-By, Y-20).
 *    - Codes: a word part mixing letters and digits (B3, S5, 5G, G20, 92A, m²), or a hyphenated word
 *      whose letter parts are all capitals joined to a number (FK-3, CH-92A, COVID-19, E-75).
 *      "21-godišnji", "1990-ih" and "Su-27" are not codes (lower case letters): 21-годишњи, Су-27.
 *    - Single-letter SI units m, g, t right after a number (100 m, 5 t); other unit symbols are in
 *      KEEP_LATIN (km, kg, MW, kWh, °C, km/h …). Common Serbian abbreviations are transliterated
 *      (mlrd. → млрд., din. → дин.).
 *    - Roman numerals in capitals (XXI, II, IV, XIX, VIII). Short ones that are also Serbian words or
 *      initials (I, V, MI, VI, LI, DI, DIV, CD …) count as numerals only right after a capitalised
 *      word, and not when a full stop and a capital follow (then it is an initial):
 *      "Petar I Karađorđević" → Петар I Карађорђевић, "papa Pavle VI." → папа Павле VI., but
 *      "I Kina i Srbija" → И Кина и Србија, "MI I VI" → МИ И ВИ, "Petar V. Jovanović" → Петар В. Јовановић.
 *    Serbian and Serbian-adapted spellings are transliterated, acronyms included: SNS → СНС,
 *    EU → ЕУ, NATO → НАТО, SAD → САД, NBS → НБС, EBRD → ЕБРД, Tanjug → Танјуг (the agency writes
 *    itself Танјуг), Si Đinping → Си Ђинпинг. A foreign name is kept in its original spelling: if
 *    the Cyrillic edition should adapt it, the Latin text must use the adapted spelling.
 * 4. KEEP_MARK `{{latin:…}}` keeps its content in Latin; the mark itself is removed in both editions.
 *    ENGLISH_MARK `{{en:…}}` keeps its content in Latin too and marks it as English (lang="en") in both.
 *    CYRILLIC_NAMES: foreign names the Cyrillic edition transcribes (Zijin → Зиђин), endings included.
 * 5. Punctuation, digits, spaces, quotation marks and dashes are untouched; the story's inline markup
 *    keeps its syntax: `*emphasis*` (the inside is transliterated), `[label](https://…)` (the label is
 *    transliterated, the target is kept).
 * 6. Cyrillic passes through, and toCyrillic(toCyrillic(x)) === toCyrillic(x) — except for text
 *    inside KEEP_MARK, which is plain Latin in the output and so not protected on a second pass.
 */

import { markEnglish } from './fallback.ts';

/**
 * The inline mark a journalist uses to keep a piece of text in Latin in the Cyrillic edition:
 * `{{latin:Beograd na vodi}}` → "Beograd na vodi" in both editions. The content runs to the first
 * "}}" and may not contain "}}". Global regex: use it with `replace`/`matchAll`, not `test`/`exec`.
 */
export const KEEP_MARK: RegExp = /\{\{latin:([\s\S]*?)\}\}/g;

/**
 * The inline mark for English inside a Serbian text (a title, an organisation's English name):
 * `{{en:Global Energy Monitor}}` stays Latin in both editions and is read as English (lang="en"): it becomes
 * the English marks of fallback.ts, which the page renders as <span lang="en">.
 */
export const ENGLISH_MARK: RegExp = /\{\{en:([\s\S]*?)\}\}/g;

/** Removes every {{latin:…}} mark and keeps its content, and marks {{en:…}} as English (for the Latin edition). */
export function stripKeepMarks(text: string): string {
  return text
    .replace(new RegExp(KEEP_MARK.source, 'g'), (_m, inner: string) => inner)
    .replace(new RegExp(ENGLISH_MARK.source, 'g'), (_m, inner: string) => markEnglish(inner));
}

/**
 * Words in which a digraph's letters are two letters. Each entry is a lower-case stem that matches
 * anywhere in a word, case-insensitively; the first lj/nj/dž in the stem is split.
 */
export const SPLIT_DIGRAPHS: readonly string[] = Object.freeze([
  'injekc', // injekcija, injekcije, injekcijom, injekcioni → инјекција …
  'injekt', // injektor, injektirati
  'injunkc', // injunkcija
  'konjug', // konjugacija, konjugovati (not konjušar, Konjuh: коњ-)
  'konjunk', // konjunkcija, konjunktura, konjunktiv, konjunktivitis
  'konjekt', // konjektura
  'vanjezi', // vanjezički
  'vanjevrop', // vanjevropski
  'panjevrop', // panjevropski
  'tanjug', // Tanjug, Tanjuga, Tanjugov (the agency's own Cyrillic: Танјуг)
  'lijanjung', // Lijanjungang (连云港, Lianyungang: Lijan-jungang) → Лијанјунганг
  'nadživ', // nadživeti, nadživeo, nadživljavati → надживети, надживљавати
  'nadždrel', // nadždrelni
  'nadžupan', // nadžupan
  'odživ', // odživeti
  'podžanr', // podžanr, podžanrovi
  'podželud', // podželudačna žlezda
  'podžupan', // podžupan
  'predžetv', // predžetveni
]);

/**
 * Foreign names that the Latin text writes as the company does and the Cyrillic edition writes as Serbian Cyrillic
 * press does (Pravopis transcription). A Serbian case ending written onto the name is transliterated with it:
 * Zijinovi → Зиђинови, Minthove → Минтове, Huaweija → Хуавеја. Names spelled with Serbian letters only
 * (Linglong, Azvirt) need no entry: Linglongu → Линглонгу by the letters.
 */
export const CYRILLIC_NAMES: Readonly<Record<string, string>> = Object.freeze({
  Zijin: 'Зиђин',
  Minth: 'Минт',
  Huawei: 'Хуавеј',
  Hisense: 'Хајсенс',
  Sinopharm: 'Синофарм',
  Xingyu: 'Сингју',
  Yanfeng: 'Јенфенг',
  Nevsun: 'Невсан',
  Exim: 'Ексим',
});

/** Brand and organisation names kept in their original spelling; Serbian endings may be attached. */
const KEEP_BRANDS = [
  'AidData',
  'Shandong Hi-Speed',
  'Shandong Linglong',
  'Shandong',
  'Hi-Speed',
  'Bankwatch',
  'Natural Earth',
  // Found by the foreign-word check (scripts.ts › foreignWords): printed "фДи Интеллигенце", "Ассоциатед Пресс".
  'fDi Intelligence',
  'Associated Press',
  'SHARE',
  'GeoNames',
] as const;

/**
 * Acronyms of foreign companies and bodies, codes and licences, written as they are abroad (an ending goes after a
 * hyphen: HBIS-a → HBIS-а). Acronyms Serbian has made its own are transliterated: EU, NATO, UN, SAD, RZS, EPS.
 */
const KEEP_ACRONYMS = [
  'HBIS',
  'TEPC',
  'CBP',
  'PLAAF',
  'AP',
  'CASC',
  'DW',
  'eLTE',
  'CCCC',
  'CRBC',
  'CMEC',
  'CRIC',
  'GCDF',
  'RFE/RL',
  'ODC-By',
  'CC BY',
  'CH-92A',
  'FK-3',
  'Y-20',
  'CSV',
  'PDF',
  'PNG',
  'SVG',
] as const;

/** ISO 4217 currency codes. */
const KEEP_CURRENCIES = ['EUR', 'USD', 'CNY', 'RSD', 'CHF', 'GBP'] as const;

/** SI unit symbols (and km/h), which stay Latin in Serbian Cyrillic technical usage. */
const KEEP_UNITS = [
  'km',
  'km/h',
  'km²',
  'm²',
  'm³',
  'cm',
  'mm',
  'kg',
  'kW',
  'MW',
  'GW',
  'kWh',
  'MWh',
  'GWh',
  'TWh',
  'kV',
  'µg/m³',
  '°C',
] as const;

/** The words and patterns that stay in Latin (exported so docs and tests can list them). */
export const KEEP_LATIN: readonly string[] = Object.freeze([
  ...KEEP_BRANDS,
  ...KEEP_ACRONYMS,
  ...KEEP_CURRENCIES,
  ...KEEP_UNITS,
]);

// ---------------------------------------------------------------------------------------------
// Letters

const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и',
  j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у',
  v: 'в', z: 'з', ž: 'ж',
  A: 'А', B: 'Б', C: 'Ц', Č: 'Ч', Ć: 'Ћ', D: 'Д', Đ: 'Ђ', E: 'Е', F: 'Ф', G: 'Г', H: 'Х', I: 'И',
  J: 'Ј', K: 'К', L: 'Л', M: 'М', N: 'Н', O: 'О', P: 'П', R: 'Р', S: 'С', Š: 'Ш', T: 'Т', U: 'У',
  V: 'В', Z: 'З', Ž: 'Ж',
  // Single-code-point digraphs (Unicode compatibility letters, kept by NFC).
  Ǆ: 'Џ', ǅ: 'Џ', ǆ: 'џ', Ǉ: 'Љ', ǈ: 'Љ', ǉ: 'љ', Ǌ: 'Њ', ǋ: 'Њ', ǌ: 'њ',
  // Ð (eth) is a frequent stand-in for Đ in Serbian text.
  Ð: 'Ђ',
};

/** Latin letters that belong to Serbian text (anything else Latin marks a foreign word). */
const SERBIAN_LATIN = new Set(Object.keys(LETTERS));
const LATIN_LETTER = /\p{Script=Latin}/u;

function hasForeignLetter(s: string): boolean {
  for (const ch of s) if (LATIN_LETTER.test(ch) && !SERBIAN_LATIN.has(ch)) return true;
  return false;
}

const SPLIT_STEMS = SPLIT_DIGRAPHS.map((text) => ({ text, offset: text.search(/lj|nj|dž/) }));

/** Transliterates the letters of one word (no keep rules), honouring split digraphs. */
function transliterateLetters(word: string): string {
  const lower = word.toLowerCase();
  const split = new Set<number>();
  if (lower.length === word.length) {
    for (const stem of SPLIT_STEMS) {
      for (let i = lower.indexOf(stem.text); i >= 0; i = lower.indexOf(stem.text, i + 1)) {
        split.add(i + stem.offset);
      }
    }
  }
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const d = word[i + 1];
    if (d !== undefined && !split.has(i)) {
      const digraph = digraphOf(c, d);
      if (digraph) {
        out += digraph;
        i++;
        continue;
      }
    }
    out += LETTERS[c] ?? c;
  }
  return out;
}

function digraphOf(c: string, d: string): string | undefined {
  const upper = c === 'L' || c === 'N' || c === 'D';
  const lower = c === 'l' || c === 'n' || c === 'd';
  if (!upper && !lower) return undefined;
  const second = c === 'D' || c === 'd' ? ['ž', 'Ž'] : ['j', 'J'];
  if (d === second[0] || (upper && d === second[1])) {
    const key = c.toLowerCase();
    const small = key === 'l' ? 'љ' : key === 'n' ? 'њ' : 'џ';
    return upper ? small.toUpperCase() : small;
  }
  return undefined; // "lJ", "nJ", "dŽ": two letters
}

// ---------------------------------------------------------------------------------------------
// Words: codes, Roman numerals, units

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Roman numerals that are also Serbian words, acronyms or initials in capitals. */
const AMBIGUOUS_ROMAN = new Set(['DIV']);
const SINGLE_LETTER_UNITS = new Set(['m', 'g', 't']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const TITLE_WORD_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}+[ \u00A0]+$/u;
/** "V. Petrović": a capital letter, a full stop and a capitalised word is an initial. */
const INITIAL_AFTER = /^\.[ \u00A0]*\p{Lu}/u;

function isRomanNumeral(s: string): boolean {
  return s.length > 0 && ROMAN.test(s);
}

function isAmbiguousRoman(s: string): boolean {
  if (s.includes('X')) return false;
  if (s === 'II' || s === 'IV' || s === 'III') return false;
  return s.length <= 2 || AMBIGUOUS_ROMAN.has(s);
}

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;
const ONLY_DIGITS = /^\p{N}+$/u;

function isCode(word: string): boolean {
  const parts = word.split(/[-/]/);
  if (parts.some((p) => HAS_LETTER.test(p) && HAS_DIGIT.test(p))) return true;
  const letterParts = parts.filter((p) => HAS_LETTER.test(p));
  return (
    parts.length > 1 &&
    parts.some((p) => ONLY_DIGITS.test(p)) &&
    letterParts.length > 0 &&
    letterParts.every((p) => p === p.toUpperCase() && p !== p.toLowerCase())
  );
}

interface Context {
  readonly text: string;
  readonly index: number;
}

/** Whether a word (possibly hyphenated) stays Latin as a whole. */
/** Codes of Serbian things, written as their owners write them in Cyrillic: Kostolac's units Б1–Б3 (EPS). */
export const SERBIAN_CODES: ReadonlySet<string> = new Set(['B1', 'B2', 'B3']);

function keepsWhole(word: string, ctx: Context): boolean {
  if (SERBIAN_CODES.has(word)) return false;
  if (hasForeignLetter(word) || isCode(word)) return true;
  if (!/[-/]/.test(word) && isRomanNumeral(word)) {
    if (!isAmbiguousRoman(word)) return true;
    const before = ctx.text.slice(Math.max(0, ctx.index - 80), ctx.index);
    const next = ctx.text.slice(ctx.index + word.length, ctx.index + word.length + 4);
    return TITLE_WORD_BEFORE.test(before) && !INITIAL_AFTER.test(next);
  }
  if (SINGLE_LETTER_UNITS.has(word)) {
    const before = ctx.text.slice(Math.max(0, ctx.index - 2), ctx.index);
    // "5 m." ends a sentence in metres; "5 m.g." or "5 m.j" would be an abbreviation.
    const after = ctx.text.slice(ctx.index + 1, ctx.index + 3);
    return /\p{N}[ \u00A0]?$/u.test(before) && (after[0] !== '.' || /^\.(?:\s|$)/u.test(after));
  }
  return false;
}

function convertWord(word: string, ctx: Context): string {
  // A Serbian ending after a hyphen on a kept word: Huawei-jev → Huawei-јев, B92-a → B92-а.
  const ending = /^(.+)-(\p{Ll}{1,4})$/u.exec(word);
  if (ending && !/\p{N}/u.test(ending[2]) && keepsWhole(ending[1], ctx)) {
    return `${ending[1]}-${transliterateLetters(ending[2])}`;
  }
  if (keepsWhole(word, ctx)) return word;
  return word
    .split(/([-/])/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      if (isRomanNumeral(part) && !isAmbiguousRoman(part)) return part;
      return transliterateLetters(part);
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// The scanner

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const BRAND_ENDINGS =
  '(?:a|e|i|u|om|em|ov|ova|ove|ovi|ovu|ovo|ovim|ovih|ovom|ima|ja|je|ji|ju|jem|jev|jeva|jeve|jevi|jevu|jevim|jevih|jevom)';

function keepAlternative(entry: string, endings: boolean): string {
  const startsWord = WORD_CHAR.test(entry[0]);
  const endsWord = WORD_CHAR.test(entry[entry.length - 1]);
  const tail = endings && /\p{Ll}$/u.test(entry) ? `${BRAND_ENDINGS}?` : '';
  return `${startsWord ? NOT_BEFORE : ''}${escapeRe(entry)}${tail}${endsWord ? NOT_AFTER : ''}`;
}

const NAMES = Object.keys(CYRILLIC_NAMES).sort((a, b) => b.length - a.length);
const NAME_ALTERNATIVES = NAMES.map((n) => `${NOT_BEFORE}${escapeRe(n)}${BRAND_ENDINGS}?${NOT_AFTER}`).join('|');

/** A name of CYRILLIC_NAMES with any ending written onto it: Minthove → Минтове. */
function convertName(word: string): string {
  const name = NAMES.find((n) => word.startsWith(n))!;
  const cyrillic = CYRILLIC_NAMES[name];
  // Huawei + ja: the name's own ј carries the ending's j (Хуавеја, not Хуавејја).
  const ending = cyrillic.endsWith('ј') ? word.slice(name.length).replace(/^j/, '') : word.slice(name.length);
  return cyrillic + transliterateLetters(ending);
}

const brandSet = new Set<string>(KEEP_BRANDS);
const KEEP_ALTERNATIVES = [...KEEP_LATIN]
  .sort((a, b) => b.length - a.length)
  .map((e) => keepAlternative(e, brandSet.has(e)))
  .join('|');

const URL_BODY = '[^\\s<>"„“”«»]+';
const TLDS = 'rs|срб|com|org|net|info|cn|eu|int|gov|edu|io|me|ba|hr|uk|de|ru|fr|pk|tv|news|trade|wiki';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';

const SCANNER = new RegExp(
  [
    String.raw`\{\{latin:(?<mark>[\s\S]*?)\}\}`,
    String.raw`\{\{en:(?<english>[\s\S]*?)\}\}`,
    // English already marked (a fallback, or {{en:…}} on a second pass) stays as it is.
    String.raw`\uE000[^\uE001]*\uE001`,
    String.raw`\[(?<label>[^\]\n]+)\]\((?<href>[^)\s]+)\)`,
    `(?<url>(?:https?|ftp)://${URL_BODY}|(?<![\\p{L}\\p{N}.@])www\\.${URL_BODY})`,
    `(?<email>(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@${LABEL}(?:\\.${LABEL})*\\.\\p{L}{2,})`,
    `(?<domain>(?<![\\p{L}\\p{N}.@/-])(?:${LABEL}\\.)+(?:${TLDS})${NOT_AFTER}(?:/${URL_BODY})?)`,
    `(?<name>${NAME_ALTERNATIVES})`,
    `(?<keep>${KEEP_ALTERNATIVES})`,
    `(?<word>[\\p{L}\\p{M}\\p{N}]+(?:[-/][\\p{L}\\p{M}\\p{N}]+)*)`,
  ].join('|'),
  'gu',
);

function convert(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SCANNER)) {
    const index = m.index;
    out += text.slice(last, index);
    last = index + m[0].length;
    const g = m.groups ?? {};
    if (g.mark !== undefined) out += g.mark;
    else if (g.english !== undefined) out += markEnglish(g.english);
    else if (g.label !== undefined) out += `[${convert(g.label)}](${g.href})`;
    else if (g.name !== undefined) out += convertName(m[0]);
    else if (g.word !== undefined) out += convertWord(m[0], { text, index });
    else out += m[0]; // URL, e-mail, domain, KEEP_LATIN entry: unchanged
  }
  return out + text.slice(last);
}

/** Serbian Latin → Cyrillic for a plain text (no HTML). */
export function toCyrillic(text: string): string {
  return convert(text.normalize('NFC'));
}
