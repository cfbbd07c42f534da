import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chinaTradeYear, project, timelineEvent } from '../../src/lib/data/schema.ts';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'README.md'), 'utf8');
/** Each ```json block: one value, or one value per line (the location shapes). */
const examples: Record<string, unknown>[] = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((m) => {
  try {
    return [JSON.parse(m[1])];
  } catch {
    return m[1].trim().split('\n').map((line) => JSON.parse(line));
  }
});

describe("data/README.md's worked examples are valid data", () => {
  it('the project example', () => {
    const example = examples.find((e) => 'sector' in e);
    expect(project.safeParse(example).error?.issues).toBeUndefined();
  });
  it('the event example', () => {
    const example = examples.find((e) => 'category' in e);
    expect(timelineEvent.safeParse(example).error?.issues).toBeUndefined();
  });
  it('the four location shapes', () => {
    const shapes = examples.filter((e) => 'precision' in e);
    expect(shapes.map((s) => s.type)).toEqual(['Point', 'MultiPoint', 'LineString', 'MultiLineString']);
    for (const location of shapes) {
      const example = { ...(examples.find((e) => 'sector' in e) as object), location };
      expect(project.safeParse(example).error?.issues).toBeUndefined();
    }
  });
  it('the year-of-trade example', () => {
    const example = examples.find((e) => 'year' in e);
    expect(chinaTradeYear.safeParse(example).error?.issues).toBeUndefined();
  });
});

describe("data/README.md's translation examples", () => {
  it('the translated year of trade is valid in sr/china-trade.json and names the worked example\'s year', async () => {
    const { translationSchema } = await import('../../src/lib/data/translation.ts');
    const { chinaTradeFile } = await import('../../src/lib/data/schema.ts');
    const example = examples.find((e) => 'year' in e && !('magnitude' in e));
    expect(example).toBeDefined();
    const file = { years: [example] };
    expect(translationSchema(chinaTradeFile)!.safeParse(file).error?.issues).toBeUndefined();
    const english = examples.find((e) => 'year' in e && 'magnitude' in e)!;
    expect([example!.year, example!.currency]).toEqual([english.year, english.currency]);
  });
});

describe("data/README.md's translation tools", () => {
  it('the foreign-word table is what the check finds and the Cyrillic edition would print', async () => {
    const { foreignWords, toCyrillicText } = await import('../../src/lib/i18n/scripts.ts');
    const table = readme.slice(readme.indexOf('| written in `data/sr/` |')).split('\n\n')[0];
    const rows = [...table.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|$/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const [, written, printed] of rows) {
      expect(toCyrillicText(written)).toBe(printed);
      expect(foreignWords(written)).toEqual([{ word: written, cyrillic: printed }]);
    }
  });

  it('the accept command is the one package.json runs, and the stale warning reads as the check writes it', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    expect(pkg.scripts.translations).toBe('tsx scripts/translations.ts');
    expect(readme).toContain('npm run translations -- --accept sr/timeline.json');
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'lib', 'data', 'translation.ts'), 'utf8');
    for (const words of ['may be stale: its English in', 'changed since this translation was accepted.', 'English then: ', 'English now:  ', 'Update the Serbian if the meaning changed, then run: npm run translations -- --accept '])
      // The check names the translation's language from the editions' configuration: "Serbian" for data/sr/.
      expect(readme.includes(words) && source.includes(words.replace('Serbian', '${ctx.language}')), words).toBe(true);
  });
});
