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
