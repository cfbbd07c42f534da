/**
 * The story's fonts, asked for once the page has shown its first words (the build leaves their stylesheet in a
 * <noscript>, src/build/pages-plugin.ts › lateFonts): the first paint waits for no font file. The faces are loaded
 * together and handed to the page at once, so the text swaps into Noto in one layout: every face arriving on its
 * own lays the whole page out again, the longest tasks of the story on a slow phone. Where the FontFace API fails,
 * the stylesheet is linked instead. Browsers that cannot say when they painted get them once the page has loaded.
 */

/** One @font-face rule of the stylesheet: its family, its `src` with addresses made absolute, and its descriptors. */
export interface FaceRule {
  family: string;
  source: string;
  descriptors: FontFaceDescriptors;
}

const DESCRIPTORS: Record<string, keyof FontFaceDescriptors> = {
  'font-style': 'style',
  'font-weight': 'weight',
  'font-display': 'display',
  'unicode-range': 'unicodeRange',
};

/** The @font-face rules of a stylesheet at `base` that fetch a file. */
export function faceRules(css: string, base: string): FaceRule[] {
  const rules: FaceRule[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const declarations = new Map(
      body
        .split(';')
        .map((d) => d.split(/:(.*)/s).map((part) => part.trim()))
        .filter(([name, value]) => name && value)
        .map(([name, value]) => [name.toLowerCase(), value]),
    );
    const family = declarations.get('font-family')?.replace(/^["']|["']$/g, '');
    const src = declarations.get('src');
    if (!family || !src || !/url\(/.test(src)) continue;
    const source = src.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (_, _q, url: string) => `url("${new URL(url, base).href}")`);
    const descriptors: FontFaceDescriptors = {};
    for (const [name, key] of Object.entries(DESCRIPTORS)) {
      const value = declarations.get(name);
      if (value) (descriptors as Record<string, string>)[key] = value;
    }
    rules.push({ family, source, descriptors });
  }
  return rules;
}

async function addFacesTogether(doc: Document, href: string): Promise<void> {
  const url = new URL(href, doc.baseURI).href;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const faces = faceRules(await response.text(), url).map((rule) => new FontFace(rule.family, rule.source, rule.descriptors));
  if (!faces.length) throw new Error(`${url}: no font face`);
  await Promise.all(faces.map((face) => face.load()));
  for (const face of faces) doc.fonts.add(face);
}

export function linkFontsAfterFirstPaint(doc: Document = document): void {
  const href = /href="([^"]+)"/.exec(doc.querySelector('noscript[data-late-fonts]')?.textContent ?? '')?.[1];
  if (!href) return;
  const root = doc.documentElement;
  const linkStylesheet = () => {
    const sheet = Object.assign(doc.createElement('link'), { rel: 'stylesheet', href });
    sheet.addEventListener('load', () => root.setAttribute('data-fonts', 'in'), { once: true });
    doc.head.append(sheet);
  };
  let asked = false;
  const load = () => {
    if (asked) return;
    asked = true;
    const together = typeof FontFace === 'function' && 'fonts' in doc ? addFacesTogether(doc, href) : Promise.reject(new Error('no FontFace'));
    together.then(() => root.setAttribute('data-fonts', 'in'), linkStylesheet);
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
      observer.disconnect();
      load();
    }).observe({ type: 'paint', buffered: true });
  } else if (doc.readyState === 'complete') load();
  else addEventListener('load', load, { once: true });
}
