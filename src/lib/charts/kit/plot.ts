/**
 * Plot coordinates for the chart kit: what a model hands its drawing. Pure.
 *
 * A plot is an SVG as wide as its box, drawn without a viewBox on the page, so that its text keeps the page's
 * size at every width. Across, a place is a share of the width plus a length in rem (a value track between
 * columns of fixed width: `along`); down, a length in rem from the top (the model knows the plot's height).
 * Lengths are in rem because the plot's own font size is 1rem: an `em` inside it is the page's rem, and a
 * picture draws the same markup with 16 px to the rem.
 */

/** A place across the plot: `pct` percent of its width plus `rem`. */
export interface X {
  pct: number;
  rem: number;
}

export const fromLeft = (rem: number): X => ({ pct: 0, rem });

/** A fraction (0 to 1) of a track that starts `start` rem from the left edge and ends `end` rem short of the right one. */
export const along = (fraction: number, start: number, end: number): X => ({ pct: fraction * 100, rem: start - fraction * (start + end) });

/**
 * How far below the middle of a line its baseline is, in em of its font size: half of ascender less descender of
 * Noto Sans (1.069 and 0.293 em), which is where a browser puts the baseline of a line of text centred in its box.
 */
export const MIDDLE = 0.388;

/** Where the middle of a line of text is, for a line box of `lineHeight` em whose bottom is at `bottom` rem. */
export const middleAbove = (bottom: number, size: number, lineHeight: number): number => bottom - (size * lineHeight) / 2;

export type Shape = 'circle' | 'diamond' | 'square' | 'triangle';

/** A series' colour token, by its place in the chart's series (the page's categorical palette, colour-blind safe). */
export const seriesColour = (index: number, of = 4): string => `var(--cat-${(index % of) + 1})`;

/** A shape's outline in a box of 10 × 10 units, `inset` units inside its edge (a ring's middle, or outside it when negative). */
export function shapePoints(shape: Exclude<Shape, 'circle'>, inset = 0): string {
  const [a, b, c] = [inset, 5, 10 - inset];
  // The diamond is the box turned by 45°: its corners half a diagonal from the middle.
  const d = (5 - inset) * Math.SQRT2;
  const points =
    shape === 'diamond'
      ? [[5, 5 - d], [5 + d, 5], [5, 5 + d], [5 - d, 5]]
      : shape === 'triangle'
        ? [[b, a * 2], [c, c], [a, c]]
        : [[a, a], [c, a], [c, c], [a, c]];
  return points.map((p) => p.map((n) => Math.round(n * 100) / 100).join(',')).join(' ');
}
