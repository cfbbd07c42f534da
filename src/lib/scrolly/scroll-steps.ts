/**
 * Reports the current step of a scrolly section: the last step whose card's top has reached the reading line,
 * two thirds down the screen, at every width (the first step before any has). One IntersectionObserver whose root
 * ends at the reading line, no scroll listeners. Steps are the [data-step] elements inside [data-scrolly="<id>"];
 * their card is their .step-card (the step itself when it has none).
 */
export const READING_LINE = 2 / 3;

/** The current step, given for each card whether its top is at or above the reading line. */
export function currentStep(reached: readonly boolean[]): number {
  return Math.max(0, reached.lastIndexOf(true));
}

export function observeScrollSteps(scrollyId: string, onStep: (index: number) => void): () => void {
  const root = document.querySelector(`[data-scrolly="${CSS.escape(scrollyId)}"]`);
  if (!root) return () => {};
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const cards = steps.map((step) => step.querySelector<HTMLElement>('.step-card') ?? step);
  const reached = cards.map(() => false);
  let current = -1;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        // A card intersects the part of the screen above the reading line, or has left it at the top: either way its
        // top has reached the line. One that is not intersecting and lies below the line has not.
        const lineY = entry.rootBounds ? entry.rootBounds.bottom : innerHeight * READING_LINE;
        reached[cards.indexOf(entry.target as HTMLElement)] = entry.isIntersecting || entry.boundingClientRect.top < lineY;
      }
      const index = currentStep(reached);
      if (index === current) return;
      current = index;
      steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
      onStep(index);
    },
    { rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 1000) / 10}% 0px` },
  );
  cards.forEach((card) => observer.observe(card));
  return () => observer.disconnect();
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
