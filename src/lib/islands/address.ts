/**
 * The page's address, for the whole page: the one module that reads and writes its fragment (#event-…, #project-…, a
 * section's id) and the islands' choices in its query (?categories=…), and the one `hashchange` listener. The page's
 * parts ask it instead of reading `location` and listening themselves, so that a link's fragment reaches them in a
 * known order (a part that reveals what the fragment names goes before a part that scrolls to it).
 *
 * Writing never adds an entry to the history nor scrolls (replaceState), and keeps the rest of the address.
 */

/** When a fragment listener runs: `reveal` (show what the fragment names) before `place` (scroll to it). */
export type FragmentPhase = 'reveal' | 'place';

export interface Address {
  /** The fragment's id, decoded, without the '#': '' when there is none. */
  fragment(): string;
  /** Sets the fragment to `#id`, or removes it (null); nothing else in the address changes. */
  setFragment(id: string | null): void;
  /** A query parameter's value, or null. */
  param(key: string): string | null;
  /** Sets a query parameter (commas kept readable), or removes it (null); the fragment stays. */
  setParam(key: string, value: string | null): void;
  /**
   * Calls `listener` with the new fragment's id each time the reader follows a link within the page (or edits the
   * fragment): `reveal` listeners before `place` ones, each phase in the order they were added. Returns its removal.
   */
  onFragment(listener: (id: string) => void, phase?: FragmentPhase): () => void;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a malformed %-escape is still the fragment's text
  }
}

export function createAddress(win: Window): Address {
  const listeners: { listener: (id: string) => void; phase: FragmentPhase }[] = [];
  const onHashChange = () => {
    const id = address.fragment();
    for (const phase of ['reveal', 'place'] as const) for (const entry of [...listeners]) if (entry.phase === phase) entry.listener(id);
  };
  const replace = (url: string) => win.history.replaceState(win.history.state, '', url);

  const address: Address = {
    fragment: () => decode(win.location.hash.slice(1)),
    setFragment(id) {
      const { pathname, search } = win.location;
      if (id === null) {
        if (win.location.hash) replace(pathname + search);
      } else if (address.fragment() !== id) replace(`${pathname}${search}#${encodeURIComponent(id)}`);
    },
    param: (key) => new URLSearchParams(win.location.search).get(key),
    setParam(key, value) {
      const query = new URLSearchParams(win.location.search);
      if (value === null) query.delete(key);
      else query.set(key, value);
      const search = query.toString().replace(/%2C/g, ',');
      const { pathname, hash } = win.location;
      replace(`${pathname}${search ? `?${search}` : ''}${hash}`);
    },
    onFragment(listener, phase = 'place') {
      if (!listeners.length) win.addEventListener('hashchange', onHashChange);
      const entry = { listener, phase };
      listeners.push(entry);
      return () => {
        const at = listeners.indexOf(entry);
        if (at >= 0) listeners.splice(at, 1);
      };
    },
  };
  return address;
}

let page: { win: Window; address: Address } | undefined;

/** This page's address (made when first asked: never on the server). */
export function pageAddress(): Address {
  if (page?.win !== window) page = { win: window, address: createAddress(window) };
  return page.address;
}
