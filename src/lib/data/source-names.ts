import { markEnglish } from '../i18n/fallback.ts';

/**
 * Sources' names in an edition's language: interface.json › sourceNames maps a name as published in the English
 * files to the edition's own ("Tanjug (minister Momirović)" → "Tanjug (ministar Momirović)"), written in the
 * edition's script (Tanjug → Танјуг in Cyrillic). A name not listed is shown as published: an outlet's own name
 * (Reuters) reads the same in every language, but a gloss in brackets ("(press release)") is English words, so such
 * a name is shown in English, marked as English, until sourceNames gives it (the data check warns).
 */
export function renameSources<T>(value: T, names: Readonly<Record<string, string>>, script: (text: string) => string): T {
  const rename = (name: string) => (names[name] !== undefined ? script(names[name]) : hasGloss(name) ? markEnglish(name) : name);
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v))
      return key === 'sources'
        ? v.map((s) => (s && typeof s === 'object' && typeof s.name === 'string' ? { ...s, name: rename(s.name) } : walk(s)))
        : v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value) as T;
}

/** Whether a source's name says more than the outlet's name, in brackets: "Tanjug (minister Momirović)". */
export const hasGloss = (name: string) => /\(.*\)/.test(name);

/** Every source in a value (a data file), with the path to its name. */
export function sourcesIn(value: unknown, path: (string | number)[] = []): { name: string; path: (string | number)[] }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourcesIn(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'sources' && Array.isArray(v)
      ? v.flatMap((s, i) => (s && typeof s === 'object' && typeof s.name === 'string' ? [{ name: s.name as string, path: [...path, k, i, 'name'] }] : sourcesIn(s, [...path, k, i])))
      : sourcesIn(v, [...path, k]),
  );
}
