/** CSV for the "Download data" links: quoted where needed, with a byte-order mark so spreadsheets read accents. */
export interface Column<Row> {
  key: keyof Row & string;
  label: string;
  align?: 'left' | 'right';
}

export type Cell = string | number | null | undefined;

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<Row extends Record<string, Cell>>(columns: Column<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => csvCell(c.label)), ...rows.map((row) => columns.map((c) => csvCell(row[c.key])))];
  return '\uFEFF' + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** A data: URL, so the download works without JavaScript and without a request to any server. */
export function csvDataUrl(csv: string): string {
  return 'data:text/csv;charset=utf-8,' + encodeURIComponent(csv);
}
