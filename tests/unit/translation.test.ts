/**
 * The Serbian translation (data/sr/) over the English data: what a translator's mistakes produce (errors
 * naming the file and the field), what a missing text produces (a warning, and the English text marked as
 * English), and what the editions hold. Exact values on the frozen fixture (tests/fixtures/story, with sr/).
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { numbersIn } from '../../src/lib/data/translation.ts';
import { validateData, type DataInput } from '../../src/lib/data/validate.ts';
import { EN_START, plain, whollyEnglish } from '../../src/lib/i18n/fallback.ts';
import { mixedScriptNames, toCyrillicText } from '../../src/lib/i18n/scripts.ts';
import { FIXTURE_DIR } from '../helpers/data.ts';

type Json = Record<string, any>;

const fixtureInput = (): DataInput => readDataDir(FIXTURE_DIR);

/** The fixture after one change to one translated file (file: "timeline.json" means sr/timeline.json). */
function afterTranslationChange(file: string, change: (json: Json) => void) {
  const input = fixtureInput();
  const sr = input.translations!.sr!;
  const json = JSON.parse(sr[file]);
  change(json);
  sr[file] = JSON.stringify(json, null, 2);
  return validateData(input);
}

const printed = (problems: { file: string }[]) => problems.map((p) => formatProblem(p as never));

describe('the fixture’s translation', () => {
  const result = validateData(fixtureInput());
  if (!result.ok) throw new Error(printed(result.problems).join('\n'));

  it('makes three editions, with no problem and no warning', () => {
    expect(Object.keys(result.editions).sort()).toEqual(['en', 'sr-Cyrl', 'sr-Latn']);
    expect(result.warnings).toEqual([]);
  });

  it('the Latin edition prints the Serbian text as written, its {{latin:…}} marks removed', () => {
    const sr = JSON.parse(fixtureInput().translations!.sr!['story.json']);
    const latin = result.editions['sr-Latn']!['story.json'];
    expect(latin.headline).toBe(sr.headline);
    const marked = JSON.stringify(sr).match(/\{\{latin:([^}]+)\}\}/)!;
    expect(JSON.stringify(latin)).toContain(marked[1]);
    expect(JSON.stringify(latin)).not.toContain('{{latin:');
  });

  it('the Cyrillic edition is the Latin one transliterated, and keeps what is marked Latin', () => {
    const latin = result.editions['sr-Latn']!;
    const cyrillic = result.editions['sr-Cyrl']!;
    expect(cyrillic['story.json'].headline).toBe(toCyrillicText(latin['story.json'].headline));
    expect(cyrillic['story.json'].headline).toMatch(/^[^a-zA-Zčćšžđ]*$/);
    // interface.json › sourceNames is the table the sources were renamed from (as written), not a text the page shows.
    const shown = { ...cyrillic, 'interface.json': { ...cyrillic['interface.json'], sourceNames: {} } };
    expect(JSON.stringify(shown)).not.toContain('{{latin:');
    expect(cyrillic['projects.json'].projects.flatMap((p) => p.sources).find((s) => s.url.includes('piglix'))?.name).toBe('Piglix (копија Википедије)');
    expect(JSON.stringify(cyrillic)).toContain('Zijin Mining');
  });

  it('language-neutral fields stay as the English file has them', () => {
    const en = result.data['timeline.json'].events;
    const sr = result.editions['sr-Cyrl']!['timeline.json'].events;
    // Sources keep their addresses; their names are the edition's own (interface.json › sourceNames).
    const neutral = (e: (typeof en)[number]) => [e.id, e.date, e.category, e.sources.map((s) => s.url)];
    expect(sr.map(neutral)).toEqual(en.map(neutral));
    expect(sr[0].title).not.toBe(en[0].title);
  });

  it('each edition formats in its own locale', () => {
    expect(result.editions['sr-Latn']!['interface.json'].format.locale).toBe('sr-Latn');
    expect(result.editions['sr-Cyrl']!['interface.json'].format.locale).toBe('sr-Cyrl');
  });
});

describe('a translator’s mistakes are refused, naming the file and the field', () => {
  it('a figure that differs from the English', () => {
    const result = afterTranslationChange('timeline.json', (j) => (j.events[1].text = j.events[1].text.replace('2013.', '2014.')));
    expect(result.ok).toBe(false);
    const [problem] = printed(result.problems);
    expect(problem).toMatch(/^sr\/timeline\.json › events › \[1\] “2009-08-infrastructure-cooperation-agreement” › text \(line \d+/);
    expect(problem).toContain('states other figures than its English text in timeline.json (Serbian: 2014; English: 2013)');
  });

  it('Serbian number style is read as the same figure: 3.730,9 is 3,730.9', () => {
    expect(numbersIn('EUR 3,730.9 million in 2024', 'en')).toEqual(numbersIn('3.730,9 miliona evra u 2024.', 'sr'));
    expect(numbersIn('AidData 3.0', 'en')).toEqual(numbersIn('AidData 3.0', 'sr'));
    expect(numbersIn('1.500', 'sr')).toEqual([1500]);
    expect(numbersIn('1.5', 'sr')).toEqual([1.5]);
  });

  it('an id that is not in the English file, with the nearest one', () => {
    const result = afterTranslationChange('timeline.json', (j) => (j.events[0].id = '1955-01-02-diplomatic-relation'));
    const [problem] = printed(result.problems);
    expect(problem).toContain('sr/timeline.json');
    expect(problem).toContain('"1955-01-02-diplomatic-relation" is not an id in timeline.json. Did you mean "1955-01-02-diplomatic-relations"?');
  });

  it('a field that is the same in every language (a date)', () => {
    const result = afterTranslationChange('timeline.json', (j) => (j.events[0].date = '1955-01-03'));
    const [problem] = printed(result.problems);
    expect(problem).toContain('sr/timeline.json');
    expect(problem).toContain('"date" is the same in every language: write it only in data/timeline.json, not in the translation');
  });

  it('a file a translation does not have', () => {
    const input = fixtureInput();
    input.translations!.sr!['timelines.json'] = '{}';
    expect(printed(validateData(input).problems)[0]).toContain('sr/timelines.json\n');
    expect(printed(validateData(input).problems)[0]).toContain('Did you mean "timeline.json"?');
  });

  it('malformed JSON in a translation, with its line', () => {
    const input = fixtureInput();
    input.translations!.sr!['debt.json'] = input.translations!.sr!['debt.json'].replace(/",\n/, '"\n');
    expect(printed(validateData(input).problems)[0]).toMatch(/^sr\/debt\.json \(line \d+, column \d+\)[\s\S]*not valid JSON/);
  });
});

describe('what is not translated yet shows in English, marked as English, with a warning', () => {
  it('a text the translation lacks', () => {
    const result = afterTranslationChange('timeline.json', (j) => delete j.events[0].title);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(printed(result.warnings)).toEqual([
      expect.stringContaining('sr/timeline.json › events › [0] “1955-01-02-diplomatic-relations” › title'),
    ]);
    expect(printed(result.warnings)[0]).toContain('is not translated: the Serbian editions show the English "title", marked as English');
    const title = result.editions['sr-Cyrl']!['timeline.json'].events[0].title;
    expect(whollyEnglish(title)).toBe(true);
    expect(plain(title)).toBe(result.data['timeline.json'].events[0].title);
  });

  it('an event the journalist added in English only', () => {
    const input = fixtureInput();
    const timeline = JSON.parse(input.files['timeline.json']);
    timeline.events.push({ ...timeline.events[0], id: '2026-11-30-new-event', date: '2026-11-30', title: 'A new event' });
    input.files['timeline.json'] = JSON.stringify(timeline);
    const result = validateData(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(printed(result.warnings)).toEqual([
      expect.stringMatching(/^sr\/timeline\.json › events \(line \d+, column \d+\)\n.*has no translation of "2026-11-30-new-event": the Serbian editions show it in English, marked as English/),
    ]);
    const added = result.editions['sr-Latn']!['timeline.json'].events.find((e) => e.id === '2026-11-30-new-event')!;
    expect(added.title).toBe(`${EN_START}A new event\uE001`);
    expect(added.date).toBe('2026-11-30');
  });

  it('a whole file missing', () => {
    const input = fixtureInput();
    delete input.translations!.sr!['debt.json'];
    const result = validateData(input);
    expect(result.ok).toBe(true);
    expect(printed(result.warnings)[0]).toContain('sr/debt.json');
    expect(printed(result.warnings)[0]).toContain('is missing: the sr editions show debt.json in English, marked as English');
  });

  it('a source whose name has an English gloss and no name in sourceNames', () => {
    const input = fixtureInput();
    const timeline = JSON.parse(input.files['timeline.json']);
    const name = 'Ministry of Finance (press release)';
    timeline.events[2].sources.push({ name, url: 'https://www.mfin.gov.rs/a' });
    input.files['timeline.json'] = JSON.stringify(timeline, null, 2);
    const result = validateData(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const at = timeline.events[2].sources.length - 1;
    expect(printed(result.warnings)).toEqual([
      expect.stringMatching(new RegExp(`^timeline\\.json › events › \\[2\\] “${timeline.events[2].id}” › sources › \\[${at}\\] › name \\(line \\d+, column \\d+\\)\n`)),
    ]);
    expect(printed(result.warnings)[0]).toContain(
      `"${name}" has no name in sr/interface.json › sourceNames: the sr editions show it in English. ` +
        `Add this entry to sourceNames and write its value in Serbian (the outlet's own name as it is; {{latin:…}} around a name kept in Latin): "${name}": "${name}"`,
    );
    // Shown whole in English, marked, in both scripts; a name without a gloss (an outlet's own) is shown as published.
    for (const id of ['sr-Latn', 'sr-Cyrl'] as const) {
      const sources = result.editions[id]!['timeline.json'].events[2].sources;
      expect(sources.at(-1)!.name).toBe(`${EN_START}${name}\uE001`);
      expect(sources.filter((s) => whollyEnglish(s.name))).toHaveLength(1);
    }
    expect(result.data['timeline.json'].events[2].sources.at(-1)!.name).toBe(name);
    // Once sourceNames has it: no warning, the Serbian name.
    const sr = JSON.parse(input.translations!.sr!['interface.json']);
    sr.sourceNames[name] = 'Ministarstvo finansija (saopštenje)';
    input.translations!.sr!['interface.json'] = JSON.stringify(sr);
    const named = validateData(input);
    if (!named.ok) throw new Error('valid');
    expect(named.warnings).toEqual([]);
    expect(named.editions['sr-Cyrl']!['timeline.json'].events[2].sources.at(-1)!.name).toBe('Министарство финансија (саопштење)');
  });

  it('a foreign name the Cyrillic edition would print in two scripts', () => {
    const result = afterTranslationChange('timeline.json', (j) => (j.events[0].title = 'Kompanija Zijin Mining kupuje rudnik'));
    expect(printed(result.warnings)[0]).toContain('would print "Zijin Mining" half in Latin, half in Cyrillic in the Cyrillic edition: to keep a foreign name in Latin, write {{latin:Zijin Mining}}');
  });
});

describe('mixed-script names', () => {
  it('finds a kept Latin name next to a transliterated capitalised word', () => {
    expect(mixedScriptNames('Kredit od China Exim banke')).toEqual(['China Exim']);
    expect(mixedScriptNames('Gradi ga Zijin Mining.')).toEqual(['Zijin Mining']);
  });
  it('leaves alone marked names, separate names, codes and sentence starts', () => {
    expect(mixedScriptNames('Gradi ga {{latin:Zijin Mining}}.')).toEqual([]);
    expect(mixedScriptNames('Fabrika Minth, Loznica')).toEqual([]);
    expect(mixedScriptNames('Blok Kostolac B3 i Huawei')).toEqual([]);
    expect(mixedScriptNames('Vakcinu Sinopharm je doneo avion.')).toEqual([]);
  });
});
