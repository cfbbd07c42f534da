/**
 * Validates the data files as a set: each against its schema, then the references between them.
 * Pure: it takes the files' text and never writes anything.
 */
import { z } from 'zod';
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
import { stripEvents } from '../story/strip/strip.ts';
import { CATEGORY_COLOR_NAMES, CATEGORY_SHAPES } from '../graphics/timeline/categories.ts';
import { ENGLISH, TRANSLATION_FOLDERS, editionsOf, type Edition } from '../i18n/editions.ts';
import { markEnglish } from '../i18n/fallback.ts';
import { scriptOf } from '../i18n/scripts.ts';
import { hasGloss, renameSources, sourcesIn } from './source-names.ts';
import { englishTexts, overlay, translationSchema, type Accepted, type OverlayContext, type StaleText } from './translation.ts';
import { walk, type SchemaVisitor } from './walk.ts';
import { atHome, countryAt, type Country } from './countries.ts';
import { nonOriginalSources, readSourceDomains } from './source-domains.ts';
import type { Finding } from '../graphics/types.ts';
import { DATA_FILES, type DataFileName, type DataFiles, type StoryBlock } from './schema.ts';

export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];
/** The files a translation has (AidData's generated file is the dataset's own words: never translated). */
export const TRANSLATED_FILE_NAMES: DataFileName[] = DATA_FILE_NAMES.filter((f) => f !== 'aiddata-finance.json');
export { TRANSLATION_FOLDERS };

export interface DataInput {
  /** The text of each JSON file found, by file name. */
  files: Record<string, string>;
  /** The translations' files, by folder (data/sr/…) and file name. */
  translations?: Partial<Record<string, Record<string, string>>>;
  /** AidData's raw CSV, when present: the generated finance file must match it. */
  aiddataCsv?: string;
  /** What each translation's translator accepted (data/sr/accepted/<file>), by folder and file name. */
  accepted?: Partial<Record<string, Record<string, string>>>;
  /** The countries of Serbia's region (Natural Earth), when known: a project's point elsewhere is a warning. */
  countries?: readonly Country[];
  /** The desk's list of domains that are not original sources (data/checks/non-original-sources.json), when present. */
  sourceDomains?: string;
}

/** The data of each edition: English as written, a translated one merged over it. */
export type EditionData = Partial<Record<Edition['id'], DataFiles>>;

/** One translated file's state: how many texts are translated, missing (shown in English) and stale. */
export interface TranslationReport {
  file: string;
  translated: number;
  missing: { path: PathPart[]; english: string; line?: number }[];
  stale: (StaleText & { line?: number })[];
  /** Every translated text by address, with the English it translates now (for the accept command). */
  texts: Map<string, { english: string; serbian: string }>;
}

export type ValidationResult =
  | { ok: true; data: DataFiles; editions: EditionData; problems: []; warnings: Problem[]; translations?: TranslationReport[] }
  | { ok: false; problems: Problem[]; warnings: Problem[]; translations?: TranslationReport[] };

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
    ...duplicateIds('timeline.json', 'categories', data['timeline.json']?.categories ?? []),
    ...categoryProblems(data),
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

  // A year has one entry per currency: a second one (a year added again below) would be drawn over the first.
  const years = new Map<string, number>();
  data['china-trade.json']?.years.forEach((year, i) => {
    const key = `${year.year} ${year.currency}`;
    const first = years.get(key);
    if (first === undefined) years.set(key, i);
    else
      problems.push({
        file: 'china-trade.json',
        path: ['years', i, 'year'],
        message: `${year.year} in ${year.currency} is entered twice: item [${first}] has it too. Keep one entry per year and currency (put the figures of both in one)`,
      });
  });

  problems.push(...storyReferenceProblems(data), ...eventsBlockProblems(data), ...graphicDataProblems(data));

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
  if (block.type === 'timeline' || block.type === 'events') return ['timeline'];
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
  if (story.updated && story.updated < story.published)
    problems.push({
      file: 'story.json',
      path: ['updated'],
      message: `is ${story.updated}, before published (${story.published}): a story cannot be updated before it is published (write the day of the change, or leave "updated" out)`,
    });
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

/**
 * The timeline's categories: each colour and each shape belongs to one category (they are what tells the categories
 * apart), and every event, and every events strip of the story, names a category that is listed.
 */
function categoryProblems(data: Partial<DataFiles>): Problem[] {
  const timeline = data['timeline.json'];
  if (!timeline) return [];
  const problems: Problem[] = [];
  const ids = timeline.categories.map((c) => c.id);
  for (const field of ['color', 'shape'] as const) {
    const all = field === 'color' ? CATEGORY_COLOR_NAMES : CATEGORY_SHAPES;
    const taken = timeline.categories.map((c) => c[field] as string);
    timeline.categories.forEach((category, i) => {
      const first = taken.indexOf(category[field]);
      if (first === i) return;
      const free = all.filter((v) => !taken.includes(v));
      problems.push({
        file: 'timeline.json',
        path: ['categories', i, field],
        message:
          `the ${field === 'color' ? 'colour' : 'shape'} "${category[field]}" is already taken by the category "${ids[first]}": ` +
          `each category needs its own ${field === 'color' ? 'colour' : 'shape'}, so that readers can tell them apart. ` +
          (free.length ? `Still free: ${free.map((v) => `"${v}"`).join(', ')}.` : `All ${all.length} are taken: a developer can add more in src/lib/graphics/timeline/categories.ts.`),
      });
    });
  }
  const unknown = (ref: string, file: DataFileName, path: PathPart[]) => {
    if (ids.includes(ref)) return;
    const guess = closest(ref, ids);
    problems.push({
      file,
      path,
      message:
        `refers to a category "${ref}" that is not listed in timeline.json › categories.` +
        (guess ? ` Did you mean "${guess}"?` : ` The categories are: ${ids.map((id) => `"${id}"`).join(', ')}; to add one, add it there.`),
    });
  };
  timeline.events.forEach((event, i) => unknown(event.category, 'timeline.json', ['events', i, 'category']));
  data['story.json']?.sections.forEach((section, i) =>
    section.blocks.forEach((block, j) => {
      if (block.type === 'events') (block.categories ?? []).forEach((c, k) => unknown(c, 'story.json', ['sections', i, 'blocks', j, 'categories', k]));
    }),
  );
  return problems;
}

/** Each events strip names events that exist, shows at least one, and links to a timeline on the page. */
function eventsBlockProblems(data: Partial<DataFiles>): Problem[] {
  const story = data['story.json'];
  const events = data['timeline.json']?.events;
  if (!story || !events) return [];
  const ids = events.map((e) => e.id);
  const hasTimeline = story.sections.some((s) => s.blocks.some((b) => b.type === 'timeline'));
  const problems: Problem[] = [];
  story.sections.forEach((section, i) =>
    section.blocks.forEach((block, j) => {
      if (block.type !== 'events') return;
      const path: PathPart[] = ['sections', i, 'blocks', j];
      (block.events ?? []).forEach((ref, k) => {
        if (ids.includes(ref)) return;
        const guess = closest(ref, ids);
        problems.push({
          file: 'story.json',
          path: [...path, 'events', k],
          message: `refers to an event "${ref}" that is not in timeline.json.` + (guess ? ` Did you mean "${guess}"?` : ' Check the id in timeline.json.'),
        });
      });
      if (!stripEvents(block, events).length)
        problems.push({ file: 'story.json', path, message: 'shows no event: no event of timeline.json has its categories between its dates' });
      if (!hasTimeline)
        problems.push({ file: 'story.json', path, message: 'links to the timeline, but the story has none: add a {"type": "timeline"} block' });
    }),
  );
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
  const sourceCheck = sourceDomainProblems(data, input);
  problems.push(...sourceCheck.problems);
  const sourceWarnings = placeProblems(sourceCheck.warnings, parsed);
  if (problems.length) {
    // The translations are checked against the English files that passed, so that one run reports both.
    const translated = TRANSLATION_FOLDERS.flatMap((folder) => {
      const files = input.translations?.[folder];
      return files ? [translate(folder, files, data as DataFiles, input.accepted?.[folder])] : [];
    });
    return {
      ok: false,
      problems: [...placeProblems(dedupe(problems), parsed), ...dedupe(translated.flatMap((t) => t.problems))],
      warnings: [...sourceWarnings, ...translated.flatMap((t) => t.warnings)],
      translations: translated.flatMap((t) => t.reports),
    };
  }
  const english = data as DataFiles;
  const editions: EditionData = { [ENGLISH.id]: english };
  const warnings: Problem[] = [...sourceWarnings];
  const reports: TranslationReport[] = [];
  if (!english['story.json'].site.url)
    warnings.push({
      file: 'story.json',
      path: ['site', 'url'],
      message: `is not set: a local build writes every address relative to its page (crawlers and share cards need absolute ones: canonical, og:image; no sitemap.xml), and the embed code takes the address where the page is served. Set it to the story's published address before publishing`,
    });
  if (input.countries) warnings.push(...placeProblems(pointsAbroad(english, input.countries), parsed));
  for (const folder of TRANSLATION_FOLDERS) {
    const files = input.translations?.[folder];
    if (!files) continue;
    const result = translate(folder, files, english, input.accepted?.[folder]);
    problems.push(...result.problems);
    // Its warnings about the English files (sources without a name in the edition's language) by their English line.
    warnings.push(...placeProblems(result.warnings, parsed));
    reports.push(...result.reports);
    for (const edition of editionsOf(folder)) editions[edition.id] = result.edition(edition);
  }
  if (problems.length) return { ok: false, problems: dedupe(problems), warnings, translations: reports };
  return { ok: true, data: english, editions, problems: [], warnings, translations: reports };
}

/** Source addresses on the domains the desk lists as not original (none checked when the list is absent). */
function sourceDomainProblems(data: Partial<DataFiles>, input: DataInput): { problems: Problem[]; warnings: Problem[] } {
  if (input.sourceDomains === undefined) return { problems: [], warnings: [] };
  const { list, problems } = readSourceDomains(input.sourceDomains);
  if (!list) return { problems, warnings: [] };
  const files = Object.fromEntries(Object.entries(data).filter(([name]) => name !== 'aiddata-finance.json'));
  const found = nonOriginalSources(files, list);
  return { problems: [...problems, ...found.problems], warnings: found.warnings };
}

/** Each project's point that falls outside Serbia and Kosovo (a typo, nearly always), with the country it is in. */
function pointsAbroad(data: DataFiles, countries: readonly Country[]): Problem[] {
  const warnings: Problem[] = [];
  data['projects.json'].projects.forEach((project, i) => {
    const location = project.location;
    if (!location) return;
    const points: { pair: [number, number]; path: PathPart[] }[] =
      location.type === 'Point'
        ? [{ pair: location.coordinates, path: [] }]
        : location.type === 'MultiLineString'
          ? location.coordinates.flatMap((line, j) => line.map((pair, k) => ({ pair, path: [j, k] })))
          : location.coordinates.map((pair, j) => ({ pair, path: [j] }));
    for (const { pair, path } of points) {
      if (atHome(countries, pair)) continue;
      const country = countryAt(countries, pair);
      warnings.push({
        file: 'projects.json',
        path: ['projects', i, 'location', 'coordinates', ...path],
        message:
          `[${pair.join(', ')}] is ${country ? `in ${country}` : 'in no country (the sea?)'}, not in Serbia or Kosovo: ` +
          'check the pair (a typo?) against the source; the map is cut to Serbia and its neighbours and may clip it',
      });
    }
  });
  return warnings;
}

/**
 * A translation folder (data/sr/) over the English data: each file checked against its translation schema,
 * its ids and figures against the English; then, for each of its editions, the English data with every text
 * in that edition's language and script.
 */
function translate(folder: string, files: Record<string, string>, english: DataFiles, acceptedFiles: Record<string, string> = {}) {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const accepted: Partial<Record<string, Accepted>> = {};
  for (const [name, text] of Object.entries(acceptedFiles)) {
    const result = parseJson(`${folder}/accepted/${name}`, text);
    problems.push(...result.problems);
    if (result.parsed) accepted[name] = result.parsed.value as Accepted;
  }
  const reports: TranslationReport[] = [];
  const parsed: Partial<Record<string, ParsedJson>> = {};
  const [first, ...others] = editionsOf(folder);
  const language = { language: first.language, locale: first.lang, transliterated: [first, ...others].some((e) => e.script === 'cyrillic') };
  const values: Partial<Record<DataFileName, unknown>> = {};
  for (const name of Object.keys(files)) {
    if (TRANSLATED_FILE_NAMES.includes(name as DataFileName)) continue;
    const guess = closest(name, TRANSLATED_FILE_NAMES);
    problems.push({
      file: `${folder}/${name}`,
      path: [],
      message: 'is not a file a translation has' + (guess ? `. Did you mean "${guess}"?` : `. A translation has: ${TRANSLATED_FILE_NAMES.join(', ')}`),
    });
  }
  for (const name of TRANSLATED_FILE_NAMES) {
    const file = `${folder}/${name}`;
    const text = files[name];
    if (text === undefined) {
      warnings.push({ file, path: [], message: `is missing: the ${folder} editions show ${name} in English, marked as English` });
      continue;
    }
    const result = parseJson(file, text);
    problems.push(...result.problems.map((p) => ({ ...p, file })));
    if (!result.parsed) continue;
    parsed[file] = result.parsed;
    const schema = translationSchema(DATA_FILES[name])!;
    const check = schema.safeParse(result.parsed.value);
    if (!check.success) {
      const jsonSchema = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
      for (const issue of check.error.issues) {
        const [problem] = issueToProblems(file, issue, result.parsed.value, jsonSchema);
        // A field the translation must not have because it is the same in every language.
        const key = issue.code === 'unrecognized_keys' ? problem?.path.at(-1) : undefined;
        const neutralHere = typeof key === 'string' && hasEnglishField(DATA_FILES[name], problem.path);
        for (const p of issueToProblems(file, issue, result.parsed.value, jsonSchema))
          problems.push(
            neutralHere && p.path.at(-1) === key
              ? { ...p, message: `"${key}" is the same in every language: write it only in data/${name}, not in the translation` }
              : p,
          );
      }
      continue;
    }
    values[name] = result.parsed.value;
  }
  if (values['interface.json'] !== undefined)
    warnings.push(...unnamedSources(folder, language.language, english, (values['interface.json'] as { sourceNames?: object }).sourceNames ?? {}));
  const run = (script: (s: string) => string, report: boolean): DataFiles => {
    const out: Record<string, unknown> = { ...english };
    for (const name of TRANSLATED_FILE_NAMES) {
      const file = `${folder}/${name}`;
      const report_: TranslationReport = { file, translated: 0, missing: [], stale: [], texts: new Map() };
      const seen = new Map<string, { english: string; serbian: string; path: PathPart[] }>();
      const ctx: OverlayContext = { file, englishFile: name, ...language, script, problems, warnings, report, accepted: accepted[name], seen, stale: report_.stale, missing: report_.missing };
      if (files[name] === undefined) {
        out[name] = overlay(DATA_FILES[name], english[name], undefined, [], { ...ctx, report: false });
        if (report) reports.push({ ...report_, missing: englishTexts(out[name]).map((english) => ({ path: [], english })) });
        continue;
      }
      if (values[name] === undefined) continue;
      out[name] = overlay(DATA_FILES[name], english[name], values[name], [], ctx);
      if (report) {
        for (const [address, text] of seen) report_.texts.set(address, text);
        const doc = parsed[file];
        const lineOf = (path: PathPart[]) => (doc ? locate(doc, path)?.line : undefined);
        for (const m of report_.missing) m.line = lineOf(m.path);
        for (const s of report_.stale) s.line = lineOf(s.path);
        reports.push({ ...report_, translated: seen.size });
      }
    }
    return out as DataFiles;
  };
  // The first pass reports; the editions are made once they are asked for.
  run(scriptOf('latin'), true);
  const placed = placeProblems(problems, parsed);
  const placedWarnings = placeProblems(warnings, parsed);
  return {
    problems: placed,
    warnings: placedWarnings,
    reports,
    edition: (edition: Edition): DataFiles => {
      const script = scriptOf(edition.script ?? 'latin');
      const data = run(script, false);
      // Sources by the edition's own names (interface.json › sourceNames), in its script.
      const names = data['interface.json'].sourceNames ?? {};
      for (const file of Object.keys(data) as (keyof DataFiles)[])
        if (file !== 'interface.json') (data as Record<string, unknown>)[file] = renameSources(data[file], names, script);
      // AidData's rows and citation keep the dataset's own English words (titles, statuses), read as English.
      const finance = data['aiddata-finance.json'];
      data['aiddata-finance.json'] = {
        ...finance,
        records: finance.records.map((r) => ({ ...r, title: markEnglish(r.title), status: markEnglish(r.status) })),
        dataset: { ...finance.dataset, citation: markEnglish(finance.dataset.citation), licence: markEnglish(finance.dataset.licence) },
      };
      // Each edition writes numbers and dates in its own locale.
      data['interface.json'] = { ...data['interface.json'], format: { ...data['interface.json'].format, locale: edition.lang } };
      return data;
    },
  };
}

/**
 * Each source whose name as published has an English gloss in brackets ("Ministry of Finance (press release)") and no
 * name in the translation's interface.json › sourceNames: its editions show it in English, marked as English.
 */
function unnamedSources(folder: string, language: string, english: DataFiles, names: object): Problem[] {
  const warnings: Problem[] = [];
  for (const file of Object.keys(english) as DataFileName[]) {
    if (file === 'interface.json') continue;
    for (const source of sourcesIn(english[file]))
      if (hasGloss(source.name) && !Object.hasOwn(names, source.name))
        warnings.push({
          file,
          path: source.path,
          message:
            `"${source.name}" has no name in ${folder}/interface.json › sourceNames: the ${folder} editions show it in English. ` +
            `Add this entry to sourceNames and write its value in ${language} (the outlet's own name as it is; {{latin:…}} around a name kept in Latin): ` +
            `${JSON.stringify(source.name)}: ${JSON.stringify(source.name)}`,
        });
  }
  return warnings;
}

/** Whether the English schema has a field at this path (an object key the translation schema leaves out). */
function hasEnglishField(schema: z.ZodType, path: PathPart[]): boolean {
  let nodes: z.ZodType[] = [schema];
  for (const part of path) nodes = nodes.flatMap((n) => walk(n, fieldAt, part));
  return nodes.length > 0;
}

/** The schemas one step down a path: an object's field, a list's item, a record's value, in any option of a union. */
const fieldAt: SchemaVisitor<z.ZodType[], [PathPart]> = {
  union: ({ options }, part) => options.flatMap((o) => walk(o, fieldAt, part)),
  array: ({ element }, part) => (typeof part === 'number' ? [element] : []),
  object: ({ shape }, part) => (typeof part === 'string' && shape[part] ? [shape[part]] : []),
  record: ({ value }, part) => (typeof part === 'string' ? [value] : []),
  other: () => [],
};

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.path.join('/')}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
