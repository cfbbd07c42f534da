/**
 * Data for the tests. Tests that pin exact values (counts, ids, sentences) read the frozen copy in
 * tests/fixtures/story/; tests of the real data/ (or STORY_DATA_DIR, to run the whole suite on an edited copy)
 * assert relations only, so a journalist's valid edit never turns them red.
 */
import { join } from 'node:path';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { formatReport, validateDataDir } from '../../src/build/data-dir.ts';
import type { DataFiles } from '../../src/lib/data/schema.ts';
import type { EditionData } from '../../src/lib/data/validate.ts';
import { createI18n, i18nContext, type I18n } from '../../src/lib/i18n/context.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/publishing/site.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'story');
export const SMALL_FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'data-valid');
/** The data the site is built from: data/, or the folder STORY_DATA_DIR names. */
export const DATA_DIR = process.env.STORY_DATA_DIR ?? join(ROOT, 'data');

const cache = new Map<string, DataFiles>();
const editionCache = new Map<string, EditionData>();

/** Every file of a data folder, validated (a test on invalid data fails with the journalist's report). */
export function loadData(dir: string): DataFiles {
  if (!cache.has(dir)) {
    const result = validateDataDir(dir);
    if (!result.ok) throw new Error(formatReport(result.problems, dir));
    cache.set(dir, result.data);
  }
  return structuredClone(cache.get(dir)!);
}

/** Every edition of a data folder (English, and the translated ones when it has data/sr/). */
export function editionsOf(dir: string): EditionData {
  if (!editionCache.has(dir)) {
    const result = validateDataDir(dir);
    if (!result.ok) throw new Error(formatReport(result.problems, dir));
    editionCache.set(dir, result.editions);
  }
  return structuredClone(editionCache.get(dir)!);
}

export const fixture = () => loadData(FIXTURE_DIR);
export const realData = () => loadData(DATA_DIR);

export function i18nOf(data: DataFiles, lang = 'en'): I18n {
  return createI18n(lang, data['interface.json'], '', DEFAULT_SITE_URL);
}

/** A component's server render in the data's language. */
export function renderWith<P extends Record<string, unknown>>(component: Component<P>, props: P, data: DataFiles, context?: Map<unknown, unknown>): string {
  return render(component, { props, context: new Map([...i18nContext(i18nOf(data)), ...(context ?? [])]) }).body;
}
