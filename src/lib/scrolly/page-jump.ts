/**
 * Scrolls the page makes itself to a place the reader asked for (the timeline overview's jumps). The edition switch
 * (src/lib/i18n/edition-switch.ts) does not take them for the reader scrolling up to reach it: it would come in over
 * the place the reader jumped to, or leave from above it, and move that place by its height.
 */
let jumped = false;

export function jumpTo(top: number): void {
  jumped = true;
  scrollTo({ top, behavior: 'instant' });
}

/** Whether the page has jumped since the last time this was asked. */
export function hasJumped(): boolean {
  const was = jumped;
  jumped = false;
  return was;
}
