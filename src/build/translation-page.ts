/**
 * The dev server's translation page (/translations): every missing and stale text of every translated file, with
 * the English and the translation as each of its editions shows it (Serbian in Latin and in Cyrillic) side by side,
 * each with its file and line, for a translator to work
 * through. Pure: it takes the check's reports and returns the page.
 */
import { describePath } from '../lib/data/problems.ts';
import type { TranslationReport } from '../lib/data/validate.ts';
import { EDITIONS, TRANSLATION_FOLDERS, editionsOf } from '../lib/i18n/editions.ts';
import { scriptOf } from '../lib/i18n/scripts.ts';

export const TRANSLATION_PAGE = '/translations';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const where = (file: string, line: number | undefined, path: (string | number)[]) =>
  `<code>data/${escape(file)}${line ? `:${line}` : ''}</code><br><small>${escape(describePath(undefined, path) || 'the whole file')}</small>`;

/** A column per edition of a translation, as many as the language with the most editions has. */
const columns = Math.max(...TRANSLATION_FOLDERS.map((f) => editionsOf(f).length));
const heading = (i: number) =>
  [...new Set(TRANSLATION_FOLDERS.map((f) => editionsOf(f)[i]).filter((e) => e).map((e) => `${e.language} (${e.script === 'cyrillic' ? 'Cyrillic, made from it' : 'Latin'})`))].join(', ');

export function translationPageHtml(reports: TranslationReport[]): string {
  const rows: string[] = [];
  for (const r of reports) {
    const editions = editionsOf(r.file.split('/')[0]);
    const blank = '<td></td>'.repeat(columns - editions.length);
    for (const s of r.stale)
      rows.push(
        `<tr class="stale"><td>stale</td><td>${where(r.file, s.line, s.path)}</td>` +
          `<td lang="${EDITIONS[0].lang}"><del>${escape(s.before)}</del><br><ins>${escape(s.after)}</ins></td>` +
          editions.map((e) => `<td lang="${e.lang}">${escape(scriptOf(e.script ?? 'latin')(s.serbian))}</td>`).join('') +
          `${blank}</tr>`,
      );
    for (const m of r.missing)
      rows.push(
        `<tr class="missing"><td>missing</td><td>${where(r.file, m.line, m.path)}</td>` +
          `<td lang="${EDITIONS[0].lang}">${escape(m.english)}</td><td><i>not translated</i></td>${'<td></td>'.repeat(columns - 1)}</tr>`,
      );
  }
  const summary = reports
    .map((r) => `<li><code>data/${escape(r.file)}</code>: ${r.translated} translated, ${r.missing.length} missing, ${r.stale.length} stale</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Translations: what is missing and stale</title>
<style>
  :root { color-scheme: light dark; font: 15px/1.45 system-ui, sans-serif; }
  body { margin: 1.5rem; max-width: 90rem; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; min-width: 48rem; }
  th, td { border-bottom: 1px solid color-mix(in srgb, currentColor 25%, transparent); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
  del { text-decoration: line-through; opacity: 0.75; }
  ins { text-decoration: none; font-weight: 600; }
  small { opacity: 0.8; }
</style>
</head>
<body>
<h1>Translations: what is missing and stale</h1>
<p>A missing text shows in English, marked as English. A stale one was translated from an English text that has
changed since (struck out: then; bold: now): update the translation, then run
<code>npm run translations -- --accept ${TRANSLATION_FOLDERS[0]}/&lt;file&gt;</code>. Reload this page after you save.</p>
<ul>${summary}</ul>
${
  rows.length
    ? `<div class="scroll" role="region" aria-label="Missing and stale texts" tabindex="0"><table><thead><tr><th scope="col">state</th><th scope="col">where</th><th scope="col">English</th>${Array.from({ length: columns }, (_, i) => `<th scope="col">${heading(i)}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
    : '<p><strong>Nothing is missing or stale.</strong></p>'
}
</body>
</html>
`;
}
