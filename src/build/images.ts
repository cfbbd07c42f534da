/**
 * Draws the pictures the build ships: each graphic's share card (1200 × 630 PNG) and each chart's download
 * (PNG at print resolution and SVG), from the scene trees the graphics' picture.ts build from their models.
 * satori lays the tree out and writes SVG (its text as outlines, so the files need no fonts); resvg turns the
 * SVG into PNG. No headless browser. Fonts: the page's, Noto Sans and Noto Serif from @fontsource (Latin, Latin
 * Extended, Cyrillic), and Noto Sans Math for signs such as ≈.
 *
 * A chart drawn with the chart kit is its page's own SVG (`plotImage`): its colours are resolved here and resvg
 * turns its text into outlines in the same fonts before satori puts it in its frame.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
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

/**
 * A WOFF file as the TrueType font inside it (resvg reads TrueType and OpenType only), under its own family name:
 * resvg falls back between fonts without regard to weight, so each subset is named and chosen explicitly.
 */
function woffToSfnt(woff: Buffer, family: string): Buffer {
  const count = woff.readUInt16BE(12);
  let range = 1;
  let selector = 0;
  while (range * 2 <= count) (range *= 2), selector++;
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(woff.readUInt32BE(4), 0);
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(range * 16, 6);
  head.writeUInt16BE(selector, 8);
  head.writeUInt16BE(count * 16 - range * 16, 10);
  const tables: Buffer[] = [];
  let at = head.length;
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const tag = woff.readUInt32BE(entry);
    const [offset, packed, length] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const raw = woff.subarray(offset, offset + packed);
    let data = packed < length ? inflateSync(raw) : raw;
    if (tag === 0x6e616d65) data = renamed(data, family);
    head.writeUInt32BE(tag, 12 + i * 16);
    head.writeUInt32BE(woff.readUInt32BE(entry + 16), 12 + i * 16 + 4);
    head.writeUInt32BE(at, 12 + i * 16 + 8);
    head.writeUInt32BE(data.length, 12 + i * 16 + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    tables.push(padded);
    at += padded.length;
  }
  return Buffer.concat([head, ...tables]);
}

/** A font's `name` table with its family, full and PostScript names (ids 1, 4, 6, 16) set to `family`. */
function renamed(name: Buffer, family: string): Buffer {
  const count = name.readUInt16BE(2);
  const storage = name.readUInt16BE(4);
  const records = Array.from({ length: count }, (_, i) => {
    const o = 6 + i * 12;
    const [platform, id, length, offset] = [name.readUInt16BE(o), name.readUInt16BE(o + 6), name.readUInt16BE(o + 8), name.readUInt16BE(o + 10)];
    const text = platform === 1 ? Buffer.from(family, 'latin1') : Buffer.from(family, 'utf16le').swap16();
    return { o, data: [1, 4, 6, 16].includes(id) ? text : name.subarray(storage + offset, storage + offset + length) };
  });
  const head = Buffer.from(name.subarray(0, 6 + count * 12));
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(head.length, 4);
  let at = 0;
  for (const r of records) {
    head.writeUInt16BE(r.data.length, r.o + 8);
    head.writeUInt16BE(at, r.o + 10);
    at += r.data.length;
  }
  return Buffer.concat([head, ...records.map((r) => r.data)]);
}

/** The subsets of the page's sans, in the order a character is looked up, each with the characters it holds. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
let plotFonts: { files: string[]; ranges: { family: string; ranges: [number, number][] }[] } | undefined;
function loadPlotFonts() {
  if (plotFonts) return plotFonts;
  const root = dirname(require.resolve('@fontsource/noto-sans/package.json'));
  const unicode = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<string, string>;
  const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  const math = dirname(require.resolve('@fontsource/noto-sans-math/package.json'));
  // Named by the packages' versions: an updated font is converted again.
  const folder = join(tmpdir(), `story-picture-fonts-${version(join(root, 'package.json'))}-${version(join(math, 'package.json'))}`);
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  const write = (woff: string, family: string, weight: number) => {
    const file = join(folder, `${family}-${weight}.ttf`);
    // Written whole under another name, then renamed: a build running beside this one never reads half a font.
    if (!existsSync(file)) {
      writeFileSync(`${file}.${process.pid}`, woffToSfnt(readFileSync(woff), family));
      renameSync(`${file}.${process.pid}`, file);
    }
    files.push(file);
  };
  for (const subset of SUBSETS) for (const weight of [400, 700]) write(join(root, 'files', `noto-sans-${subset}-${weight}-normal.woff`), `noto-${subset}`, weight);
  write(join(math, 'files', 'noto-sans-math-latin-400-normal.woff'), 'noto-math', 400);
  const ranges = SUBSETS.map((subset) => ({
    family: `noto-${subset}`,
    ranges: unicode[subset].split(',').map((r): [number, number] => {
      const [from, to = from] = r.replace(/U\+/g, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  }));
  plotFonts = { files, ranges };
  return plotFonts;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A text's characters in runs of one font each (the subset that holds them; Noto Sans Math for signs such as ≈). */
function fontRuns(text: string): { family: string; text: string }[] {
  const { ranges } = loadPlotFonts();
  const familyOf = (c: string) => {
    const code = c.codePointAt(0)!;
    return ranges.find((f) => f.ranges.some(([a, b]) => code >= a && code <= b))?.family ?? 'noto-math';
  };
  const runs: { family: string; text: string }[] = [];
  for (const c of text) {
    const family = /\s/.test(c) && runs.length ? runs.at(-1)!.family : familyOf(c);
    if (runs.at(-1)?.family === family) runs.at(-1)!.text += c;
    else runs.push({ family, text: c });
  }
  return runs;
}

/**
 * A chart's SVG (a kit plot: each <text> holds plain text) with its colours resolved and its text turned into
 * outlines in the page's fonts, so that it needs no font wherever it is shown.
 */
export function outlinePlot(svg: string): string {
  const runs = resolveColours(svg).replace(/(<text\b[^>]*>)([^<]*)(<\/text\s*>)/g, (_whole, open: string, text: string, close: string) =>
    open + fontRuns(unescapeXml(text)).map((r) => `<tspan style="font-family:${r.family}">${escapeXml(r.text)}</tspan>`).join('') + close,
  );
  const outlined = new Resvg(runs, { font: { fontFiles: loadPlotFonts().files, loadSystemFonts: false, defaultFontFamily: 'noto-latin' } }).toString();
  // Without resvg's indentation, coordinates to a hundredth of a pixel: a third of the bytes.
  return outlined.replace(/>\s+</g, '><').replace(/(\d\.\d\d)\d+/g, '$1');
}

/** The scene as satori takes it: colours resolved, language marks stripped, SVG images as data addresses. */
function prepare(child: SceneChild): unknown {
  if (typeof child === 'string') return plain(child);
  const { style, children, svg, plot, ...rest } = child.props;
  const out: Record<string, unknown> = { ...rest };
  if (style) out.style = Object.fromEntries(Object.entries(style).map(([k, v]) => [k, typeof v === 'string' ? resolveColours(v) : v]));
  if (svg !== undefined) out.src = `data:image/svg+xml;base64,${Buffer.from(plot ? outlinePlot(svg) : resolveColours(svg)).toString('base64')}`;
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
