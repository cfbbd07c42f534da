/**
 * A link to a section (the section navigation, #methodology in an address) lands on its heading. The browser jumps
 * with the sizes that parts not yet laid out are given (content-visibility); as they are laid out near the landing
 * place the section moves. After the jump, the page keeps the section where it landed until it stays put, or the
 * reader scrolls, presses a key, touches the screen or takes the scroll bar.
 */
import { pageAddress } from '../islands/address.ts';
import { jumpTo } from './page-jump.ts';

/** The page is held until the section has not moved for this long (parts near it laid out), and at most for the cap. */
const STILL_MS = 3000;
const CAP_MS = 10_000;

function land(doc: Document, id: string): void {
  const section = id ? doc.getElementById(id) : null;
  if (!section?.matches('section.story-section')) return;
  const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
  const start = performance.now();
  let moved = start;
  let stopped = false;
  const stop = () => (stopped = true);
  const input = { once: true, passive: true, capture: true };
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) addEventListener(type, stop, input);
  const settle = () => {
    const now = performance.now();
    if (stopped || now - moved > STILL_MS || now - start > CAP_MS) return;
    const off = section.getBoundingClientRect().top - margin;
    if (Math.abs(off) > 2) {
      jumpTo(scrollY + off);
      moved = now;
    }
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}

export function landOnSections(doc: Document = document): void {
  const address = pageAddress();
  address.onFragment((id) => land(doc, id));
  land(doc, address.fragment());
}
