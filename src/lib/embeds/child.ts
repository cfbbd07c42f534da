/**
 * Inside an embed: tells the host page the document's height whenever it changes (a ResizeObserver, no
 * polling), in pym.js's format, so both pym.js's `Parent` and our loader (embed.js) size the iframe. The
 * height is the document's own, not the iframe's, so it shrinks as well as grows.
 */
import { parsePymMessage, pymMessage } from './pym.ts';

export function reportHeight(win: Window = window): () => void {
  const host = win.parent;
  if (host === win) return () => {};
  // pym's Parent adds ?childId=… and only listens to messages with its id; our loader goes by the sender.
  const childId = new URLSearchParams(win.location.search).get('childId') ?? '';
  const root = win.document.documentElement;
  let last = -1;
  const send = (always = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    host.postMessage(pymMessage(childId, 'height', height), '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(root);
  // pym's Parent sends the width when its window resizes, and our loader asks once on load: answer with
  // the height. Only the host may ask.
  const onMessage = (event: MessageEvent) => {
    if (event.source === host && parsePymMessage(event.data)?.type === 'width') send(true);
  };
  win.addEventListener('message', onMessage);
  send(true);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
