/**
 * The editions of the story, the one place that says what each is: English, and Serbian in Latin and in Cyrillic
 * script, all from data/ (the Serbian text is written once, in Latin, in data/sr/; the Cyrillic edition is
 * transliterated from it). Each edition is a folder of the built site, with the story and every embed. The data
 * schema (the switch's names), the data check and its messages, the page head, the fonts and the build read
 * it from here. README.md › How to add a language.
 */
export interface EditionConfig {
  /** Its key in interface.json › page › editions and in the build's data. */
  id: string;
  /** <html lang>, hreflang, and the locale numbers and dates are written in (Intl): its number style too. */
  lang: string;
  /** Where its pages are, from the site's root: "" (English, the first edition), else a folder ending in "/". */
  path: string;
  /** The folder of data/ with its translation, if it is translated: editions of one language share it. */
  translation?: string;
  /** The language's name in English, for the data check's messages to journalists: "Serbian". */
  language: string;
  /** How a translated text is written: as typed, or transliterated from it into Cyrillic. */
  script?: 'latin' | 'cyrillic';
  /** The font subsets (@fontsource's) its text needs besides the Latin Extended letters the build cuts from the data. */
  fonts: readonly FontSubset[];
}

export type FontSubset = 'latin' | 'cyrillic';

const CONFIGURATION = [
  { id: 'en', lang: 'en', path: '', language: 'English', fonts: ['latin'] },
  { id: 'sr-Latn', lang: 'sr-Latn', path: 'sr/', translation: 'sr', language: 'Serbian', script: 'latin', fonts: ['latin'] },
  { id: 'sr-Cyrl', lang: 'sr-Cyrl', path: 'sr-cyrl/', translation: 'sr', language: 'Serbian', script: 'cyrillic', fonts: ['cyrillic'] },
] as const satisfies readonly EditionConfig[];

export type EditionId = (typeof CONFIGURATION)[number]['id'];
export type Edition = EditionConfig & { id: EditionId };
export const EDITIONS: readonly Edition[] = CONFIGURATION;

/** The edition written in the English files: the first, at the site's root. */
export const ENGLISH: Edition = EDITIONS[0];

/** The folders of data/ that hold a translation ("sr"). */
export const TRANSLATION_FOLDERS: readonly string[] = [...new Set(EDITIONS.flatMap((e) => (e.translation ? [e.translation] : [])))];

/** The editions made from one translation folder: Serbian's two scripts from data/sr/. */
export const editionsOf = (folder: string): Edition[] => EDITIONS.filter((e) => e.translation === folder);

/** The font subsets some edition needs, each once. */
export const FONT_SUBSETS: readonly FontSubset[] = [...new Set(EDITIONS.flatMap((e) => e.fonts))];

/** The edition a page belongs to, from its path (/sr-cyrl/embed/debt.html → sr-Cyrl). */
export function editionOfPath(path: string, available: readonly Edition[] = EDITIONS): Edition {
  return available.find((e) => e.path && path.includes(`/${e.path}`)) ?? available[0];
}
