/** Dates in data files are strings whose format is their precision: "2009", "2024-05", "2024-09-09". */
export type DatePrecision = 'year' | 'month' | 'day';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** For the messages journalists read (in English), e.g. "February 2023 has 28 days". */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDate(s: string): ParsedDate | null {
  const m = DATE_PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** A plain-words problem with a date string, or null when it is a real date. */
export function checkDate(s: string): string | null {
  const m = DATE_PATTERN.exec(s);
  if (!m) return `"${s}" is not a date: write "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. "2024-09-09"`;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month !== undefined && (month < 1 || month > 12)) return `"${s}" has no month ${m[2]}: months run from 01 to 12`;
  if (m[3] !== undefined && month !== undefined) {
    const year = Number(m[1]);
    const max = daysInMonth(year, month);
    if (Number(m[3]) < 1 || Number(m[3]) > max)
      return `"${s}" does not exist: ${MONTHS[month - 1]} ${year} has ${max} days`;
  }
  return null;
}

/** A sortable key: the first day of the period the date stands for. */
export function dateSortKey(s: string): string {
  const d = parseDate(s);
  if (!d) return s;
  const mm = String(d.month ?? 1).padStart(2, '0');
  const dd = String(d.day ?? 1).padStart(2, '0');
  return `${d.year}-${mm}-${dd}`;
}
