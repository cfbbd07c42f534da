/**
 * Draws the pictures the build ships: each graphic's share card (1200 × 630 PNG) and each chart's download
 * (PNG at print resolution and SVG), from the scene trees the graphics' picture.ts build from their models.
 * satori lays the tree out and writes SVG (its text as outlines, so the files need no fonts); resvg turns the
 * SVG into PNG. No headless browser. Fonts: the page's, Noto Sans and Noto Serif from @fontsource (Latin, Latin
 * Extended, Cyrillic), and Noto Sans Math for signs such as ≈.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { plain } from '../lib/i18n/fallback.ts';
import type { SceneChild, SceneNode } from '../lib/publishing/pictures/scene.ts';

const require = createRequire(import.meta.url);

let fonts: Font[] | undefined;
/**
 * Each subset under its own name (noto-latin, noto-latin-ext, noto-cyrillic): satori does not fall back
 * between files of one family, so Č, Đ or Cyrillic would turn into boxes (layouts.ts lists all three).
 */
function loadFonts(): Font[] {
  const files = (family: string) => join(dirname(require.resolve(`@fontsource/${family}/package.json`)), 'files');
  const math = join(files('noto-sans-math'), 'noto-sans-math-latin-400-normal.woff');
  // The page's two families (global.css): Noto Sans as noto-<subset>, Noto Serif (the story card's headline) as noto-serif-<subset>.
  const family = (family: string, name: string) =>
    ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
      ([400, 700] as const).map((weight) => ({
        name: `${name}-${subset}`,
        weight,
        style: 'normal' as const,
        data: readFileSync(join(files(family), `${family}-${subset}-${weight}-normal.woff`)),
      })),
    );
  fonts ??= [
    ...family('noto-sans', 'noto'),
    ...family('noto-serif', 'noto-serif'),
    // ≈ and other signs the words use ("≈ Approximate"), which Noto Sans's text subsets lack.
    { name: 'noto-math', weight: 400, style: 'normal', data: readFileSync(math) },
  ];
  return fonts;
}

let palette: Map<string, string> | undefined;
/** The light theme's colours, read from the story's own stylesheet (its first :root block). */
function lightPalette(): Map<string, string> {
  if (palette) return palette;
  const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'global.css'), 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  palette = new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  return palette;
}

/** Tokens ("var(--cat-1)") to colours, in any text. */
export function resolveColours(s: string): string {
  const colours = lightPalette();
  return s.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => colours.get(name) ?? whole);
}

/** The scene as satori takes it: colours resolved, language marks stripped, SVG images as data addresses. */
function prepare(child: SceneChild): unknown {
  if (typeof child === 'string') return plain(child);
  const { style, children, svg, ...rest } = child.props;
  const out: Record<string, unknown> = { ...rest };
  if (style) out.style = Object.fromEntries(Object.entries(style).map(([k, v]) => [k, typeof v === 'string' ? resolveColours(v) : v]));
  if (svg !== undefined) out.src = `data:image/svg+xml;base64,${Buffer.from(resolveColours(svg)).toString('base64')}`;
  if (children !== undefined) out.children = Array.isArray(children) ? children.map(prepare) : prepare(children);
  return { type: child.type, props: out };
}

/** The scene as an SVG document, its text drawn as outlines. Without a height, as tall as its content. */
export async function sceneToSvg(scene: SceneNode, width: number, height?: number): Promise<string> {
  return satori(prepare(scene) as Parameters<typeof satori>[0], { width, ...(height && { height }), fonts: loadFonts() } as Parameters<typeof satori>[1]);
}

/** An SVG document as PNG, `scale` device pixels per CSS pixel. */
export function svgToPng(svg: string, width: number, scale = 1): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(width * scale) }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The same picture as raw RGBA pixels (for tests that compare pictures). */
export function svgToPixels(svg: string, width: number): { width: number; height: number; pixels: Buffer } {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}
