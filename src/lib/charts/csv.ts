/**
 * CSV for the "Download CSV" links: quoted where needed, with a byte-order mark so spreadsheets read accents.
 * The separator and the decimal mark follow the edition (interface.json › format › csv): a spreadsheet in a
 * Serbian locale expects "1,5" and semicolons.
 */
import { plain } from '../i18n/fallback.ts';

export interface Column<Row> {
  key: keyof Row & string;
  label: string;
  align?: 'left' | 'right';
  /** One precision for the whole column, in the table and the CSV (else each number as its source gave it). */
  decimals?: number;
}

export type Cell = string | number | null | undefined;

export interface CsvStyle {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export const DEFAULT_CSV: CsvStyle = { separator: ',', decimal: '.' };

function csvCell(value: Cell, style: CsvStyle, decimals?: number): string {
  if (value === null || value === undefined) return '';
  // Numbers as plain digits (no thousands separators), so that spreadsheets read them as numbers.
  const s = typeof value === 'number' ? (decimals === undefined ? String(value) : value.toFixed(decimals)).replace('.', style.decimal) : plain(value);
  return s.includes(style.separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<Row extends Record<string, Cell>>(columns: Column<Row>[], rows: Row[], style: CsvStyle = DEFAULT_CSV): string {
  const lines = [columns.map((c) => csvCell(c.label, style)), ...rows.map((row) => columns.map((c) => csvCell(row[c.key], style, c.decimals)))];
  return '\uFEFF' + lines.map((cells) => cells.join(style.separator)).join('\r\n') + '\r\n';
}

/**
 * Where a page's server render keeps the CSV files its charts link to, by their published address: a Map in the
 * render's context (renderPage() returns it; the build writes them beside the pictures, as <edition>/data/<file>.csv).
 * A data: URL in the HTML would weigh on it: percent-encoded, the table's words cannot be compressed against the table.
 */
export const CSV_FILES = Symbol('csv files');

/** A CSV of rows the reader switched to (another period): made in the browser, no request to any server. */
export function csvDataUrl(csv: string): string {
  return 'data:text/csv;charset=utf-8,' + encodeURIComponent(csv);
}
