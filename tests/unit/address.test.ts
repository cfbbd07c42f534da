// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAddress } from '../../src/lib/islands/address.ts';

/** jsdom fires hashchange asynchronously, as browsers do. */
const hashChanged = () => new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));

async function go(hash: string): Promise<void> {
  const changed = hashChanged();
  location.hash = hash;
  await changed;
}

afterEach(() => history.replaceState(null, '', '/'));

describe('the page’s address', () => {
  it('reads the fragment decoded, without its #', () => {
    history.replaceState(null, '', '/story/?categories=economy#event-%C4%8Dukarica');
    const address = createAddress(window);
    expect(address.fragment()).toBe('event-čukarica');
    history.replaceState(null, '', '/story/');
    expect(address.fragment()).toBe('');
    history.replaceState(null, '', '/story/#bad-%E0');
    expect(address.fragment()).toBe('bad-%E0');
  });

  it('sets and clears the fragment without a new history entry, keeping the query', () => {
    history.replaceState(null, '', '/story/?categories=economy');
    const length = history.length;
    const address = createAddress(window);
    address.setFragment('event-x');
    expect(location.pathname + location.search + location.hash).toBe('/story/?categories=economy#event-x');
    address.setFragment(null);
    expect(location.href).toMatch(/\/story\/\?categories=economy$/);
    expect(history.length).toBe(length);
  });

  it('keeps the history’s state when it writes', () => {
    history.replaceState({ kept: 1 }, '', '/story/');
    createAddress(window).setFragment('event-x');
    expect(history.state).toEqual({ kept: 1 });
  });

  it('sets and removes a query parameter, commas readable, the fragment kept', () => {
    history.replaceState(null, '', '/story/?theme=dark#event-x');
    const address = createAddress(window);
    address.setParam('categories', 'economy,security');
    expect(location.search).toBe('?theme=dark&categories=economy,security');
    expect(location.hash).toBe('#event-x');
    expect(address.param('categories')).toBe('economy,security');
    address.setParam('theme', null);
    address.setParam('categories', null);
    expect(location.search).toBe('');
    expect(location.pathname + location.hash).toBe('/story/#event-x');
  });

  it('tells every listener of a followed link, revealing before placing, until removed', async () => {
    history.replaceState(null, '', '/story/');
    const address = createAddress(window);
    const calls: string[] = [];
    const stopPlace = address.onFragment((id) => calls.push(`place ${id}`));
    const stopReveal = address.onFragment((id) => calls.push(`reveal ${id}`), 'reveal');
    const stopSecond = address.onFragment((id) => calls.push(`second ${id}`));
    await go('#event-a');
    expect(calls).toEqual(['reveal event-a', 'place event-a', 'second event-a']);
    calls.length = 0;
    stopReveal();
    stopSecond();
    await go('#project-b');
    expect(calls).toEqual(['place project-b']);
    calls.length = 0;
    stopPlace();
    await go('#event-c');
    expect(calls).toEqual([]);
    // Asked again after every listener left: told once.
    const stopAgain = address.onFragment((id) => calls.push(`again ${id}`));
    await go('#event-d');
    expect(calls).toEqual(['again event-d']);
    stopAgain();
  });

  it('does not call listeners for its own writes', async () => {
    history.replaceState(null, '', '/story/');
    const address = createAddress(window);
    const calls: string[] = [];
    const stop = address.onFragment((id) => calls.push(id));
    address.setFragment('event-a');
    await go('#event-b');
    expect(calls).toEqual(['event-b']);
    stop();
  });
});
