/**
 * English shown in a translated edition, marked so that it is read as English: where a Serbian file lacks a
 * text, the merged data carry the English text between two private-use characters, and the page renders it
 * inside <span lang="en"> (T.svelte, InlineText.svelte) and strips the marks from attributes (plain()).
 * The marks survive templates and concatenation, so a sentence with one English word marks only that word.
 */
export const EN_START = '\uE000';
export const EN_END = '\uE001';
const MARKS = /[\uE000\uE001]/g;

export const markEnglish = (s: string) => `${EN_START}${s}${EN_END}`;

/** The text without marks: for attributes, titles, CSV and anything that cannot hold an element. */
export const plain = (s: string) => s.replace(MARKS, '');

/** Whether the text carries a mark, a lone one included: a text cut around a placeholder can keep only the end. */
export const hasMarks = (s: string) => s.includes(EN_START) || s.includes(EN_END);

/** The text in runs of the page's language and of English, in order. */
export function segments(s: string): { text: string; en: boolean }[] {
  if (!hasMarks(s)) return [{ text: s, en: false }];
  const out: { text: string; en: boolean }[] = [];
  let en = false;
  let run = '';
  for (const ch of s) {
    if (ch === EN_START || ch === EN_END) {
      if (run) out.push({ text: run, en });
      run = '';
      en = ch === EN_START;
    } else run += ch;
  }
  if (run) out.push({ text: run, en });
  return out;
}

/** Whether the whole text is English (a field that fell back whole): its element can carry lang="en". */
export const whollyEnglish = (s: string) => s.startsWith(EN_START) && s.endsWith(EN_END) && s.indexOf(EN_START, 1) === -1;

/** lang="en" for an element whose whole text is English standing in for a translation (in islands, where <T> would cost more code). */
export const langOf = (s: string | null | undefined): 'en' | undefined => (s && whollyEnglish(s) ? 'en' : undefined);

/**
 * A text for an attribute (an image's alt, og:image:alt), which cannot mark a part as English: read in one language.
 * A text partly English (a Serbian sentence around an English fallback) becomes the English edition's text, wholly
 * marked English; one wholly English or with no English stays as it is. Without the English text, the text unmarked.
 * Give the result to plain() for the attribute and to langOf() for the element's lang.
 */
export function oneLanguage(text: string, english?: () => string | undefined): string {
  if (!hasMarks(text) || whollyEnglish(text)) return text;
  const whole = english?.();
  return whole === undefined ? plain(text) : markEnglish(plain(whole));
}
