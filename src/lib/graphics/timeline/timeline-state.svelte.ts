/**
 * What the timeline's islands on a page share (one timeline a page): the categories the reader chose in the filter
 * (TimelineFilter.svelte) and the categories that choice hides, which the overview (TimelineOverview.svelte) reads to
 * skip the years they empty. The address keeps the choice (?categories=economy,security), through the page's one
 * owner of it (islands/address.ts): a link or a reload opens the timeline as it was.
 */
import { pageAddress } from '../../islands/address.ts';
import { hiddenByChoice, parseChoice, type EventCategory } from './model.ts';

const KEY = 'categories';

class TimelineChoice {
  /** Every category's id, in the data's order (the filter's, when it starts). */
  all = $state.raw<EventCategory[]>([]);
  /** The categories the reader chose, in the data's order: none chosen shows every event (at first, and without JavaScript). */
  chosen = $state.raw<EventCategory[]>([]);
  /** The categories the choice hides. */
  readonly hidden: ReadonlySet<EventCategory> = $derived(hiddenByChoice(this.chosen, this.all));

  /** The categories there are, and the choice the address holds, if any. In the browser only. */
  start(all: readonly EventCategory[]): void {
    const ids = [...all];
    this.all = ids;
    const fromAddress = parseChoice(pageAddress().param(KEY), ids);
    if (fromAddress.length) this.chosen = fromAddress;
  }

  /** The reader's new choice, kept in the address. */
  choose(next: readonly EventCategory[]): void {
    this.chosen = this.all.filter((c) => next.includes(c));
    pageAddress().setParam(KEY, this.chosen.length ? this.chosen.join(',') : null);
  }
}

export const timelineChoice = new TimelineChoice();
