/**
 * Reports the current step of a scrolly section: the last step whose card's top has reached the reading line, two
 * thirds down the screen, at every width (the first step before any has). Steps are the [data-step] elements inside
 * [data-scrolly="<id>"]; their card is their .step-card (the step itself when it has none).
 *
 * The cards' places are read once a frame while the reader scrolls with the section near the screen (an
 * IntersectionObserver says when it is). An observer per card would miss a jump that carries a card from above the
 * screen to below the line at once (a link, a key, a turned phone): neither place intersects its root.
 */
export const READING_LINE = 2 / 3;

/** The current step, given for each card whether its top is at or above the reading line. */
export function currentStep(reached: readonly boolean[]): number {
  return Math.max(0, reached.lastIndexOf(true));
}

/**
 * One frame for every scrolly near the screen: all read their cards' places first, then those whose step changed
 * write, so that one scrolly's new step (its graphic redrawn) does not make the next one's read lay out the page
 * again before the frame is drawn.
 */
const reads = new Set<() => (() => void) | undefined>();
let frame = 0;
function readAll() {
  frame = 0;
  const due = [...reads];
  reads.clear();
  for (const write of due.map((read) => read())) write?.();
}

export function observeScrollSteps(scrollyId: string, onStep: (index: number) => void): () => void {
  const root = document.querySelector(`[data-scrolly="${CSS.escape(scrollyId)}"]`);
  if (!root) return () => {};
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const cards = steps.map((step) => step.querySelector<HTMLElement>('.step-card') ?? step);
  let current = -1;
  const read = () => {
    const line = innerHeight * READING_LINE;
    const index = currentStep(cards.map((card) => card.getBoundingClientRect().top <= line));
    if (index === current) return undefined;
    current = index;
    return () => {
      steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
      onStep(index);
    };
  };
  const schedule = () => {
    reads.add(read);
    frame ||= requestAnimationFrame(readAll);
  };
  const near = new IntersectionObserver(
    ([entry]) => {
      if (entry.isIntersecting) {
        addEventListener('scroll', schedule, { passive: true });
        addEventListener('resize', schedule);
      } else {
        removeEventListener('scroll', schedule);
        removeEventListener('resize', schedule);
      }
      schedule();
    },
    { rootMargin: '50% 0px' },
  );
  near.observe(root);
  const head = keepHeadHeight(root as HTMLElement);
  return () => {
    head.disconnect();
    near.disconnect();
    reads.delete(read);
    removeEventListener('scroll', schedule);
    removeEventListener('resize', schedule);
  };
}

/**
 * The pinned graphic's head (its title and subtitle) height, as --pinned-head on the scrolly: on a short screen the
 * head scrolls away and the rest stays (Scrolly.svelte).
 */
function keepHeadHeight(root: HTMLElement): ResizeObserver {
  const observer = new ResizeObserver(([entry]) => root.style.setProperty('--pinned-head', `${entry.borderBoxSize[0].blockSize}px`));
  const head = root.querySelector('.scrolly-pinned > header');
  if (head) observer.observe(head);
  return observer;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
