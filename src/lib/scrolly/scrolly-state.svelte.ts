import { onMount } from 'svelte';
import { observeScrollSteps } from './scroll-steps.ts';

interface StateProps<S> {
  /** The state the graphic's block gives it (an embed's URL options included). */
  state?: S;
  /** In a scrollytelling block: each step's state, and the block's id on the page. */
  steps?: S[];
  scrollyId?: string;
}

/**
 * The state a graphic shows: its block's, then in a scrollytelling block that of the step the reader has reached
 * (scroll-steps.ts). `onStep` runs at each change of step: a figure forgets the reader's own choice there, so that
 * the step's view is what shows. Call it while a component starts (it observes the steps once mounted).
 */
export function scrollyState<S extends object>(props: () => StateProps<S>, onStep?: () => void): { readonly shown: Partial<S> } {
  let step = $state.raw<S | null>(null);
  const shown = $derived({ ...props().state, ...step } as Partial<S>);
  onMount(() => {
    const { steps, scrollyId } = props();
    if (!steps || !scrollyId) return;
    return observeScrollSteps(scrollyId, (index) => {
      step = steps[index] ?? null;
      onStep?.();
    });
  });
  return {
    get shown() {
      return shown;
    },
  };
}
