/**
 * Sources' names in an edition's language: interface.json › sourceNames maps a name as published in the English
 * files to the edition's own ("Tanjug (minister Momirović)" → "Tanjug (ministar Momirović)"), written in the
 * edition's script (Tanjug → Танјуг in Cyrillic). Names not listed are shown as published.
 */
export function renameSources<T>(value: T, names: Readonly<Record<string, string>>, script: (text: string) => string): T {
  if (!Object.keys(names).length) return value;
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v))
      return key === 'sources'
        ? v.map((s) => (s && typeof s === 'object' && typeof s.name === 'string' && names[s.name] !== undefined ? { ...s, name: script(names[s.name]) } : walk(s)))
        : v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value) as T;
}
