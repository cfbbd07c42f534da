import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { interfaceFile } from '../../src/lib/data/files.ts';
import { text } from '../../src/lib/data/schema-parts.ts';
import { numbersIn, overlay, type OverlayContext } from '../../src/lib/data/translation.ts';
import { nodeOf, type ObjectNode } from '../../src/lib/data/walk.ts';
import { EDITIONS, FONT_SUBSETS, TRANSLATION_FOLDERS, editionsOf } from '../../src/lib/i18n/editions.ts';

const context = (over: Partial<OverlayContext>): OverlayContext => ({
  file: 'xx/story.json',
  englishFile: 'story.json',
  language: 'Serbian',
  locale: 'sr-Latn',
  transliterated: true,
  script: (s) => s,
  problems: [],
  warnings: [],
  report: true,
  ...over,
});

describe('the editions’ configuration', () => {
  it('names each edition in interface.json, the transliterated one in its own script', () => {
    const editions = nodeOf(interfaceFile.shape.page.shape.editions) as ObjectNode;
    expect(editions.fields.map((f) => f.key)).toEqual(['label', ...EDITIONS.map((e) => e.id)]);
    for (const e of EDITIONS) expect(editions.fields.find((f) => f.key === e.id)!.cyrillic, e.id).toBe(e.script === 'cyrillic');
  });

  it('gives each translation folder its editions, and the fonts they need', () => {
    expect(TRANSLATION_FOLDERS.flatMap(editionsOf).map((e) => e.id)).toEqual(EDITIONS.filter((e) => e.translation).map((e) => e.id));
    for (const folder of TRANSLATION_FOLDERS) expect(new Set(editionsOf(folder).map((e) => e.language)).size, folder).toBe(1);
    for (const e of EDITIONS) expect(FONT_SUBSETS).toEqual(expect.arrayContaining([...e.fonts]));
    // Only the first edition, the English one, is at the site's root; every other has a folder of its own.
    expect(EDITIONS.map((e) => e.path).filter((p) => !p)).toHaveLength(1);
    expect(new Set(EDITIONS.map((e) => e.path)).size).toBe(EDITIONS.length);
  });

  it('reads a translation’s figures in its locale’s number style', () => {
    expect(numbersIn('3.730,9 Millionen', 'de')).toEqual([3730.9]);
    expect(numbersIn('3,730.9 million', 'en')).toEqual([3730.9]);
    const ctx = context({ language: 'German', locale: 'de', transliterated: false });
    overlay(z.object({ t: text }), { t: 'EUR 3,730.9 million' }, { t: '3.730,8 Millionen Euro' }, [], ctx);
    expect(ctx.problems.map((p) => p.message)).toEqual([expect.stringContaining('write them in German style (3.730,9)')]);
  });

  it('checks a text for the Cyrillic edition only when an edition transliterates it', () => {
    const schema = z.object({ t: text });
    const transliterated = context({});
    overlay(schema, { t: 'a commitment' }, { t: 'obaveza (commitment)' }, [], transliterated);
    expect(transliterated.warnings.map((w) => w.message)).toEqual([expect.stringContaining('"commitment"')]);
    const german = context({ language: 'German', locale: 'de', transliterated: false });
    overlay(schema, { t: 'a commitment' }, { t: 'eine Verpflichtung (commitment)' }, [], german);
    expect(german.warnings).toEqual([]);
    expect(german.problems).toEqual([]);
  });

  it('names the language in what the check says', () => {
    const ctx = context({ language: 'German', locale: 'de', transliterated: false });
    overlay(z.object({ t: text, u: text }), { t: 'One', u: 'Two' }, { t: 'Eins' }, [], ctx);
    expect(ctx.warnings.map((w) => w.message)).toEqual([expect.stringContaining('the German editions show the English')]);
  });
});
