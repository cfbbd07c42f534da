/**
 * The data check reads what editors write: it forgives what is invisible (a byte-order mark) and catches what is
 * hidden (a key written twice, a line break inside a text, Cyrillic typed into data/sr/, a point in another
 * country). Exact values on the frozen fixture (tests/fixtures/story).
 */
import { describe, expect, it } from 'vitest';
import { readDataDir, regionCountriesFromWorldAtlas } from '../../src/build/data-dir.ts';
import { countryAt } from '../../src/lib/data/countries.ts';
import { formatProblem, parseJson } from '../../src/lib/data/problems.ts';
import { validateData, type DataInput } from '../../src/lib/data/validate.ts';
import { FIXTURE_DIR } from '../helpers/data.ts';

const printed = (problems: { file: string }[]) => problems.map((p) => formatProblem(p as never));
const fixture = (): DataInput => readDataDir(FIXTURE_DIR);

describe('invisible things are forgiven', () => {
  it('a byte-order mark (Notepad, Excel) is accepted, in English and in data/sr/', () => {
    const input = fixture();
    input.files['timeline.json'] = '\uFEFF' + input.files['timeline.json'];
    input.translations!.sr!['timeline.json'] = '\uFEFF' + input.translations!.sr!['timeline.json'];
    const result = validateData(input);
    expect(printed(result.problems)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('problems after a byte-order mark keep their line', () => {
    const { problems } = parseJson('x.json', '\uFEFF{\n  "a": 1,\n  "a": 2\n}');
    expect(problems[0].line).toBe(3);
  });
});

describe('hidden things are caught', () => {
  it('a key written twice in one object is an error naming both lines', () => {
    const text = '{\n  "events": [\n    {\n      "title": "New title",\n      "id": "x",\n      "title": "Old title"\n    }\n  ]\n}';
    const { parsed, problems } = parseJson('timeline.json', text);
    expect(parsed).toBeDefined();
    expect(printed(problems)).toEqual([expect.stringContaining('timeline.json › events › 0 (line 6, column 7)')]);
    expect(problems[0].message).toBe('has "title" twice (lines 4 and 6): only the one on line 6 would be published. Keep one and delete the other');
  });

  it('a duplicate key in a real file stops the check', () => {
    const input = fixture();
    input.files['timeline.json'] = input.files['timeline.json'].replace('"title": ', '"title": "Pasted above",\n      "title": ');
    const result = validateData(input);
    expect(result.ok).toBe(false);
    expect(printed(result.problems)[0]).toMatch(/has "title" twice \(lines \d+ and \d+\)/);
  });

  it('a line break inside a text says so in plain words, at the line where the text starts', () => {
    const { problems } = parseJson('story.json', '{\n  "headline": "Roads and\ncopper",\n  "x": 1\n}');
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(2);
    expect(problems[0].message).toBe(
      'is not valid JSON: a text runs over two lines ("Roads and…"). A text cannot hold a line break: join it into one line',
    );
  });

  it('Cyrillic typed into data/sr/ is an error that says Cyrillic is made automatically', () => {
    const input = fixture();
    const sr = JSON.parse(input.translations!.sr!['timeline.json']);
    sr.events[0].title = 'Успостављени дипломатски односи';
    input.translations!.sr!['timeline.json'] = JSON.stringify(sr, null, 2);
    const result = validateData(input);
    expect(result.ok).toBe(false);
    expect(printed(result.problems)).toEqual([expect.stringContaining('sr/timeline.json › events › [0]')]);
    expect(result.problems[0].message).toContain('is written in Cyrillic ("Успостављени дипломатски односи")');
    expect(result.problems[0].message).toContain('the Cyrillic edition is made from the Latin text automatically');
  });
});

describe('a point outside Serbia and Kosovo', () => {
  const countries = regionCountriesFromWorldAtlas();

  it('names the country a point falls in', () => {
    expect(countryAt(countries, [21.9, 43.32])).toBe('Serbia'); // Niš
    expect(countryAt(countries, [21.17, 42.66])).toBe('Kosovo'); // Pristina
    expect(countryAt(countries, [21.93, 46.33])).toBe('Romania'); // Niš, mistyped
    expect(countryAt(countries, [18.41, 43.86])).toBe('Bosnia and Herzegovina'); // Sarajevo
  });

  it('is a warning naming the country; the build goes ahead', () => {
    const input = fixture();
    const projects = JSON.parse(input.files['projects.json']);
    const index = projects.projects.findIndex((p: any) => p.location?.type === 'Point');
    projects.projects[index].location.coordinates = [21.93, 46.33];
    input.files['projects.json'] = JSON.stringify(projects, null, 2);
    const result = validateData({ ...input, countries });
    expect(printed(result.problems)).toEqual([]);
    const warning = printed(result.warnings).find((w) => w.includes('Romania'));
    expect(warning).toContain(`projects.json › projects › [${index}]`);
    expect(warning).toContain('[21.93, 46.33] is in Romania, not in Serbia or Kosovo');
  });

  it('the fixture’s points are all in Serbia or Kosovo, or on its border (a railway’s end at a crossing)', () => {
    const result = validateData({ ...fixture(), countries });
    expect(printed(result.warnings).filter((w) => w.includes('not in Serbia or Kosovo'))).toEqual([]);
  });
});
