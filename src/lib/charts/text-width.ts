/**
 * How wide a label will be, in em, before any browser draws it: for layouts that must leave room for their
 * labels in every language without measuring (the server renders them, the pictures are drawn without a
 * browser). Pure.
 *
 * Each character's advance is the largest of DejaVu Sans (the sans-serif of a plain Linux desktop, and among
 * the widest), Liberation Sans and Noto Sans (the pictures' font), rounded up to 0.05 em: an estimate errs
 * on the wide side, so a label is never given less room than it takes. A character not listed counts as 1 em.
 */

const REGULAR: Record<string, string> = {
  '0.2': '\u2009\u202f',
  '0.3': "'ijlј",
  '0.35': ' \u00a0,./:;I\\|’‘·',
  '0.4': '()-[]ft',
  '0.45': '!r',
  '0.5': '"*J`Ј',
  '0.55': 'cszčćšžгзсэ“”„',
  '0.6': '?_kvxyвтухчь–',
  '0.65': '0123456789$FLTabdeghnopqu{}đГЗТабђеиклорёйя€',
  '0.7': 'BEPSZŠŽБВЕРЧднпћцџЁЬ',
  '0.75': 'ACKNRUVXYČĆАИКСУХЙЭЯъ',
  '0.8': '&DGHOQĐДЛНОПЦЏмы',
  '0.85': '#+<=>^w~Ъю≈×',
  '0.9': 'MЂМЋФњфЫ',
  '0.95': 'жљшщ',
  '1': '%Wm—…',
  '1.05': '@Њ',
  '1.1': 'ЖЉШЮЩ',
};

const BOLD: Record<string, string> = {
  '0.2': '\u2009\u202f',
  '0.35': " \u00a0'ijlј",
  '0.4': ',./:;I\\|’‘·',
  '0.45': '-f',
  '0.5': '!()[]`rt',
  '0.55': '*г',
  '0.6': '"J_cszčćšžЈзстэ–',
  '0.65': '?xГвхяь',
  '0.7': '0123456789$EFLTaekovyЕТабекнопучџЁё€“”„',
  '0.75': 'CPSYZbdghnpqu{}ČĆŠŽđЗРСђилрћцЭй',
  '0.8': 'ABKRVXАБВУХЯЬъ',
  '0.85': '#+<=>DGHNU^~ĐИКЛНПЧЏдмЙ≈×',
  '0.9': '&OQДЂОЋ',
  '0.95': 'wЦЪы',
  '1': '@MМФжљњфю—…',
  '1.05': '%mЫ',
  '1.1': 'ш',
  '1.15': 'WЊщ',
  '1.2': 'ЉЮ',
  '1.25': 'ЖШ',
  '1.35': 'Щ',
};

const table = (buckets: Record<string, string>) =>
  new Map(Object.entries(buckets).flatMap(([width, chars]) => [...chars].map((c) => [c, Number(width)] as const)));
const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) };

/** The width of a one-line text in em of its font size: at most this wide in any of the fonts above. */
export function textWidth(text: string, weight: 'regular' | 'bold' = 'regular'): number {
  const widths = WIDTHS[weight];
  let em = 0;
  for (const c of text.normalize('NFC')) em += widths.get(c) ?? 1;
  return Math.round(em * 100) / 100;
}

/** The widest of some labels, in em. */
export const widestText = (texts: string[], weight: 'regular' | 'bold' = 'regular'): number =>
  Math.max(0, ...texts.map((t) => textWidth(t, weight)));

/** A text broken between words into lines of at most `width` em (a word longer than that has a line of its own). */
export function wrapText(text: string, width: number, weight: 'regular' | 'bold' = 'regular'): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, weight) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}
