/**
 * The options an embed takes in its URL: ?theme=light|dark|auto, ?title=0 (the host sets its own title),
 * and the graphic's initial state (e.g. ?currency=EUR&year=2019; the map's ?project=<id>). Each value is checked against the data the
 * graphic has; an invalid one is ignored, never an error.
 */
import type { ChinaTradeState, DebtState, FinanceState, GraphicId, TradePartnersState } from '../data/schema.ts';

export type Theme = 'light' | 'dark' | 'auto';

export function parseTheme(params: URLSearchParams): Theme {
  const theme = params.get('theme');
  return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

/** False only for ?title=0 (or false, no, hide). */
export function parseShowTitle(params: URLSearchParams): boolean {
  return !['0', 'false', 'no', 'hide'].includes((params.get('title') ?? '').toLowerCase());
}

type AnyState = TradePartnersState | ChinaTradeState | FinanceState | DebtState;

/** Only the parts of an island's props the check needs (the props the embed's island was rendered with). */
interface FigureProps {
  series?: { id?: string; period?: string; partners?: { partner: string }[] }[];
  years?: { year: number; currency: string }[];
  records?: { sector: string; commitmentYear?: number | null }[];
}

const integer = (value: string | null) => (value !== null && /^\d{1,4}$/.test(value) ? Number(value) : undefined);
const flag = (value: string | null) => (value === null ? undefined : ['1', 'true', 'yes'].includes(value.toLowerCase()) ? true : ['0', 'false', 'no'].includes(value.toLowerCase()) ? false : undefined);
const oneOf = (value: string | null, allowed: Iterable<string>) => {
  if (value === null) return undefined;
  const wanted = value.trim().toLowerCase();
  return [...allowed].find((a) => a.toLowerCase() === wanted);
};
/** Drops the keys left undefined; null when no option applies. */
function compact<S extends object>(state: S): S | null {
  const entries = Object.entries(state).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as S) : null;
}

/**
 * The state the URL gives a graphic, or null when it gives none that is valid (then the prerendered page,
 * at the story's own first state, is already right). It replaces the default state rather than merging
 * with it, so ?currency=EUR does not keep highlighting a year from the story's first scroll step.
 */
export function stateFromParams(graphic: GraphicId, params: URLSearchParams, props: FigureProps): AnyState | null {
  let state: AnyState | null = null;
  switch (graphic) {
    case 'trade-partners': {
      const series = props.series ?? [];
      state = compact<TradePartnersState>({
        period: oneOf(params.get('period'), series.map((s) => s.period ?? '')),
        flow: oneOf(params.get('flow'), ['exports', 'imports']) as TradePartnersState['flow'],
        partner: oneOf(params.get('partner'), series.flatMap((s) => s.partners?.map((p) => p.partner) ?? [])),
      });
      break;
    }
    case 'china-trade': {
      const years = props.years ?? [];
      const year = integer(params.get('year'));
      state = compact<ChinaTradeState>({
        currency: oneOf(params.get('currency'), years.map((y) => y.currency)) as ChinaTradeState['currency'],
        year: years.some((y) => y.year === year) ? year : undefined,
        fta: flag(params.get('fta')),
      });
      break;
    }
    case 'finance': {
      const records = props.records ?? [];
      const year = integer(params.get('year'));
      state = compact<FinanceState>({
        sector: oneOf(params.get('sector'), records.map((r) => r.sector)),
        year: records.some((r) => r.commitmentYear === year) ? year : undefined,
      });
      break;
    }
    case 'debt':
      state = compact<DebtState>({ series: oneOf(params.get('series'), (props.series ?? []).map((s) => s.id ?? '')) });
      break;
  }
  return state;
}

/** The map's ?project=<id>: a project to open the map on, if the map has it. */
export function projectFromParams(params: URLSearchParams, props: { projects?: { id: string }[] }): string | null {
  const wanted = params.get('project');
  return props.projects?.find((p) => p.id === wanted)?.id ?? null;
}
