/**
 * In the browser: the edition switch keeps the reader's place (the section they are in) and remembers the
 * script they chose for a language with several (Serbian), in localStorage: no cookie and no request. The story's
 * head reads the choice back before the page paints (index.html) and opens the chosen script's edition.
 *
 * So that the switch can be used where the reader is, it comes back at the top of the screen whenever they
 * scroll up (and leaves when they scroll on), as news sites' headers do.
 */
import { hasJumped } from '../scrolly/page-jump.ts';
import { EDITIONS, editionsOf } from './editions.ts';

export const SCRIPT_KEY = 'serbia-china-script';

/** Whether an edition is one of its language's several scripts (Serbian's Latin and Cyrillic): the choice is remembered. */
function hasScripts(id: string): boolean {
  const translation = EDITIONS.find((e) => e.id === id)?.translation;
  return !!translation && editionsOf(translation).length > 1;
}

/** How long after a wheel, touch or key a scroll is the reader's (a smooth or flung scroll goes on after it). */
const READER_SCROLL_MS = 1500;

/** The section the reader is in: the last one whose top has passed the upper third of the screen. */
function currentSection(doc: Document): string | null {
  let current: string | null = null;
  for (const section of doc.querySelectorAll<HTMLElement>('section.story-section[id]'))
    if (section.getBoundingClientRect().top < innerHeight / 3) current = section.id;
  return current;
}

function rememberPlace(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-edition]'))
    link.addEventListener('click', () => {
      const edition = link.dataset.edition!;
      try {
        if (hasScripts(edition)) localStorage.setItem(SCRIPT_KEY, edition);
      } catch {
        // Storage refused (private mode, sandboxed frame): the switch still works, it only forgets.
      }
      const section = currentSection(doc);
      if (section) link.hash = section;
    });
}

/** Pins the switch to the top of the screen while the reader scrolls up past it; its place keeps its height. */
function pinOnScrollUp(doc: Document): void {
  const bar = doc.querySelector<HTMLElement>('.edition-bar');
  const nav = bar?.querySelector<HTMLElement>('nav');
  if (!bar || !nav) return;
  // Read at the first scroll, not here: reading scrollY while the page loads forces its whole layout at once.
  let lastY = -1;
  let lastHeight = 0;
  let frame = 0;
  // Only the reader moves the switch: a scroll soon after their wheel, touch or key. The page also scrolls on its own
  // (the browser keeping the reader's place as parts above are laid out, content-visibility), which must not take
  // the switch away from under their pointer.
  let lastInput = -Infinity;
  for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const)
    addEventListener(type, () => (lastInput = performance.now()), { passive: true, capture: true });
  const update = () => {
    frame = 0;
    const y = scrollY;
    const height = doc.documentElement.scrollHeight;
    const grewAbove = height - lastHeight;
    const moved = y - lastY;
    lastHeight = height;
    const byReader = performance.now() - lastInput < READER_SCROLL_MS;
    // A jump (the timeline overview's) leaves the switch as it is; so does a scroll by as much as the page's height
    // changed (parts above laid out while the reader scrolls).
    if (hasJumped() || lastY < 0 || !byReader || (grewAbove !== 0 && Math.abs(moved - grewAbove) < 3)) {
      lastY = y;
      return;
    }
    // A move of a pixel or two is the browser keeping the page in place as something above changes size (the switch
    // itself, when it pins): not the reader changing direction.
    if (Math.abs(y - lastY) < 3) return;
    const below = y > bar.offsetTop + bar.offsetHeight;
    const wasPinned = nav.classList.contains('is-pinned');
    // Keyboard focus inside keeps it where it is.
    const pinned = below && (y < lastY || (wasPinned && nav.contains(doc.activeElement)));
    if (pinned !== wasPinned) {
      // Its place keeps its height, to the fraction of a pixel, so that nothing below moves.
      bar.style.minHeight = pinned ? `${bar.getBoundingClientRect().height}px` : '';
      nav.classList.toggle('is-pinned', pinned);
      // What sticks to the top of the screen moves below the switch while it is there. Set on those elements only:
      // a property on the root would restyle the whole page.
      const height = pinned ? `${nav.getBoundingClientRect().height}px` : '';
      for (const el of doc.querySelectorAll<HTMLElement>('[data-below-edition-bar]')) el.style.setProperty('--edition-bar', height);
    }
    lastY = y;
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
}

export function setUpEditionSwitch(doc: Document = document): void {
  rememberPlace(doc);
  pinOnScrollUp(doc);
}
