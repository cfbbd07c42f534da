/** The live map's marker buttons name their projects in the page's language, and English parts as English. */
import { describe, expect, it } from 'vitest';
import { markEnglish } from '../../src/lib/i18n/fallback.ts';
import { nameButton } from '../../src/lib/graphics/map/marker-names.ts';

const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);
const button = () => new jsdom.JSDOM('<button></button>').window.document.querySelector('button')!;

describe('a marker button’s name', () => {
  it('is its label when the label is in the page’s language', () => {
    const b = button();
    nameButton(b, 'Пројекат: мост, саобраћај', '');
    expect(b.getAttribute('aria-label')).toBe('Пројекат: мост, саобраћај');
    expect(b.textContent).toBe('');
  });

  it('reads an untranslated name as English: hidden text with that part marked, the count shown but not read', () => {
    const b = button();
    nameButton(b, `Пројекти: ${markEnglish('car-interiors plant')} и мост`, '2');
    expect(b.hasAttribute('aria-label')).toBe(false);
    expect(b.querySelector('[aria-hidden="true"]')!.textContent).toBe('2');
    const name = b.querySelector('.sr-only')!;
    expect(name.textContent).toBe('Пројекти: car-interiors plant и мост');
    expect(name.querySelector('[lang="en"]')!.textContent).toBe('car-interiors plant');
    // Named again when the group changes: nothing of the old name is left.
    nameButton(b, 'Пројекти: мост и пруга', '2');
    expect(b.getAttribute('aria-label')).toBe('Пројекти: мост и пруга');
    expect(b.textContent).toBe('2');
  });
});
