/**
 * Chinese official finance to Serbia (AidData GCDF): records grouped into one stacked bar per commitment
 * year and one segment per sector, ready to draw. Pure functions: no DOM, no randomness, so the server
 * and the browser compute exactly the same thing.
 */
import { nice, range, sum, ticks } from 'd3-array';
import type { X } from '../../charts/kit/plot.ts';
import { textWidth, widestText } from '../../charts/text-width.ts';
import type { ExplorableItem } from '../../charts/types.ts';
import type { FactFiles, FinanceRecord, InterfaceWords } from '../../data/files.ts';
import { plain } from '../../i18n/fallback.ts';
import type { Format } from '../../i18n/format.ts';
import { compact, integer, oneOf } from '../url-options.ts';
import type { FinanceState, FinanceWords } from './schema.ts';

export interface FinanceProps {
  records: FinanceRecord[];
  dataset: FactFiles['aiddata-finance.json']['dataset'];
}

/** What the model takes from the graphic's words: the axis years, how many sectors are named, and their labels. */
export type FinanceConfig = Pick<FinanceWords, 'years' | 'namedSectors' | 'sectors' | 'otherSectors'>;

export const OTHER_KEY = 'OTHER';
const COLOURS = ['var(--cat-1)', 'var(--cat-2)', 'var(--cat-3)', 'var(--cat-4)'];
const OTHER_COLOUR = 'var(--cat-7)';

export interface SectorGroup {
  /** AidData's sector name for a named sector, OTHER_KEY for the rest. */
  key: string;
  /** As readers see it: "Transport and storage", "Other sectors". */
  label: string;
  /** A CSS colour (always a custom property from global.css). */
  colour: string;
  /** AidData sector names in this group, largest first. */
  sectors: string[];
  /** Sum of the amounts (constant 2021 USD) of the group's records that have one. */
  total: number;
}

export interface Segment {
  year: number;
  group: string;
  amount: number;
  /** Stack bounds in USD: the segment runs from y0 up to y1. */
  y0: number;
  y1: number;
  /** The records drawn in this segment (all have an amount), largest first. */
  records: FinanceRecord[];
}

export interface FinanceYear {
  year: number;
  /** Sum of the amounts of the year's records that have one. */
  total: number;
  /** Bottom to top, in the order of the groups. */
  segments: Segment[];
  /** Every record committed that year, with or without an amount. */
  recordCount: number;
  /** The year's records without an amount (not drawn). */
  noAmount: FinanceRecord[];
  /** "amounts": something is drawn; "no-amounts": records exist but none has an amount; "none": AidData records nothing. */
  kind: 'amounts' | 'no-amounts' | 'none';
}

export interface FinanceModel {
  firstYear: number;
  lastYear: number;
  /** One entry for every year from firstYear to lastYear, in order. */
  years: FinanceYear[];
  /** Named sectors largest first, then "Other sectors" (if any record falls in it): also the stack order. */
  groups: SectorGroup[];
  /** Sum of every drawn amount. */
  total: number;
  /** The largest yearly total. */
  max: number;
  recordCount: number;
  /** Records without an amount: counted, listed in the table, not drawn. */
  noAmount: FinanceRecord[];
  /** Records without a commitment year (none in GCDF 3.0 for Serbia): in the table, not drawn. */
  noYear: FinanceRecord[];
  /** Years in which AidData records no commitment at all. */
  emptyYears: number[];
  /** Years with records, none of which has an amount. */
  noAmountYears: number[];
}

/** "TRANSPORT AND STORAGE" → "Transport and storage". */
export function sentenceCase(s: string): string {
  const lower = s.trim().toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const drawable = (r: FinanceRecord): r is FinanceRecord & { amountUsd2021: number; commitmentYear: number } =>
  r.amountUsd2021 !== null && r.commitmentYear !== null;

/** How readers see an AidData sector: the label the words give it, else its name in sentence case. */
export const sectorLabel = (config: Pick<FinanceConfig, 'sectors'>, sector: string) => config.sectors[sector] ?? sentenceCase(sector);

/** The named sectors (largest total first) and "Other sectors" for the rest. */
export function sectorGroups(records: FinanceRecord[], config: FinanceConfig): SectorGroup[] {
  const named = config.namedSectors;
  const totals = new Map<string, number>();
  for (const r of records) totals.set(r.sector, (totals.get(r.sector) ?? 0) + (r.amountUsd2021 ?? 0));
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const own = ranked.filter(([, total]) => total > 0).slice(0, Math.min(named, COLOURS.length));
  const groups: SectorGroup[] = own.map(([sector, total], i) => ({
    key: sector,
    label: sectorLabel(config, sector),
    colour: COLOURS[i],
    sectors: [sector],
    total,
  }));
  const rest = ranked.filter(([sector]) => !own.some(([s]) => s === sector));
  if (rest.length)
    groups.push({
      key: OTHER_KEY,
      label: config.otherSectors,
      colour: OTHER_COLOUR,
      sectors: rest.map(([s]) => s),
      total: sum(rest, ([, t]) => t),
    });
  return groups;
}

/** The group an AidData sector name (or a group key or label) belongs to, or null if none matches. */
export function groupKeyFor(groups: SectorGroup[], sector: string | null | undefined): string | null {
  if (!sector) return null;
  const wanted = sector.trim().toLowerCase();
  const match = groups.find(
    (g) =>
      g.key.toLowerCase() === wanted ||
      g.label.toLowerCase() === wanted ||
      g.sectors.some((s) => s.toLowerCase() === wanted),
  );
  return match?.key ?? null;
}

const byAmountThenId = (a: FinanceRecord, b: FinanceRecord) =>
  (b.amountUsd2021 ?? 0) - (a.amountUsd2021 ?? 0) || a.id - b.id;

export function financeModel(records: FinanceRecord[], config: FinanceConfig): FinanceModel {
  const groups = sectorGroups(records, config);
  const groupOf = (r: FinanceRecord) => groupKeyFor(groups, r.sector) ?? OTHER_KEY;
  const dated = records.filter((r) => r.commitmentYear !== null);
  const yearsInData = dated.map((r) => r.commitmentYear as number);
  const firstYear = Math.min(config.years.from, ...yearsInData);
  const lastYear = Math.max(config.years.to, ...yearsInData);

  const years: FinanceYear[] = range(firstYear, lastYear + 1).map((year) => {
    const inYear = dated.filter((r) => r.commitmentYear === year);
    const withAmount = inYear.filter(drawable);
    let y = 0;
    const segments: Segment[] = [];
    for (const g of groups) {
      const rs = withAmount.filter((r) => groupOf(r) === g.key).sort(byAmountThenId);
      if (!rs.length) continue;
      const amount = sum(rs, (r) => r.amountUsd2021);
      segments.push({ year, group: g.key, amount, y0: y, y1: y + amount, records: rs });
      y += amount;
    }
    const noAmount = inYear.filter((r) => r.amountUsd2021 === null).sort((a, b) => a.id - b.id);
    return {
      year,
      total: y,
      segments,
      recordCount: inYear.length,
      noAmount,
      kind: segments.length ? 'amounts' : inYear.length ? 'no-amounts' : 'none',
    };
  });

  return {
    firstYear,
    lastYear,
    years,
    groups,
    total: sum(years, (y) => y.total),
    max: Math.max(0, ...years.map((y) => y.total)),
    recordCount: records.length,
    noAmount: records.filter((r) => r.amountUsd2021 === null),
    noYear: records.filter((r) => r.commitmentYear === null),
    emptyYears: years.filter((y) => y.kind === 'none').map((y) => y.year),
    noAmountYears: years.filter((y) => y.kind === 'no-amounts').map((y) => y.year),
  };
}

/** The words and formats every sentence of the chart is made from. */
export interface Speech {
  w: FinanceWords;
  ui: InterfaceWords;
  format: Format;
}

/** The chart's notes: what a commitment is, the unit, empty years, and what is not drawn. */
export function financeNotes(model: FinanceModel, { w, format }: Speech): string[] {
  const n = w.notes;
  const notes = [n.commitment, n.constantDollars];
  if (model.emptyYears.length) notes.push(format.fill(n.emptyYears, { years: format.years(model.emptyYears) }));
  if (model.noAmount.length) {
    const only = model.noAmountYears;
    const inOnly = model.years.find((y) => y.year === only[0])?.recordCount ?? 0;
    const onlyThese =
      only.length === 0
        ? ''
        : only.length === 1
          ? format.plural(n.noAmountOneYear, inOnly, { year: only[0] })
          : format.fill(n.noAmountYears, { years: format.years(only) });
    notes.push([format.plural(n.noAmount, model.noAmount.length), onlyThese].filter(Boolean).join(' '));
  }
  if (model.noYear.length) notes.push(format.plural(n.noYear, model.noYear.length));
  const other = model.groups.find((g) => g.key === OTHER_KEY);
  if (other) notes.push(format.fill(n.otherSectors, { label: other.label, sectors: format.list(other.sectors.map((s) => sectorLabel(w, s))) }));
  return notes;
}

/** A group's share of the total: for the description. */
export function groupShare(model: FinanceModel, key: string): number {
  const g = model.groups.find((x) => x.key === key);
  return g && model.total > 0 ? g.total / model.total : 0;
}

/** The share of these AidData sectors in the total with a known amount: for the title's claim. */
export function sectorShare(records: FinanceRecord[], sectors: string[]): number {
  const total = sum(records, (r) => r.amountUsd2021 ?? 0);
  const part = sum(records.filter((r) => sectors.includes(r.sector)), (r) => r.amountUsd2021 ?? 0);
  return total > 0 ? part / total : 0;
}

/** What the chart shows, in words, for readers who cannot see it. */
export function financeDescription(model: FinanceModel, { w, format }: Speech): string {
  const d = w.description;
  const usd = (v: number) => format.compactMoney(v, 'USD');
  const largest = [...model.years].sort((a, b) => b.total - a.total).filter((y) => y.total > 0).slice(0, 3);
  const sectors = model.groups.map((g) =>
    format.fill(d.sector, { sector: g.label.toLocaleLowerCase(format.locale), amount: usd(g.total), percent: format.percent(Math.round(100 * groupShare(model, g.key))) }),
  );
  const parts = [
    format.fill(d.intro, { from: model.firstYear, to: model.lastYear, records: format.plural(d.records, model.recordCount) }),
    format.fill(d.totals, { total: usd(model.total), sectors: sectors.join(', ') }),
  ];
  if (largest.length) parts.push(format.fill(d.largest, { years: largest.map((y) => format.fill(d.largestYear, { year: y.year, amount: usd(y.total) })).join(', ') }));
  if (model.emptyYears.length) parts.push(format.fill(d.empty, { years: format.years(model.emptyYears) }));
  if (model.noAmount.length) parts.push(format.plural(d.noAmount, model.noAmount.length));
  return parts.join(' ');
}

export interface FinanceRow extends Record<string, string | number | null> {
  id: number;
  year: number | null;
  sector: string;
  title: string;
  status: string;
  amount: number | null;
}

/** One table/CSV row per record, by year then date then id; the amount exactly as AidData gives it. */
/** A record's status as readers see it: the words' label (AidData's English status is the key), else AidData's own. */
export const statusLabel = (config: Pick<FinanceWords, 'statuses'>, status: string) => config.statuses?.[plain(status)] ?? status;

export function financeRows(records: FinanceRecord[], config: Pick<FinanceConfig, 'sectors'> & Pick<FinanceWords, 'statuses'>): FinanceRow[] {
  return [...records]
    .sort(
      (a, b) =>
        (a.commitmentYear ?? Infinity) - (b.commitmentYear ?? Infinity) ||
        (a.commitmentDate ?? '').localeCompare(b.commitmentDate ?? '') ||
        a.id - b.id,
    )
    .map((r) => ({
      id: r.id,
      year: r.commitmentYear,
      sector: sectorLabel(config, r.sector),
      title: r.title,
      status: statusLabel(config, r.status),
      amount: r.amountUsd2021,
    }));
}

/** "AidData, GCDF 3.0, licence ODC-By 1.0": the credit the licence asks for, from the dataset block. */
export function aiddataCredit(dataset: { name: string; licence: string }, { w, format }: Pick<Speech, 'w' | 'format'>): string {
  const version = /Version\s+([\d.]+)/i.exec(dataset.name)?.[1] ?? '';
  const licence = /\(([^)]+)\)\s*([\d.]+)/.exec(dataset.licence);
  return format.fill(w.credit, { version, licence: licence ? `${licence[1]} ${licence[2]}` : dataset.licence });
}

/** The embed's URL options: ?sector=ENERGY&year=2017, each checked against the data. */
export function urlState(params: URLSearchParams, props: FinanceProps): FinanceState | null {
  const year = integer(params.get('year'));
  return compact<FinanceState>({
    sector: oneOf(params.get('sector'), props.records.map((r) => r.sector)),
    year: props.records.some((r) => r.commitmentYear === year) ? year : undefined,
  });
}

/** Shortens a record title for a tooltip at a word boundary; the table keeps the full title. */
export function shortTitle(title: string, max = 70): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

/**
 * The year bands across the chart, in percent: what d3-scale's scaleBand gives (centred, unrounded), written
 * out because d3-scale with its interpolators would triple the size of this chart's code for two formulas.
 */
export function yearBands(years: number[], paddingInner: number, paddingOuter: number) {
  const step = 100 / Math.max(1, years.length - paddingInner + paddingOuter * 2);
  const start = (100 - step * (years.length - paddingInner)) / 2;
  const index = new Map(years.map((year, i) => [year, i]));
  const x = (year: number): number | undefined => {
    const i = index.get(year);
    return i === undefined ? undefined : start + step * i;
  };
  return Object.assign(x, { step: () => step, bandwidth: () => step * (1 - paddingInner), paddingInner: () => paddingInner });
}

/** The value axis, in percent from the top: 0 at the bottom, the nice maximum (about 4 ticks) at the top. */
export function valueAxis(max: number) {
  const [, top] = nice(0, max || 1, 4);
  const y = (value: number) => 100 - (value / top) * 100;
  return Object.assign(y, { ticks: (count: number) => ticks(0, top, count), invert: (percent: number) => ((100 - percent) / 100) * top });
}

/** The space between a value label and the plot, in em of the labels' size. */
export const LABEL_GAP = 0.5;

/** The room left of the plot for the value axis' labels, in em of their size: the longest label and the gap. */
export const axisGutter = (labels: string[]): number => Math.round((widestText(labels) + LABEL_GAP + 0.1) * 100) / 100;

/** The chart's type size (rem): the axes' labels, the marks of the years without a bar and the highlighted year's note. */
export const FINANCE_TEXT = { size: 0.75, line: 1.25 } as const;
/**
 * The room (rem) around the bars' track for the labels: above for the highlighted year's note, right for the last
 * bar, below for the years; left, as wide as the value labels need (`financeMarks`).
 */
const INSET = { top: 1.25, right: 0.5, bottom: 1.5 } as const;
/** The chart widths (rem) from which every 2nd year, then every year, is labelled (fewer when narrower). */
const YEARS_EVERY = { two: 30, one: 55 } as const;
/** Below the track: a year's tick (rem long), and the middle of its label (rem below the track). */
const YEAR_TICK = 0.25;
const YEAR_LABEL = 0.45 + (FINANCE_TEXT.size * FINANCE_TEXT.line) / 2;
/** A year without a bar: its mark's bottom stands this far (rem) above the axis; the ring's box (rem). */
const MARK_LIFT = 3 / 16;
const RING = 7 / 16;
/** The highlighted year's note stands this far (rem) above its bar; its background reaches this far (rem) past the text. */
const NOTE_LIFT = 0.25;
const NOTE_PAD = 0.2;
/** The fading of the sectors a step or the reader does not bring forward. */
export const FADED = 0.35;

/**
 * The chart's marks in plot coordinates (see charts/kit/plot.ts), in a plot whose box is the bars' track: across,
 * `X` (percent of the track's width and rem); down, percent of its height (`down`) and rem. `inset` is the room
 * around the track for the labels. Where the chart's width (rem) is known (a picture), only the year labels that
 * fit are given.
 */
export interface FinanceMarks {
  inset: { top: number; right: number; bottom: number; left: number };
  grid: { down: number; label: string; zero: boolean }[];
  years: {
    year: FinanceYear;
    /** The year's whole column (its hit area and highlight) and its bar. */
    column: { x: X; width: number };
    bar: { x: X; width: number };
    centre: X;
    /**
     * The year's label. Labels never overlap: every 5th year on a narrow chart, every 2nd on a middling one, all on a
     * wide one; where the width is unknown, each says if it is a 5th (`y5`) and a 2nd (`y2`) year.
     */
    label: { text: string; y2: boolean; y5: boolean; strong: boolean } | null;
    /** The mark of a year without a bar: a ring where AidData records nothing, "?" where no record has an amount. */
    mark: 'none' | 'no-amounts' | null;
    highlighted: boolean;
  }[];
  segments: { segment: Segment; x: X; width: number; top: number; bottom: number; colour: string; faded: boolean; key: string }[];
  /** The note's box (`x`, `width` rem), and the side of it the text keeps to. */
  note: { text: string; x: X; down: number; width: number; anchor: 'start' | 'end' } | null;
}

/** The keys of the chart's items, one per segment, or per year without one: the tooltips', in reading order. */
export const entryKey = (year: number, group: string | null) => `${year}-${group ?? 'year'}`;

export function financeMarks(
  model: FinanceModel,
  { w, format }: Pick<Speech, 'w' | 'format'>,
  show: { focus?: string | null; year?: number | null; active?: string | null; width?: number } = {},
): FinanceMarks {
  const x = yearBands(model.years.map((y) => y.year), 0.25, 0.15);
  const y = valueAxis(model.max);
  const ticks = y.ticks(4).map((value) => ({ value, label: format.axisMoney(value, 'USD') }));
  const colour = new Map(model.groups.map((g) => [g.key, g.colour]));
  const focus = show.focus ?? null;
  const highlighted = model.years.find((yr) => yr.year === show.year) ?? null;
  const every = show.width === undefined ? null : show.width < YEARS_EVERY.two ? 5 : show.width < YEARS_EVERY.one ? 2 : 1;
  const across = (percent: number): X => ({ pct: percent, rem: 0 });
  const columnOf = (year: number) => across((x(year) ?? 0) - (x.step() * x.paddingInner()) / 2);
  const centreOf = (year: number) => (x(year) ?? 0) + x.bandwidth() / 2;
  const activeYear = show.active ? Number(show.active.split('-')[0]) : null;
  let note: FinanceMarks['note'] = null;
  if (highlighted) {
    const text = yearNote(highlighted, { w, format });
    const width = textWidth(text, 'bold') * FINANCE_TEXT.size + 2 * NOTE_PAD;
    const centre = centreOf(highlighted.year);
    // Its box moved left by its own width times its place across the track: over its bar, and never past either
    // edge. The text keeps to the box's side nearer the bar's edge of the track, where the width's estimate errs least.
    note = { text, x: { pct: centre, rem: -(centre / 100) * width }, down: y(highlighted.total), width, anchor: centre > 50 ? 'end' : 'start' };
  }
  return {
    inset: { ...INSET, left: axisGutter(ticks.map((t) => t.label)) * FINANCE_TEXT.size },
    grid: ticks.map((t) => ({ down: y(t.value), label: t.label, zero: t.value === 0 })),
    years: model.years.map((yr) => {
      const labelled = every === null || yr.year % every === 0;
      return {
        year: yr,
        column: { x: columnOf(yr.year), width: x.step() },
        bar: { x: across(x(yr.year) ?? 0), width: x.bandwidth() },
        centre: across(centreOf(yr.year)),
        label: labelled ? { text: String(yr.year), y2: yr.year % 2 === 0, y5: yr.year % 5 === 0, strong: yr === highlighted || yr.year === activeYear } : null,
        mark: yr.kind === 'none' ? 'none' : yr.kind === 'no-amounts' ? 'no-amounts' : null,
        highlighted: yr === highlighted,
      };
    }),
    segments: model.years.flatMap((yr) =>
      yr.segments.map((s) => ({
        segment: s,
        x: across(x(yr.year) ?? 0),
        width: x.bandwidth(),
        top: y(s.y1),
        bottom: y(s.y0),
        colour: colour.get(s.group) ?? OTHER_COLOUR,
        faded: focus !== null && s.group !== focus,
        key: entryKey(yr.year, s.group),
      })),
    ),
    note,
  };
}

/** Where the marks of a year without a bar and the labels below the track are, in rem from the track's bottom. */
export const FINANCE_BELOW = { tick: YEAR_TICK, label: YEAR_LABEL, mark: MARK_LIFT, ring: RING, noteLift: NOTE_LIFT, notePad: NOTE_PAD } as const;

/** The highlighted year's note: its total, or why it has no bar. */
export function yearNote(yr: FinanceYear, { w, format }: Pick<Speech, 'w' | 'format'>): string {
  return yr.kind === 'amounts'
    ? format.fill(w.annotation.total, { year: yr.year, total: format.compactMoney(yr.total, 'USD', { short: true }) })
    : format.fill(yr.kind === 'none' ? w.annotation.none : w.annotation.noAmount, { year: yr.year });
}

export type FinanceItem = ExplorableItem & { key: string };

const MAX_TITLES = 3;
const TITLE_LENGTH = 50;

/** A tooltip per segment, and per year without one, year by year from the bottom: at the top of what it points at, in percent of the track. */
export function financeItems(model: FinanceModel, { w, format }: Pick<Speech, 'w' | 'format'>): FinanceItem[] {
  const x = yearBands(model.years.map((y) => y.year), 0.25, 0.15);
  const y = valueAxis(model.max);
  const tip = w.tooltip;
  const usd = (v: number) => format.compactMoney(v, 'USD');
  const label = new Map(model.groups.map((g) => [g.key, g.label]));
  const record = (r: { title: string; id: number }, amount?: number) =>
    amount === undefined
      ? format.fill(tip.record, { title: shortTitle(r.title, TITLE_LENGTH), id: r.id })
      : format.fill(tip.recordAmount, { amount: usd(amount), title: shortTitle(r.title, TITLE_LENGTH), id: r.id });
  return model.years.flatMap((yr): FinanceItem[] => {
    const centre = (x(yr.year) ?? 0) + x.bandwidth() / 2;
    if (!yr.segments.length) {
      const lines = [String(yr.year)];
      if (yr.kind === 'none') lines.push(tip.none);
      else {
        lines.push(format.plural(tip.noAmountYear, yr.recordCount));
        for (const r of yr.noAmount.slice(0, MAX_TITLES)) lines.push(record(r));
        if (yr.noAmount.length > MAX_TITLES) lines.push(format.plural(tip.moreInTable, yr.noAmount.length - MAX_TITLES));
      }
      return [{ key: entryKey(yr.year, null), lines, x: centre, y: 100 }];
    }
    return yr.segments.map((segment) => {
      const lines = [format.fill(tip.heading, { sector: label.get(segment.group) ?? segment.group, year: yr.year }), format.fill(tip.amount, { amount: usd(segment.amount) })];
      const several = segment.records.length > 1;
      for (const r of segment.records.slice(0, MAX_TITLES)) lines.push(record(r, several ? (r.amountUsd2021 ?? 0) : undefined));
      if (segment.records.length > MAX_TITLES) lines.push(format.plural(tip.moreRecords, segment.records.length - MAX_TITLES));
      if (yr.segments.length > 1) lines.push(format.fill(tip.allSectors, { year: yr.year, total: usd(yr.total) }));
      if (yr.noAmount.length) lines.push(format.plural(tip.alsoNoAmount, yr.noAmount.length, { year: yr.year }));
      return { key: entryKey(yr.year, segment.group), lines, x: centre, y: y(segment.y1) };
    });
  });
}

/** The item a pointer at this height (percent of the track, from the top) over a year's column picks: the segment level with it, else the top one. */
export function entryAtHeight(model: FinanceModel, year: number, down: number): string | null {
  const yr = model.years.find((y) => y.year === year);
  if (!yr) return null;
  const value = valueAxis(model.max).invert(down);
  const level = yr.segments.find((s) => value >= s.y0 && value < s.y1) ?? yr.segments.at(-1);
  return entryKey(year, level?.group ?? null);
}

/** The picture's key (rem): its type size, a swatch's box, the gaps, a row's height. */
const KEY = { size: 0.8, swatch: 0.8, gap: 0.35, between: 0.9, row: 1.5 } as const;

/**
 * The legend as a picture draws it (the page's is HTML, whose entries are toggles): each sector group's swatch and
 * label, then the keys of the years' marks, in rows that wrap at the chart's width (rem), faded as the page fades.
 */
export function financeKey(model: FinanceModel, w: FinanceWords, focus: string | null, width: number) {
  type Entry = { text: string; swatch: { colour: string; opacity?: number; shape: 'square' | 'circle'; hollow?: boolean } | '?'; strong?: boolean; muted?: boolean };
  const entries: Entry[] = [
    ...model.groups.map((g): Entry => ({ text: g.label, swatch: { colour: g.colour, shape: 'square', opacity: focus !== null && g.key !== focus ? FADED : undefined }, strong: g.key === focus })),
    ...(model.emptyYears.length ? [{ text: w.legend.none, swatch: { colour: 'var(--text-muted)', shape: 'circle', hollow: true }, muted: true } as Entry] : []),
    ...(model.noAmountYears.length ? [{ text: w.legend.noAmount, swatch: '?', muted: true } as Entry] : []),
  ];
  let [x, row] = [0, 0];
  const items = entries.map((e) => {
    const wide = KEY.swatch + KEY.gap + textWidth(plain(e.text), e.strong ? 'bold' : 'regular') * KEY.size;
    if (x > 0 && x + wide > width) [x, row] = [0, row + 1];
    const at = { ...e, x, y: (row + 0.5) * KEY.row };
    x += wide + KEY.between;
    return at;
  });
  return { items, height: (row + 1) * KEY.row, size: KEY.size, swatch: KEY.swatch, gap: KEY.gap };
}
export type FinanceKey = ReturnType<typeof financeKey>;
