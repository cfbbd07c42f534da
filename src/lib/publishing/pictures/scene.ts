/**
 * A picture as a tree of boxes and text (the element tree satori lays out and draws), built by each graphic's
 * picture.ts from the same model as its page. Pure: the build renders it (src/build/images.ts).
 * Colours may be the story's tokens ("var(--cat-1)"): the renderer puts in the light theme's values.
 */
export type Style = Record<string, string | number>;

export interface SceneNode {
  type: 'div' | 'img';
  /** `svg`: an image's SVG text (its colours may be tokens too); the renderer makes it the image's src. */
  props: { style?: Style; children?: SceneChild | SceneChild[]; svg?: string; width?: number; height?: number; plot?: boolean };
}
export type SceneChild = SceneNode | string;

/** A box: flex by default, as satori wants every box with more than one child. */
export const box = (style: Style, children: SceneChild | SceneChild[] = []): SceneNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** A line of text (or a paragraph, if it is given a width). */
export const label = (text: string, style: Style = {}): SceneNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children: text } });

/** A box placed in its parent by percentages (the models lay charts out in percent of the plot). */
export const place = (x: number, y: number, w: number, h: number, style: Style = {}, children: SceneChild | SceneChild[] = []): SceneNode =>
  box({ position: 'absolute', left: `${x}%`, top: `${y}%`, width: `${w}%`, height: `${h}%`, ...style }, children);

/**
 * A chart's own drawing (its server-rendered SVG, src/lib/charts/kit/) as an image: the renderer resolves its
 * colours and draws its text in the page's fonts, as outlines.
 */
export const plotImage = (svg: string, width: number, height: number): SceneNode => ({ type: 'img', props: { svg, width, height, plot: true, style: { width, height } } });

/** An SVG drawing (the map) as an image. */
export const svgImage = (svg: string, width: number, height: number): SceneNode => ({ type: 'img', props: { svg, width, height, style: { width, height } } });

/** What a graphic's picture.ts gives the build: its drawing at a size, and its text alternative. */
export interface Picture {
  /** The graphic drawn in a box of this many CSS pixels. */
  draw(width: number, height: number): SceneNode;
  /** What the picture shows, in a sentence or two (og:image:alt, the image's alt text). */
  alt: string;
  /** "Sources: …", as the chart's footer says it ("" for none). */
  source: string;
  /** The title and subtitle the page shows above it. */
  title: string;
  subtitle: string;
  /** A chart's downloads: their file name, without extension (story.json › graphics › <id> › file, filled in). */
  file?: string;
}

/** The type size a picture of this width uses for its labels. */
export const labelSize = (width: number) => Math.max(13, Math.min(20, Math.round(width / 48)));
