/**
 * The story's @font-face rules, written at build time to src/styles/fonts/faces.css (not committed: made again by
 * every build and dev server), which global.css imports:
 * - Latin and Cyrillic: @fontsource's own rules for the faces in FACES, each subset a file of its own;
 * - Latin Extended, cut to the letters the data uses (Č, Ć, Đ, Š, Ž and whatever else a journalist writes):
 *   @fontsource's latin-ext files hold every European and Vietnamese letter, 55–68 kB each, and a page that shows
 *   one "Vučić" would download them whole. One WOFF2 per face, whose unicode-range is exactly those letters.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FONT_SUBSETS, TRANSLATION_FOLDERS } from '../lib/i18n/editions.ts';

/** Latin Extended as @fontsource cuts it (its latin-ext unicode-range), less what its Latin subset also holds. */
const LATIN_EXT: [number, number][] = [
  [0x100, 0x2ba], [0x2bd, 0x2c5], [0x2c7, 0x2cc], [0x2ce, 0x2d7], [0x2dd, 0x2ff], [0x1d00, 0x1dbf], [0x1e00, 0x1e9f],
  [0x1ef2, 0x1eff], [0x2020, 0x2020], [0x20a0, 0x20ab], [0x20ad, 0x20c0], [0x2113, 0x2113], [0x2c60, 0x2c7f], [0xa720, 0xa7ff],
];
/** Latin characters inside those ranges that the Latin subset has too (ı, Œ, œ): it draws them. */
const IN_LATIN = new Set([0x131, 0x152, 0x153]);

/** The faces global.css declares: family, its package, style and weight. */
export const FACES = [
  { family: 'Noto Serif', pkg: 'noto-serif', style: 'normal', weight: 400 },
  { family: 'Noto Serif', pkg: 'noto-serif', style: 'italic', weight: 400 },
  { family: 'Noto Serif', pkg: 'noto-serif', style: 'normal', weight: 700 },
  { family: 'Noto Sans', pkg: 'noto-sans', style: 'normal', weight: 400 },
  { family: 'Noto Sans', pkg: 'noto-sans', style: 'normal', weight: 700 },
] as const;

/** The Latin Extended characters in some texts, in code point order. */
export function latinExtChars(texts: Iterable<string>): string {
  const found = new Set<number>();
  for (const text of texts)
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (!IN_LATIN.has(c) && LATIN_EXT.some(([a, b]) => c >= a && c <= b)) found.add(c);
    }
  return String.fromCodePoint(...[...found].sort((a, b) => a - b));
}

/** Characters as a CSS unicode-range, runs joined: "ĆćČč" → "U+106-107,U+10C-10D". */
export function unicodeRange(chars: string): string {
  const codes = [...chars].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of codes) {
    const last = runs.at(-1);
    if (last && c === last[1] + 1) last[1] = c;
    else if (!last || c > last[1]) runs.push([c, c]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase();
  return runs.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}

/** Every string in the data files of a folder and its translations (data/sr/). */
function dataTexts(dir: string): string[] {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const folder of [dir, ...TRANSLATION_FOLDERS.map((f) => join(dir, f))])
    if (existsSync(folder))
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
        try {
          walk(JSON.parse(readFileSync(join(folder, name), 'utf8')));
        } catch {
          // A broken file: the data check reports it; its letters come once it is fixed.
        }
      }
  return texts;
}

const OUT = 'src/styles/fonts';
const fileOf = (f: (typeof FACES)[number]) => `${f.pkg}-latin-ext-${f.weight}-${f.style}.woff2`;

/** The subsets served whole, from @fontsource's files: those the editions need. */
const WHOLE_SUBSETS = FONT_SUBSETS;

/**
 * @fontsource's rules for the faces' whole subsets, from its stylesheet of a weight and style (all subsets, each
 * after a comment naming it), pointing at its package's WOFF2 files.
 */
export function packageFaces(stylesheetOf: (face: (typeof FACES)[number]) => string): string {
  return FACES.flatMap((face) =>
    stylesheetOf(face)
      .split(/(?=\/\* noto-)/)
      .flatMap((part) => {
        const name = /^\/\* ([a-z-]+-\d+-(?:normal|italic)) \*\//.exec(part)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(part)?.[1];
        if (!name || !range || !WHOLE_SUBSETS.some((s) => name === `${face.pkg}-${s}-${face.weight}-${face.style}`)) return [];
        return [
          `@font-face {\n  font-family: '${face.family}';\n  font-style: ${face.style};\n  font-weight: ${face.weight};\n  font-display: swap;\n` +
            `  src: url('@fontsource/${face.pkg}/files/${name}.woff2') format('woff2');\n  unicode-range: ${range};\n}\n`,
        ];
      }),
  ).join('');
}

/** The Latin Extended rules for some letters: one @font-face per face, or nothing when the data has none. */
export function latinExtCss(chars: string): string {
  const head = `/* Latin Extended, for the letters the data uses: ${chars || 'none'}. */\n`;
  if (!chars) return head;
  return (
    head +
    FACES.map(
      (f) =>
        `@font-face {\n  font-family: '${f.family}';\n  font-style: ${f.style};\n  font-weight: ${f.weight};\n  font-display: swap;\n` +
        `  src: url('./${fileOf(f)}') format('woff2');\n  unicode-range: ${unicodeRange(chars)};\n}\n`,
    ).join('')
  );
}

export function fonts(options: { dataDir: string }): Plugin {
  const require = createRequire(import.meta.url);
  let root = process.cwd();
  return {
    name: 'fonts',
    // Font files stay files (Vite would inline those under 4 kB into the stylesheet, and so into every page).
    config: () => ({ build: { assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined) } }),
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      // The unit tests never load the page's stylesheet.
      if (process.env.VITEST && !process.env.STORY_FONTS) return;
      const out = resolve(root, OUT);
      const chars = latinExtChars(dataTexts(resolve(root, options.dataDir)));
      const stylesheetOf = (f: (typeof FACES)[number]) =>
        readFileSync(join(dirname(require.resolve(`@fontsource/${f.pkg}/package.json`)), `${f.weight}${f.style === 'italic' ? '-italic' : ''}.css`), 'utf8');
      const css = `/* Written by src/build/fonts-plugin.ts. */\n${packageFaces(stylesheetOf)}${latinExtCss(chars)}`;
      const cssFile = join(out, 'faces.css');
      if (existsSync(cssFile) && readFileSync(cssFile, 'utf8') === css && FACES.every((f) => existsSync(join(out, fileOf(f))))) return;
      mkdirSync(out, { recursive: true });
      const { default: subsetFont } = await import('subset-font');
      for (const face of FACES) {
        const source = join(dirname(require.resolve(`@fontsource/${face.pkg}/package.json`)), 'files', fileOf(face));
        const font = chars ? await subsetFont(readFileSync(source), chars, { targetFormat: 'woff2' }) : Buffer.alloc(0);
        // Written whole, then moved into place: a build reading it never sees half a file.
        writeFileSync(join(out, `${fileOf(face)}.tmp`), font);
        renameSync(join(out, `${fileOf(face)}.tmp`), join(out, fileOf(face)));
      }
      writeFileSync(`${cssFile}.tmp`, css);
      renameSync(`${cssFile}.tmp`, cssFile);
    },
  };
}
