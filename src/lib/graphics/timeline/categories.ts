/**
 * The timeline's categories are data (data/timeline.json › categories): each names a colour of the palette below and
 * a shape, and the page, the overview, the filter, the events strips and the share card draw them from here. No zod
 * here: the islands import this module.
 */

/**
 * The palette a category picks its colour from: the story's tokens (src/styles/global.css), each with a light and a
 * dark value, Okabe–Ito based so that colour-blind readers can tell them apart. "red" is the story's China accent,
 * "ink" the text colour (Okabe–Ito's black), "slate" the story's second neutral. Beyond eight colours, the shapes
 * are what tells categories apart.
 */
export const PALETTE = {
  blue: 'var(--cat-1)',
  vermillion: 'var(--cat-2)',
  green: 'var(--cat-3)',
  pink: 'var(--cat-4)',
  ochre: 'var(--cat-5)',
  sky: 'var(--cat-6)',
  grey: 'var(--cat-7)',
  red: 'var(--accent)',
  ink: 'var(--text)',
  slate: 'var(--neutral-bar-2)',
} as const;
export type CategoryColor = keyof typeof PALETTE;
export const CATEGORY_COLOR_NAMES = Object.keys(PALETTE) as [CategoryColor, ...CategoryColor[]];

/**
 * The shapes, which tell the categories apart without their colour. On the page each is drawn in em from an element's
 * font-size with borders, a radius and a transform (no clip-path, no gradient: with a thousand marks either made
 * scrolling and filtering slow), set through the --shape-… properties Timeline.svelte's rules read.
 */
const SHAPE_CSS = {
  circle: '--shape-radius:50%',
  square: '',
  'triangle-up': '--shape-box:0;--shape-bg:none;--shape-border:0 .5em 1em;--shape-border-color:transparent transparent var(--c)',
  diamond: '--shape-transform:rotate(45deg) scale(.75)',
  'triangle-down': '--shape-box:0;--shape-bg:none;--shape-border:1em .5em 0;--shape-border-color:var(--c) transparent transparent',
  'square-hollow': '--shape-bg:var(--bg);--shape-border:max(1.5px,.2em)',
  'circle-hollow': '--shape-bg:var(--bg);--shape-border:max(1.5px,.2em);--shape-radius:50%',
  'diamond-hollow': '--shape-bg:var(--bg);--shape-border:max(1.5px,.2em);--shape-transform:rotate(45deg) scale(.75)',
  bar: '--shape-transform:scaleX(.45)',
  'bar-wide': '--shape-transform:scaleY(.45)',
  'triangle-right': '--shape-box:0;--shape-bg:none;--shape-border:.5em 0 .5em 1em;--shape-border-color:transparent transparent transparent var(--c)',
} as const;
export type CategoryShape = keyof typeof SHAPE_CSS;
export const CATEGORY_SHAPES = Object.keys(SHAPE_CSS) as [CategoryShape, ...CategoryShape[]];

/** A category as data/timeline.json gives it (its name in the edition's language). */
export interface Category {
  id: string;
  name: string;
  color: CategoryColor;
  shape: CategoryShape;
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/**
 * An SVG path of a shape in the square at (x, y) of side s, the same shapes as the page's CSS (the hollow ones as two
 * outlines, for fill-rule="evenodd").
 */
export function shapePath(shape: CategoryShape, x: number, y: number, s: number): string {
  const w = Math.max(1.5, s * 0.22); // the line of a hollow shape
  const circle = (r: number) => `M${n(x + s / 2 - r)},${n(y + s / 2)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0z`;
  const square = (i: number) => `M${n(x + i)},${n(y + i)}h${n(s - 2 * i)}v${n(s - 2 * i)}h${n(2 * i - s)}z`;
  const diamond = (i: number) => {
    const [cx, cy, h] = [x + s / 2, y + s / 2, s / 2 - i];
    return `M${n(cx)},${n(cy - h)}L${n(cx + h)},${n(cy)}L${n(cx)},${n(cy + h)}L${n(cx - h)},${n(cy)}z`;
  };
  switch (shape) {
    case 'circle':
      return circle(s / 2);
    case 'square':
      return square(0);
    case 'triangle-up':
      return `M${n(x + s / 2)},${n(y)}L${n(x + s)},${n(y + s)}H${n(x)}z`;
    case 'diamond':
      return diamond(0);
    case 'triangle-down':
      return `M${n(x)},${n(y)}H${n(x + s)}L${n(x + s / 2)},${n(y + s)}z`;
    case 'square-hollow':
      return square(0) + square(w);
    case 'circle-hollow':
      return circle(s / 2) + circle(s / 2 - w);
    case 'diamond-hollow':
      return diamond(0) + diamond(w * Math.SQRT2);
    case 'bar':
      return `M${n(x + s * 0.275)},${n(y)}h${n(s * 0.45)}v${n(s)}h${n(-s * 0.45)}z`;
    case 'bar-wide':
      return `M${n(x)},${n(y + s * 0.275)}h${n(s)}v${n(s * 0.45)}h${n(-s)}z`;
    case 'triangle-right':
      return `M${n(x)},${n(y)}L${n(x + s)},${n(y + s / 2)}L${n(x)},${n(y + s)}z`;
  }
}

/**
 * The page's rules for the categories (Timeline.svelte puts them in a <style> of its own): each category's colour
 * and shape on its events ([data-category]) and on the overview's marks and the filter's swatches ([data-c]), and
 * the overview's marks of a category the filter hides fade out (each category's marks are a layer of their own, so
 * nothing is drawn again). Ids are plain ([a-z0-9-]) and colours and shapes come from the lists above: nothing of
 * the data reaches the CSS unchecked.
 */
export function categoryCss(categories: readonly Pick<Category, 'id' | 'color' | 'shape'>[]): string {
  return categories
    .map(({ id, color, shape }) => {
      const decl = [`--c:${PALETTE[color]}`, SHAPE_CSS[shape]].filter(Boolean).join(';');
      return (
        `.timeline[data-timeline] :is(.event[data-category="${id}"],[data-c="${id}"]){${decl}}` +
        `.timeline[data-hidden-categories~="${id}"] .ov-marks[data-c="${id}"]{opacity:0}`
      );
    })
    .join('');
}

/** A category's colour as the story's token ("var(--cat-1)"): the share card's renderer resolves it. */
export const colorOf = (category: Pick<Category, 'color'>) => PALETTE[category.color];
