/**
 * On the host page: sizes an embed's iframe to the height the embed reports. A message counts only when it
 * comes from this iframe's own window, so no other frame or script on the host can change the height.
 */
import { parseHeight, pymMessage } from './pym.ts';

export const EMBED_ATTRIBUTE = 'data-serbia-china-embed';

export function sizeIframe(iframe: HTMLIFrameElement, childId = ''): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!iframe.contentWindow || event.source !== iframe.contentWindow) return;
    const height = parseHeight(event.data);
    if (height !== null) iframe.style.height = `${height}px`;
  };
  // The embed may have loaded (and reported) before this ran: ask it, as pym's Parent does, with the width.
  const ask = () => iframe.contentWindow?.postMessage(pymMessage(childId, 'width', iframe.clientWidth), '*');
  window.addEventListener('message', onMessage);
  iframe.addEventListener('load', ask);
  ask();
  return () => {
    window.removeEventListener('message', onMessage);
    iframe.removeEventListener('load', ask);
  };
}

let count = 0;

/**
 * Sets up every embed in `root` once: an <iframe data-serbia-china-embed> from the snippet is sized as it is;
 * a <div data-serbia-china-embed="URL" data-title="…"> gets its iframe first.
 */
export function setUpEmbeds(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>(`[${EMBED_ATTRIBUTE}]`)) {
    if (element.dataset.embedReady) continue;
    element.dataset.embedReady = 'true';
    const childId = `serbia-china-${++count}`;
    let iframe: HTMLIFrameElement;
    if (element instanceof HTMLIFrameElement) iframe = element;
    else {
      const src = element.getAttribute(EMBED_ATTRIBUTE);
      if (!src) continue;
      const url = new URL(src, document.baseURI);
      url.searchParams.set('childId', childId);
      iframe = document.createElement('iframe');
      iframe.src = url.href;
      // The snippet always names its frame; a hand-made element without data-title gets the embed's address.
      iframe.title = element.dataset.title ?? url.pathname;
      iframe.loading = 'lazy';
      iframe.width = '100%';
      iframe.style.cssText = 'border:0;width:100%;display:block';
      element.append(iframe);
    }
    sizeIframe(iframe, childId);
  }
}
