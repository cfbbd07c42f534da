/**
 * Reports which step of a scrolly section is in the middle of the viewport, using one
 * IntersectionObserver (no scroll listeners). Steps are the [data-step] elements inside
 * [data-scrolly="<id>"].
 */
export function observeScrollSteps(scrollyId: string, onStep: (index: number) => void): () => void {
  const root = document.querySelector(`[data-scrolly="${CSS.escape(scrollyId)}"]`);
  if (!root) return () => {};
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const index = Number((entry.target as HTMLElement).dataset.step);
        steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
        onStep(index);
      }
    },
    // A thin band across the middle of the viewport: a step is current while it crosses it.
    { rootMargin: '-50% 0px -49% 0px' },
  );
  steps.forEach((step) => observer.observe(step));
  return () => observer.disconnect();
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
