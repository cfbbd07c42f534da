// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markListEntry } from '../../src/lib/graphics/map/map-state.svelte.ts';

describe('the map’s chosen project in the list below it', () => {
  it('marks the chosen project’s entry alone, and none when none is chosen', () => {
    document.body.innerHTML = `<ul class="project-list"><li id="project-a"></li><li id="project-b" data-selected></li><li id="project-c"></li></ul>`;
    const marked = () => [...document.querySelectorAll('[data-selected]')].map((el) => el.id);
    markListEntry(document, 'c');
    expect(marked()).toEqual(['project-c']);
    markListEntry(document, 'a');
    expect(marked()).toEqual(['project-a']);
    markListEntry(document, 'unknown');
    expect(marked()).toEqual([]);
    markListEntry(document, 'b');
    markListEntry(document, null);
    expect(marked()).toEqual([]);
  });
});
