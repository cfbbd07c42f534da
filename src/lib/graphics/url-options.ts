/**
 * Reading an embed's URL options (?currency=EUR&year=2019): each graphic's url-state.ts uses these, in the
 * browser. A value is matched against what the data has; anything else is ignored, never an error.
 */
export const integer = (value: string | null) => (value !== null && /^\d{1,4}$/.test(value) ? Number(value) : undefined);

export const flag = (value: string | null) => {
  if (value === null) return undefined;
  const v = value.toLowerCase();
  return ['1', 'true', 'yes'].includes(v) ? true : ['0', 'false', 'no'].includes(v) ? false : undefined;
};

/** The allowed value that matches, ignoring case and spaces around it. */
export const oneOf = <T extends string>(value: string | null, allowed: Iterable<T>): T | undefined => {
  if (value === null) return undefined;
  const wanted = value.trim().toLowerCase();
  return [...allowed].find((a) => a.toLowerCase() === wanted);
};

/** Drops the keys left undefined; null when no option applies. */
export function compact<S extends object>(state: S): S | null {
  const entries = Object.entries(state).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as S) : null;
}
