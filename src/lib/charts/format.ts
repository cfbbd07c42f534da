import type { Money } from '../data/schema.ts';

const MAGNITUDE_WORDS = { units: '', thousand: 'thousand', million: 'million', billion: 'billion' } as const;
const MAGNITUDE_SHORT = { units: '', thousand: 'k', million: 'm', billion: 'bn' } as const;

/** 3615.8 → "3,615.8": as many decimals as the source gave, never rounded. */
export function formatNumber(value: number): string {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** "EUR 170m", "USD 1.26bn". */
export function formatMoney(money: Pick<Money, 'amount' | 'currency' | 'magnitude'>): string {
  return `${money.currency} ${formatNumber(money.amount)}${MAGNITUDE_SHORT[money.magnitude]}`;
}

/** "EUR million" — for axis and column headings. */
export function unitLabel(currency: string, magnitude: keyof typeof MAGNITUDE_WORDS): string {
  return [currency, MAGNITUDE_WORDS[magnitude]].filter(Boolean).join(' ');
}

export const CONFIDENCE_WORDS = {
  sourced: 'as stated by the source',
  computed: 'computed by us from sourced figures',
  approximate: 'approximate',
  unverified: 'unverified',
} as const;
