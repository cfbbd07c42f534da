/**
 * The editions of the story: English, and Serbian in Latin and in Cyrillic script, all from data/ (the
 * Serbian text is written once, in Latin, in data/sr/; the Cyrillic edition is transliterated from it).
 * Each edition is a folder of the built site, with the story and every embed.
 */
export interface Edition {
  id: 'en' | 'sr-Latn' | 'sr-Cyrl';
  /** <html lang>, and the language of hreflang links. */
  lang: string;
  /** Where its pages are, from the site's root: "" (English), "sr/", "sr-cyrl/". */
  path: '' | 'sr/' | 'sr-cyrl/';
  /** The folder of data/ with its translation, if it is translated. */
  translation?: 'sr';
  /** How a translated text is written: as typed (Latin) or transliterated into Cyrillic. */
  script?: 'latin' | 'cyrillic';
}

export const EDITIONS: readonly Edition[] = [
  { id: 'en', lang: 'en', path: '' },
  { id: 'sr-Latn', lang: 'sr-Latn', path: 'sr/', translation: 'sr', script: 'latin' },
  { id: 'sr-Cyrl', lang: 'sr-Cyrl', path: 'sr-cyrl/', translation: 'sr', script: 'cyrillic' },
];

/** The edition a page belongs to, from its path (/sr-cyrl/embed/debt.html → sr-Cyrl). */
export function editionOfPath(path: string, available: readonly Edition[] = EDITIONS): Edition {
  return available.find((e) => e.path && path.includes(`/${e.path}`)) ?? available[0];
}
