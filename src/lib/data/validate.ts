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
import { GRAPHICS, graphicById } from '../graphics/registry.ts';
import type { Finding } from '../graphics/types.ts';
import { DATA_FILES, type DataFileName, type DataFiles, type StoryBlock } from './schema.ts';

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

  problems.push(...storyReferenceProblems(data), ...graphicDataProblems(data));

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

/** The graphics a block shows: its "graphic", the map for the projects block, the timeline for the timeline block. */
function graphicsOf(block: StoryBlock): string[] {
  if (block.type === 'graphic' || block.type === 'scrolly') return [block.graphic];
  if (block.type === 'projects') return ['map'];
  if (block.type === 'timeline') return ['timeline'];
  return [];
}

/**
 * story.json against the data: each state's references (a period, a year, a project) exist, each graphic the
 * story shows has its words, the facts those words state hold, and the credits name the licensed data.
 */
function storyReferenceProblems(data: Partial<DataFiles>): Problem[] {
  const story = data['story.json'];
  if (!story) return [];
  const problems: Problem[] = [];
  const at = (base: PathPart[]) => (f: Finding): Problem => ({ file: 'story.json', path: [...base, ...f.path], message: f.message });
  const shown = new Set<string>();
  story.sections.forEach((section, i) =>
    section.blocks.forEach((block, j) => {
      graphicsOf(block).forEach((g) => shown.add(g));
      if (block.type !== 'graphic' && block.type !== 'scrolly') return;
      const graphic = graphicById(block.graphic);
      const states = block.type === 'graphic' ? [block.state ?? {}] : block.steps.map((s) => s.state);
      states.forEach((state, k) => {
        const path: PathPart[] = ['sections', i, 'blocks', j, ...(block.type === 'scrolly' ? ['steps', k] : []), 'state'];
        problems.push(...(graphic.checkState?.(state as never, data) ?? []).map(at(path)));
      });
    }),
  );
  for (const graphic of GRAPHICS) {
    const words = story.graphics[graphic.id];
    if (words === undefined) {
      if (shown.has(graphic.id))
        problems.push({
          file: 'story.json',
          path: ['graphics'],
          message: `has no words for the "${graphic.id}" graphic, which the story shows: add "${graphic.id}": { "title": …, … } (see data/README.md)`,
        });
      continue;
    }
    problems.push(...(graphic.checkWords?.(words as never, data) ?? []).map(at(['graphics', graphic.id])));
  }
  const credits = story.credits.items.join(' ');
  const licence = data['aiddata-finance.json']?.dataset.licence;
  for (const [name, where] of [
    [licence, 'aiddata-finance.json › dataset › licence'],
    ['Natural Earth', 'the map’s borders'],
  ] as const)
    if (name && !credits.includes(name))
      problems.push({
        file: 'story.json',
        path: ['credits', 'items'],
        message: `must credit "${name}" (${where}): the data’s licence asks for it`,
      });
  return problems;
}

/** Each graphic's own rules across the data files. */
function graphicDataProblems(data: Partial<DataFiles>): Problem[] {
  return GRAPHICS.flatMap((g) => ('checkData' in g && g.checkData ? g.checkData(data) : []));
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
