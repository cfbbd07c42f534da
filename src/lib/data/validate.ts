/**
 * Validates the data files as a set: each against its schema, then the references between them.
 * Pure: it takes the files' text and never writes anything.
 */
import { financeJsonText } from './aiddata.ts';
import { jsonSchemaFor } from './json-schemas.ts';
import {
  closest,
  describePath,
  issueToProblems,
  locate,
  parseJson,
  type ParsedJson,
  type PathPart,
  type Problem,
} from './problems.ts';
import { DATA_FILES, type DataFileName, type DataFiles } from './schema.ts';

export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

export interface DataInput {
  /** The text of each JSON file found, by file name. */
  files: Record<string, string>;
  /** AidData's raw CSV, when present: the generated finance file must match it. */
  aiddataCsv?: string;
}

export type ValidationResult = { ok: true; data: DataFiles; problems: [] } | { ok: false; problems: Problem[] };

function duplicateIds(file: DataFileName, listKey: string, items: { id: string | number }[]): Problem[] {
  const seen = new Map<string | number, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      problems.push({
        file,
        path: [listKey, i, 'id'],
        message: `the id "${item.id}" is used twice: item [${first}] has it too. Every id must be unique`,
      });
    else seen.set(item.id, i);
  });
  return problems;
}

/** Checks within and between files; each runs on whichever files passed their schema. */
function crossFileProblems(data: Partial<DataFiles>, input: DataInput): Problem[] {
  const problems: Problem[] = [
    ...duplicateIds('projects.json', 'projects', data['projects.json']?.projects ?? []),
    ...duplicateIds('timeline.json', 'events', data['timeline.json']?.events ?? []),
    ...duplicateIds('trade-partners.json', 'series', data['trade-partners.json']?.series ?? []),
    ...duplicateIds('debt.json', 'series', data['debt.json']?.series ?? []),
    ...duplicateIds('story.json', 'sections', data['story.json']?.sections ?? []),
    ...duplicateIds('aiddata-finance.json', 'records', data['aiddata-finance.json']?.records ?? []),
  ];

  const projectIds = data['projects.json']?.projects.map((p) => p.id);
  if (projectIds) data['timeline.json']?.events.forEach((event, i) => {
    (event.projects ?? []).forEach((ref, j) => {
      if (projectIds.includes(ref)) return;
      const guess = closest(ref, projectIds);
      problems.push({
        file: 'timeline.json',
        path: ['events', i, 'projects', j],
        message:
          `refers to a project "${ref}" that is not in projects.json.` +
          (guess ? ` Did you mean "${guess}"?` : ' Check the id in projects.json.'),
      });
    });
  });

  data['trade-partners.json']?.series.forEach((series, i) => {
    const names = series.partners.map((p) => p.partner);
    names.forEach((name, j) => {
      if (names.indexOf(name) !== j)
        problems.push({
          file: 'trade-partners.json',
          path: ['series', i, 'partners', j, 'partner'],
          message: `"${name}" is listed twice in this series`,
        });
    });
  });

  problems.push(...storyReferenceProblems(data));

  if (input.aiddataCsv !== undefined) {
    let expected: string | undefined;
    try {
      expected = financeJsonText(input.aiddataCsv);
    } catch (e) {
      problems.push({ file: 'raw/aiddata-gcdf3-serbia.csv', path: [], message: `cannot be read: ${(e as Error).message}` });
    }
    const actual = data['aiddata-finance.json'];
    if (expected !== undefined && actual !== undefined && JSON.stringify(actual) !== JSON.stringify(JSON.parse(expected)))
      problems.push({
        file: 'aiddata-finance.json',
        path: [],
        message:
          'differs from what data/raw/aiddata-gcdf3-serbia.csv produces. This file is generated: ' +
          'do not edit it by hand; run `npm run import:aiddata -- data/raw/aiddata-gcdf3-serbia.csv`',
      });
  }
  return problems;
}

/** Scroll steps and figures must point at partners, periods, years, sectors and series that exist. */
function storyReferenceProblems(data: Partial<DataFiles>): Problem[] {
  const story = data['story.json'];
  if (!story) return [];
  const problems: Problem[] = [];
  const check = (path: PathPart[], what: string, value: string | number | undefined, allowed: (string | number)[] | undefined) => {
    if (value === undefined || allowed === undefined || allowed.includes(value)) return;
    const guess = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
    problems.push({
      file: 'story.json',
      path,
      message:
        `${what} ${JSON.stringify(value)} is not in the data.` +
        (guess ? ` Did you mean "${guess}"?` : ` Use one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}`),
    });
  };
  const partners = data['trade-partners.json']?.series;
  const years = data['china-trade.json']?.years;
  const records = data['aiddata-finance.json']?.records;
  const debt = data['debt.json']?.series;
  const projectIds = data['projects.json']?.projects.map((p) => p.id);
  story.sections.forEach((section, i) =>
    section.blocks.forEach((block, j) => {
      if (block.type !== 'graphic' && block.type !== 'scrolly') return;
      const states = block.type === 'graphic' ? [block.state ?? {}] : block.steps.map((s) => s.state);
      states.forEach((state, k) => {
        const path: PathPart[] = ['sections', i, 'blocks', j, ...(block.type === 'scrolly' ? ['steps', k] : []), 'state'];
        const s = state as Record<string, string | number | boolean | undefined>;
        if (block.graphic === 'trade-partners') {
          check([...path, 'period'], 'the period', s.period as string, partners && [...new Set(partners.map((p) => p.period))]);
          const inPeriod = partners?.filter((p) => s.period === undefined || p.period === s.period);
          check([...path, 'partner'], 'the partner', s.partner as string, inPeriod && [...new Set(inPeriod.flatMap((p) => p.partners.map((r) => r.partner)))]);
        } else if (block.graphic === 'china-trade') {
          const inCurrency = years?.filter((y) => s.currency === undefined || y.currency === s.currency);
          check([...path, 'year'], 'the year', s.year as number, inCurrency?.map((y) => y.year));
        } else if (block.graphic === 'finance') {
          check([...path, 'sector'], 'the sector', s.sector as string, records && [...new Set(records.map((r) => r.sector))]);
          check([...path, 'year'], 'the year', s.year as number, records && [...new Set(records.flatMap((r) => (r.commitmentYear ? [r.commitmentYear] : [])))]);
        } else if (block.graphic === 'debt') {
          check([...path, 'series'], 'the series', s.series as string, debt?.map((d) => d.id));
        } else if (block.graphic === 'map') {
          ((state as { projects?: string[] }).projects ?? []).forEach((id, n) => check([...path, 'projects', n], 'the project', id, projectIds));
        }
      });
    }),
  );
  return problems;
}

function placeProblems(problems: Problem[], parsed: Partial<Record<string, ParsedJson>>): Problem[] {
  return problems.map((p) => {
    const doc = parsed[p.file];
    if (!doc) return p;
    return { ...p, where: describePath(doc.value, p.path), ...(p.line ? {} : locate(doc, p.path as PathPart[])) };
  });
}

export function validateData(input: DataInput): ValidationResult {
  const problems: Problem[] = [];
  const parsed: Partial<Record<string, ParsedJson>> = {};
  const data: Partial<DataFiles> = {};

  for (const name of Object.keys(input.files)) {
    if (DATA_FILE_NAMES.includes(name as DataFileName)) continue;
    const guess = closest(name, DATA_FILE_NAMES);
    problems.push({
      file: name,
      path: [],
      message:
        'is not a file the story reads' +
        (guess ? `. Did you mean "${guess}"?` : `. The story reads: ${DATA_FILE_NAMES.join(', ')}`) +
        ' Move notes and drafts out of data/.',
    });
  }

  for (const name of DATA_FILE_NAMES) {
    const text = input.files[name];
    if (text === undefined) {
      problems.push({ file: name, path: [], message: 'is missing: the story needs this file' });
      continue;
    }
    const result = parseJson(name, text);
    problems.push(...result.problems);
    if (!result.parsed) continue;
    parsed[name] = result.parsed;
    const check = DATA_FILES[name].safeParse(result.parsed.value);
    if (check.success) (data as Record<string, unknown>)[name] = check.data;
    else {
      const jsonSchema = jsonSchemaFor(name);
      for (const issue of check.error.issues) problems.push(...issueToProblems(name, issue, result.parsed.value, jsonSchema));
    }
  }

  problems.push(...crossFileProblems(data, input));
  if (problems.length === 0) return { ok: true, data: data as DataFiles, problems: [] };
  return { ok: false, problems: placeProblems(dedupe(problems), parsed) };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.path.join('/')}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
