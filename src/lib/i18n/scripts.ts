/** A Serbian text as an edition writes it: in Latin as typed, or transliterated into Cyrillic, its {placeholders} kept. */
import { CYRILLIC_NAMES, stripKeepMarks, toCyrillic } from './transliterate.ts';

const PLACEHOLDER = /(\{[a-zA-Z]\w*\})/;

export function toCyrillicText(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 ? part : toCyrillic(part)))
    .join('');
}

export const scriptOf = (script: 'latin' | 'cyrillic') => (script === 'cyrillic' ? toCyrillicText : stripKeepMarks);

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** A name in Latin that the transliteration kept (Zijin, Linglong, Energy): capital, then small letters; no digits. */
const KEPT_NAME = /^\p{Lu}[\p{Ll}\p{Lu}-]*\p{Ll}[\p{L}-]*$/u;
const NAMES = Object.keys(CYRILLIC_NAMES);
/** A name the Cyrillic edition transcribes on purpose (Zijin → Зиђин, Minthove → Минтове). */
const isTranscribedName = (word: string) => NAMES.some((n) => word.startsWith(n) && /^\p{Ll}*$/u.test(word.slice(n.length)));

/**
 * Foreign names that the Cyrillic edition would print half in Latin, half in Cyrillic ("Zijin Мининг",
 * "Цхина Exim"): a name the transliteration keeps in Latin next to a capitalised word it transliterates
 * (a sentence's first word aside). Returns each such pair as the Latin text has it, for the journalist
 * to mark with {{latin:…}}.
 */
export function mixedScriptNames(latinText: string): string[] {
  const source = stripKeepMarks(latinText).split(/\s+/);
  const cyrillic = toCyrillicText(latinText).split(/\s+/);
  if (source.length !== cyrillic.length) return [];
  const bare = (s: string) => s.replace(EDGE_PUNCTUATION, '');
  // A transcribed name counts too: "Zijin Mining" would print "Зиђин Мининг", the company's name half translated.
  const keptName = (i: number) => (KEPT_NAME.test(bare(cyrillic[i])) && !CYRILLIC.test(cyrillic[i])) || isTranscribedName(bare(source[i]));
  const capitalisedCyrillic = (i: number) => {
    const word = bare(cyrillic[i]);
    const startsSentence = i === 0 || /[.!?:]["“”»)]*$/u.test(cyrillic[i - 1]);
    return !startsSentence && CYRILLIC.test(word) && !LATIN.test(word) && /^\p{Lu}/u.test(word);
  };
  const found: string[] = [];
  // Two words of one name: no punctuation between them ("Minth, Loznica" are two names).
  const joined = (i: number) => /[\p{L}\p{N}]$/u.test(cyrillic[i]) && /^[\p{L}\p{N}]/u.test(cyrillic[i + 1]);
  for (let i = 0; i + 1 < source.length; i++)
    if (joined(i) && ((keptName(i) && capitalisedCyrillic(i + 1)) || (capitalisedCyrillic(i) && keptName(i + 1))))
      found.push(`${bare(source[i])} ${bare(source[i + 1])}`);
  return found;
}

/**
 * Spellings Serbian does not have, in a word the transliteration would turn into Cyrillic: a word starting with small
 * letters, then a capital (fDi, eLTE, iPhone: a brand's own casing), English letter pairs (th, ph, ck, -tion, sh at a word's start but
 * not in shv-: "SHARE", not "shvatiti") and doubled consonants (commitment, Associated, Intelligence: Serbian
 * doubles only j, d and v, where a prefix meets a word: najjači, oddeljenje, protivvazdušni), and domain names with a rare ending (defence.pk).
 */
const FOREIGN_SPELLING = /th|ph|ck|tion|^sh(?!v)|([bcfgklmnprstz])\1/iu;
const BRAND_CASING = /^\p{Ll}+\p{Lu}/u;
const DOMAIN = /^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;

/**
 * Words of a Serbian Latin text that the Cyrillic edition would turn into nonsense ("commitment" → "цоммитмент"),
 * each with the Cyrillic it would become, for the journalist to keep in Latin ({{latin:…}} or the keep-list).
 */
export function foreignWords(latinText: string): { word: string; cyrillic: string }[] {
  const source = stripKeepMarks(latinText).split(/\s+/);
  const cyrillic = toCyrillicText(latinText).split(/\s+/);
  if (source.length !== cyrillic.length) return [];
  const bare = (s: string) => s.replace(EDGE_PUNCTUATION, '');
  const found: { word: string; cyrillic: string }[] = [];
  source.forEach((word, i) => {
    const w = bare(word);
    // Only what the transliteration changed whole: a kept word (Huawei, a URL, CCCC-om) is printed as written.
    if (!w || !CYRILLIC.test(cyrillic[i]) || LATIN.test(cyrillic[i]) || isTranscribedName(w)) return;
    if (FOREIGN_SPELLING.test(w) || BRAND_CASING.test(w) || DOMAIN.test(w)) found.push({ word: w, cyrillic: bare(cyrillic[i]) });
  });
  return found;
}
