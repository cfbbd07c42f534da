/** Amounts in thousands, millions and billions of one currency: re-expressed exactly, never converted. */
export type Magnitude = 'units' | 'thousand' | 'million' | 'billion';

const FACTOR: Record<Magnitude, number> = { units: 1, thousand: 1e3, million: 1e6, billion: 1e9 };
export const MAGNITUDE_ORDER: readonly Magnitude[] = ['units', 'thousand', 'million', 'billion'];

/**
 * Re-expresses an amount in another magnitude of the same currency (1,500 million → 1.5 billion).
 * Exact steps of a thousand: multiplying or dividing by a whole number, never converting currency.
 */
export function rescale(value: number, from: Magnitude, to: Magnitude): number {
  if (FACTOR[from] >= FACTOR[to]) return value * (FACTOR[from] / FACTOR[to]);
  return value / (FACTOR[to] / FACTOR[from]);
}

/** The largest magnitude among some figures: the one a chart draws them all in. */
export const largestMagnitude = (magnitudes: Magnitude[], fallback: Magnitude = 'billion'): Magnitude =>
  magnitudes.reduce<Magnitude>((m, x) => (MAGNITUDE_ORDER.indexOf(x) > MAGNITUDE_ORDER.indexOf(m) ? x : m), magnitudes[0] ?? fallback);
