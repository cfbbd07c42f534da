/** Checks the graphics share: a value a state refers to must be in the data, with a "did you mean". */
import { closest, type PathPart } from '../data/problems.ts';
import type { Finding } from './types.ts';

export function mustBeIn(
  path: PathPart[],
  what: string,
  value: string | number | undefined,
  allowed: readonly (string | number)[] | undefined,
): Finding[] {
  if (value === undefined || allowed === undefined || allowed.includes(value)) return [];
  const guess = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
  return [
    {
      path,
      message:
        `${what} ${JSON.stringify(value)} is not in the data.` +
        (guess ? ` Did you mean "${guess}"?` : ` Use one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}`),
    },
  ];
}
