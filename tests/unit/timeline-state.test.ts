// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { timelineChoice } from '../../src/lib/graphics/timeline/timeline-state.svelte.ts';

const all = ['economy', 'politics', 'security'];

afterEach(() => {
  timelineChoice.chosen = [];
  history.replaceState(null, '', '/');
});

describe('the timeline’s shared choice', () => {
  it('starts from the choice in the address, known categories only, in the data’s order', () => {
    history.replaceState(null, '', '/story/?categories=security,renamed,economy#event-a');
    timelineChoice.start(all);
    expect(timelineChoice.chosen).toEqual(['economy', 'security']);
    expect([...timelineChoice.hidden]).toEqual(['politics']);
  });

  it('hides nothing when nothing is chosen', () => {
    history.replaceState(null, '', '/story/');
    timelineChoice.start(all);
    expect(timelineChoice.chosen).toEqual([]);
    expect(timelineChoice.hidden.size).toBe(0);
  });

  it('keeps the reader’s choice in the address, and clears it there', () => {
    history.replaceState(null, '', '/story/#event-a');
    timelineChoice.start(all);
    timelineChoice.choose(['security', 'economy']);
    expect(timelineChoice.chosen).toEqual(['economy', 'security']);
    expect([...timelineChoice.hidden]).toEqual(['politics']);
    expect(location.search).toBe('?categories=economy,security');
    expect(location.hash).toBe('#event-a');
    timelineChoice.choose([]);
    expect(location.search).toBe('');
    expect(timelineChoice.hidden.size).toBe(0);
  });
});
