/**
 * Stale translations: each translated text remembers the English it was made from (data/sr/accepted/, written by
 * `npm run translations -- --accept`); when that English changes, the check warns and shows it before and after.
 * And every check ends with a summary per translated file. Exact values on the frozen fixture.
 */
import { describe, expect, it } from 'vitest';
import { formatTranslationSummary, readDataDir } from '../../src/build/data-dir.ts';
import { acceptedFileText } from '../../src/lib/data/accepted.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { fingerprint } from '../../src/lib/data/translation.ts';
import { validateData, type DataInput } from '../../src/lib/data/validate.ts';
import { FIXTURE_DIR } from '../helpers/data.ts';

const printed = (problems: { file: string }[]) => problems.map((p) => formatProblem(p as never));

/** The fixture with every translation accepted as it is now. */
function acceptedFixture(): DataInput {
  const input = readDataDir(FIXTURE_DIR);
  const result = validateData(input);
  const accepted: Record<string, string> = {};
  for (const report of result.translations!) accepted[report.file.split('/')[1]] = acceptedFileText(report.texts);
  return { ...input, accepted: { sr: accepted } };
}

describe('a translation whose English changed', { timeout: 30_000 }, () => {
  it('nothing is stale right after accepting', () => {
    const result = validateData(acceptedFixture());
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.translations!.every((r) => r.stale.length === 0)).toBe(true);
  });

  it('a reworded English text: a warning with the English before and after, and the accept command', () => {
    const input = acceptedFixture();
    const timeline = JSON.parse(input.files['timeline.json']);
    const before = timeline.events[0].title;
    timeline.events[0].title = `${before}, reworded`;
    input.files['timeline.json'] = JSON.stringify(timeline, null, 2);
    const result = validateData(input);
    expect(result.ok).toBe(true);
    expect(printed(result.warnings)).toEqual([expect.stringContaining('sr/timeline.json › events › [0] “1955-01-02-diplomatic-relations” › title (line')]);
    const warning = result.warnings[0].message;
    expect(warning).toContain('may be stale: its English in timeline.json changed since this translation was accepted');
    expect(warning).toContain(`English then: ${JSON.stringify(before)}`);
    expect(warning).toContain(`English now:  ${JSON.stringify(`${before}, reworded`)}`);
    expect(warning).toContain('npm run translations -- --accept sr/timeline.json');
    const report = result.translations!.find((r) => r.file === 'sr/timeline.json')!;
    expect(report.stale).toHaveLength(1);
    expect(report.stale[0]).toMatchObject({ before, after: `${before}, reworded` });
    expect(report.stale[0].line).toBeGreaterThan(1);
  });

  it('an item added before it in English does not make it stale: texts are found by id and key', () => {
    const input = acceptedFixture();
    const trade = JSON.parse(input.files['china-trade.json']);
    trade.years.unshift({ ...trade.years[0], year: 2009, note: 'An earlier year.' });
    input.files['china-trade.json'] = JSON.stringify(trade, null, 2);
    const result = validateData(input);
    expect(result.translations!.find((r) => r.file === 'sr/china-trade.json')!.stale).toEqual([]);
  });

  it('accepting again clears it', () => {
    const input = acceptedFixture();
    const timeline = JSON.parse(input.files['timeline.json']);
    timeline.events[0].title += ', reworded';
    input.files['timeline.json'] = JSON.stringify(timeline, null, 2);
    const report = validateData(input).translations!.find((r) => r.file === 'sr/timeline.json')!;
    input.accepted!.sr!['timeline.json'] = acceptedFileText(report.texts);
    expect(validateData(input).warnings).toEqual([]);
  });

  it('the fingerprint is short and changes with any change of the English', () => {
    expect(fingerprint('Pupin Bridge opens')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('Pupin Bridge opens')).not.toBe(fingerprint('Pupin bridge opens'));
  });
});

describe('the summary per translated file', { timeout: 30_000 }, () => {
  it('counts translated, missing and stale texts', () => {
    const input = acceptedFixture();
    const timeline = JSON.parse(input.files['timeline.json']);
    timeline.events[0].title += ', reworded';
    timeline.events.push({ ...timeline.events[1], id: '2026-11-30-new-event', date: '2026-11-30', title: 'A new event', text: 'New text.' });
    input.files['timeline.json'] = JSON.stringify(timeline, null, 2);
    const result = validateData(input);
    const before = validateData(readDataDir(FIXTURE_DIR)).translations!.find((r) => r.file === 'sr/timeline.json')!;
    const report = result.translations!.find((r) => r.file === 'sr/timeline.json')!;
    expect(report.translated).toBe(before.translated);
    expect(report.missing.map((m) => m.english)).toEqual(expect.arrayContaining(['A new event', 'New text.']));
    expect(report.stale).toHaveLength(1);
    const summary = formatTranslationSummary(result.translations!);
    expect(summary).toMatch(new RegExp(`sr/timeline\\.json\\s+${before.translated} translated\\s+${report.missing.length} missing\\s+1 stale`));
  });
});

describe('the translators’ page of the dev server', { timeout: 30_000 }, () => {
  it('lists each stale and missing text with file and line, the English, the Serbian and its Cyrillic side by side', async () => {
    const { translationPageHtml } = await import('../../src/build/translation-page.ts');
    const input = acceptedFixture();
    const timeline = JSON.parse(input.files['timeline.json']);
    const before = timeline.events[0].title;
    timeline.events[0].title = `${before}, reworded`;
    timeline.events.push({ ...timeline.events[1], id: '2026-11-30-new-event', date: '2026-11-30', title: 'A new event <b>', text: 'New text.' });
    input.files['timeline.json'] = JSON.stringify(timeline, null, 2);
    const result = validateData(input);
    const stale = result.translations!.find((r) => r.file === 'sr/timeline.json')!.stale[0];
    const html = translationPageHtml(result.translations!);
    const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: Window } };
    const doc = new JSDOM(html).window.document;
    const staleRow = doc.querySelector('tr.stale')!;
    const cells = [...staleRow.querySelectorAll('td')];
    expect(cells[1].textContent).toContain(`data/sr/timeline.json:${stale.line}`);
    expect(cells[2].getAttribute('lang')).toBe('en');
    expect(cells[2].querySelector('del')!.textContent).toBe(before);
    expect(cells[2].querySelector('ins')!.textContent).toBe(`${before}, reworded`);
    expect(cells[3].getAttribute('lang')).toBe('sr-Latn');
    expect(cells[3].textContent).toBe(stale.serbian.replace(/\{\{latin:([^}]*)\}\}/g, '$1'));
    expect(cells[4].getAttribute('lang')).toBe('sr-Cyrl');
    expect(cells[4].textContent).toMatch(/[а-яђјљњћџ]/i);
    const missing = [...doc.querySelectorAll('tr.missing')].map((tr) => tr.querySelectorAll('td')[2].textContent);
    expect(missing).toEqual(expect.arrayContaining(['A new event <b>', 'New text.']));
    expect(doc.querySelectorAll('tr.missing b')).toHaveLength(0);
  });
});
