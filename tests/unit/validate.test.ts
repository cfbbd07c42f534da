import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { validateData, type DataInput } from '../../src/lib/data/validate.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'data-valid');

type Json = Record<string, any>;

function input(): DataInput {
  return readDataDir(FIXTURE);
}

/** Validates the fixture set after one change to one file; returns the problems as printed. */
function problemsAfter(file: string, change: (json: Json) => void): string[] {
  const data = input();
  const json = JSON.parse(data.files[file]);
  change(json);
  data.files[file] = JSON.stringify(json, null, 2);
  return report(data);
}

function report(data: DataInput): string[] {
  const result = validateData(data);
  return result.problems.map((p) => formatProblem(p));
}

describe('the valid fixture', () => {
  it('passes', () => {
    expect(validateData(input()).ok).toBe(true);
  });
});

describe('data problems are named with file, place and what is expected', () => {
  it('malformed JSON, with line and column', () => {
    const data = input();
    data.files['projects.json'] = data.files['projects.json'].replace('"sector": "transport",', '"sector": "transport"');
    const [problem] = report(data);
    expect(problem).toMatch(/^projects\.json \(line 7, column \d+\)/);
    expect(problem).toContain('is not valid JSON: a comma is missing');
  });

  it('a trailing comma', () => {
    const data = input();
    data.files['debt.json'] = data.files['debt.json'].replace('"sourced",', '"sourced",,');
    expect(report(data)[0]).toMatch(/^debt\.json \(line \d+, column \d+\)\n.*not valid JSON/);
  });

  it('a missing required field', () => {
    const [problem] = problemsAfter('projects.json', (j) => delete j.projects[1].status);
    expect(problem).toContain('projects.json › projects › [1] “expressway” › status');
    expect(problem).toContain('the field "status" is missing');
  });

  it('a wrong type', () => {
    const [problem] = problemsAfter('trade-partners.json', (j) => (j.series[0].partners[0].value = '3615.8'));
    expect(problem).toContain('trade-partners.json › series › [0] “exports-2023-jan-oct” › partners › [0] › value');
    expect(problem).toContain('should be a number (without quotes), or null when there is none, not text ("3615.8")');
  });

  it('empty text', () => {
    const [problem] = problemsAfter('timeline.json', (j) => (j.events[0].title = '   '));
    expect(problem).toContain('timeline.json › events › [0] “2009-strategic-partnership” › title');
    expect(problem).toContain('is empty');
  });

  it('a misspelt field name, with a suggestion', () => {
    const problems = problemsAfter('projects.json', (j) => {
      j.projects[0].secotr = j.projects[0].sector;
      delete j.projects[0].sector;
    }).join('\n');
    expect(problems).toContain('projects › [0] “pupin-bridge” › secotr');
    expect(problems).toContain('unknown field "secotr": no field of that name is allowed here. Did you mean "sector"?');
  });

  it('an unknown sector, listing the allowed ones', () => {
    const [problem] = problemsAfter('projects.json', (j) => (j.projects[0].sector = 'roads'));
    expect(problem).toContain('projects › [0] “pupin-bridge” › sector');
    expect(problem).toContain('text ("roads") is not allowed here; use one of: "transport", "energy", "mining"');
  });

  it('an unknown category, with a suggestion', () => {
    const [problem] = problemsAfter('timeline.json', (j) => (j.events[1].category = 'infrastucture'));
    expect(problem).toContain('timeline.json › events › [1] “2024-expressway-launch” › category');
    expect(problem).toContain('Did you mean "infrastructure"?');
  });

  it('a category added with a colour or a shape another has, naming both and what is still free', () => {
    const problems = problemsAfter('timeline.json', (j) => j.categories.push({ id: 'sport', name: 'Sport', color: 'pink', shape: 'circle' }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('timeline.json › categories › [8] “sport” › color');
    expect(problems[0]).toContain('the colour "pink" is already taken by the category "diplomacy"');
    expect(problems[0]).toMatch(/Still free: "ink", "slate"\.$/);
    expect(problems[1]).toContain('timeline.json › categories › [8] “sport” › shape');
    expect(problems[1]).toContain('the shape "circle" is already taken by the category "diplomacy"');
  });

  it('a category added with a colour and a shape of its own passes, and its events with it', () => {
    const data = input();
    const json = JSON.parse(data.files['timeline.json']);
    json.categories.push({ id: 'sport', name: 'Sport', color: 'ink', shape: 'bar' });
    json.events[0].category = 'sport';
    data.files['timeline.json'] = JSON.stringify(json, null, 2);
    expect(report(data)).toEqual([]);
  });

  it('a colour outside the palette, listing the palette', () => {
    const [problem] = problemsAfter('timeline.json', (j) => (j.categories[0].color = '#ff0000'));
    expect(problem).toContain('timeline.json › categories › [0] “diplomacy” › color');
    expect(problem).toContain('"blue"');
  });

  it('an impossible date', () => {
    const [problem] = problemsAfter('timeline.json', (j) => (j.events[0].date = '2023-02-30'));
    expect(problem).toContain('events › [0] “2009-strategic-partnership” › date');
    expect(problem).toContain('"2023-02-30" does not exist: February 2023 has 28 days');
  });

  it('a date in the wrong format', () => {
    const [problem] = problemsAfter('projects.json', (j) => (j.projects[0].dates[0].date = '18.12.2014'));
    expect(problem).toContain('projects › [0] “pupin-bridge” › dates › [0] › date');
    expect(problem).toContain('write "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
  });

  it('coordinates that are not numbers', () => {
    const [problem] = problemsAfter('projects.json', (j) => (j.projects[0].location.coordinates = [20.38, '44.86']));
    expect(problem).toContain('projects › [0] “pupin-bridge” › location › coordinates › [1]');
    expect(problem).toContain('should be a number');
  });

  it('swapped [lat, lon] coordinates', () => {
    const [problem] = problemsAfter('projects.json', (j) => (j.projects[0].location.coordinates = [44.8645, 20.3811]));
    expect(problem).toContain('projects › [0] “pupin-bridge” › location › coordinates');
    expect(problem).toContain('looks like [latitude, longitude]: write [longitude, latitude], i.e. [20.3811, 44.8645]');
  });

  it('coordinates outside the region, inside a line', () => {
    const [problem] = problemsAfter('projects.json', (j) => (j.projects[1].location.coordinates[2] = [2.35, 48.85]));
    expect(problem).toContain('projects › [1] “expressway” › location › coordinates › [2]');
    expect(problem).toContain("is outside Serbia's wider region");
  });

  it('duplicate ids', () => {
    const [problem] = problemsAfter('projects.json', (j) => (j.projects[1].id = 'pupin-bridge'));
    expect(problem).toContain('projects.json › projects › [1] “pupin-bridge” › id');
    expect(problem).toContain('the id "pupin-bridge" is used twice: item [0] has it too');
  });

  it('a year of trade entered twice in one currency (a new year pasted below an existing one)', () => {
    const problems = problemsAfter('china-trade.json', (j) => j.years.push({ ...j.years[0], exports: null }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^china-trade\.json › years › \[\d+\] › year/);
    expect(problems[0]).toContain(`is entered twice: item [0] has it too. Keep one entry per year and currency`);
    // The same year in the other currency is another entry.
    expect(problemsAfter('china-trade.json', (j) => j.years.push({ ...j.years[0], currency: j.years[0].currency === 'USD' ? 'EUR' : 'USD' }))).toEqual([]);
  });

  it('a timeline event referring to a project that does not exist', () => {
    const [problem] = problemsAfter('timeline.json', (j) => (j.events[1].projects = ['expresway']));
    expect(problem).toContain('timeline.json › events › [1] “2024-expressway-launch” › projects › [0]');
    expect(problem).toContain('refers to a project "expresway" that is not in projects.json. Did you mean "expressway"?');
  });

  it('negative money', () => {
    const [problem] = problemsAfter('projects.json', (j) => (j.projects[0].value.amount = -170));
    expect(problem).toContain('projects › [0] “pupin-bridge” › value › amount');
    expect(problem).toContain('cannot be negative');
  });

  it('money without a currency', () => {
    const [problem] = problemsAfter('projects.json', (j) => delete j.projects[0].value.currency);
    expect(problem).toContain('projects › [0] “pupin-bridge” › value › currency');
    expect(problem).toContain('the field "currency" is missing');
  });

  it('a missing figure written as null needs a note, never a silent gap', () => {
    const [problem] = problemsAfter('trade-partners.json', (j) => (j.series[0].partners[1].value = null));
    expect(problem).toContain('partners › [1] › note');
    expect(problem).toContain('explain why the value is missing');
  });

  it('a scroll step pointing at a partner that is not in the data', () => {
    const [problem] = problemsAfter('story.json', (j) => (j.sections[0].blocks[1].steps[1].state.partner = 'Chna'));
    expect(problem).toContain('story.json › sections › [0] “one” › blocks › [1] › steps › [1] › state › partner');
    expect(problem).toContain('the partner "Chna" is not in the data. Did you mean "China"?');
  });

  it('a map step pointing at a project that is not in projects.json', () => {
    const [problem] = problemsAfter('story.json', (j) =>
      j.sections[0].blocks.push({ type: 'scrolly', graphic: 'map', steps: [{ text: 'The bridge.', alt: 'The map zooms to the bridge.', state: { projects: ['pupin-brige'] } }] }),
    );
    expect(problem).toContain('story.json › sections › [0] “one” › blocks › [4] › steps › [0] › state › projects › [0]');
    expect(problem).toContain('the project "pupin-brige" is not in the data. Did you mean "pupin-bridge"?');
  });

  it('a block of an unknown kind', () => {
    const [problem] = problemsAfter('story.json', (j) => (j.sections[0].blocks[0].type = 'chart'));
    expect(problem).toContain('story.json › sections › [0] “one” › blocks › [0] › type');
    expect(problem).toContain('use one of: "text", "graphic", "scrolly", "timeline", "projects"');
  });

  it('a link that is not a web address', () => {
    const [problem] = problemsAfter('story.json', (j) => (j.sections[0].blocks[0].text = 'See [this](javascript:alert(1)).'));
    expect(problem).toContain('story.json › sections › [0] “one” › blocks › [0] › text');
    expect(problem).toContain('must start with https://');
  });

  it('HTML typed into a text field', () => {
    const [problem] = problemsAfter('story.json', (j) => (j.standfirst = 'Hello <script>alert(1)</script>'));
    expect(problem).toContain('story.json › standfirst');
    expect(problem).toContain('contains HTML tags');
  });

  it('a hand-edited generated file', () => {
    const [problem] = problemsAfter('aiddata-finance.json', (j) => (j.records[0].title = 'Edited by hand'));
    expect(problem).toContain('aiddata-finance.json');
    expect(problem).toContain('run `npm run import:aiddata');
  });

  it('a missing file, and a stray or misnamed file', () => {
    const data = input();
    data.files['projets.json'] = data.files['projects.json'];
    delete data.files['projects.json'];
    const problems = report(data).join('\n');
    expect(problems).toContain('projets.json\n    is not a file the story reads. Did you mean "projects.json"?');
    expect(problems).toContain('projects.json\n    is missing');
  });

  it('a field that may be null, left out: the message says to write null when there is none', () => {
    const [problem] = problemsAfter('projects.json', (j) => delete j.projects[0].controversy);
    expect(problem).toContain('projects.json › projects › [0] “pupin-bridge” › controversy');
    expect(problem).toContain('the field "controversy" is missing: it needs text in "double quotes", or null when there is none');
  });

  it('a graphic the story shows, without its words', () => {
    const [problem] = problemsAfter('story.json', (j) => delete j.graphics['trade-partners']);
    expect(problem).toContain('story.json › graphics');
    expect(problem).toContain('has no words for the "trade-partners" graphic, which the story shows');
  });

  it('a template with a placeholder the page cannot fill', () => {
    const [problem] = problemsAfter('interface.json', (j) => (j.page.byline = 'By {author}'));
    expect(problem).toContain('interface.json › page › byline');
    expect(problem).toContain('uses {author}, which is not filled in here: use only {byline}');
  });

  it('an interface word left out', () => {
    const [problem] = problemsAfter('interface.json', (j) => delete j.chart.downloadCsv);
    expect(problem).toContain('interface.json › chart › downloadCsv');
    expect(problem).toContain('the field "downloadCsv" is missing');
  });

  it('a title whose claim the data no longer bear out, naming the mismatch', () => {
    const [problem] = problemsAfter('story.json', (j) => (j.graphics['trade-partners'].claims = [{ partner: 'China', rank: 1, period: 'January–October 2023' }]));
    expect(problem).toContain('story.json › graphics › trade-partners › claims › [0]');
    expect(problem).toContain('the title says China ranks 1 in January–October 2023, but in trade-partners.json it ranks 2 (Germany, China)');
  });

  it('credits that drop a licence the data requires', () => {
    const [problem] = problemsAfter('story.json', (j) => (j.credits.items = ['Our own sources.']));
    expect(problem).toContain('story.json › credits › items');
    expect(problem).toContain('must credit "Open Data Commons Attribution License (ODC-By) 1.0"');
  });

  it('reports every problem at once, across files', () => {
    const data = input();
    const projects = JSON.parse(data.files['projects.json']);
    projects.projects[0].sector = 'roads';
    projects.projects[1].value = { amount: -1, magnitude: 'million', currency: 'EUR' };
    data.files['projects.json'] = JSON.stringify(projects);
    const timeline = JSON.parse(data.files['timeline.json']);
    timeline.events[0].date = '2023-13';
    data.files['timeline.json'] = JSON.stringify(timeline);
    const problems = report(data);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('has no month 13');
  });
});
