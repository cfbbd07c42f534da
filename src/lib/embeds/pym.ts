/**
 * pym.js's message format, so a host page that already uses pym.js's `Parent` sizes our embeds unmodified:
 * `pym` + `xPYMx` + childId + `xPYMx` + type + `xPYMx` + value. The child sends `height`; the parent sends `width`.
 */
const SEPARATOR = 'xPYMx';

export interface PymMessage {
  childId: string;
  type: string;
  value: string;
}

export function pymMessage(childId: string, type: string, value: string | number): string {
  return ['pym', childId, type, String(value)].join(SEPARATOR);
}

/** The parts of a pym message, or null for anything else (other scripts post messages too). */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string' || data.length > 500) return null;
  const parts = data.split(SEPARATOR);
  if (parts.length !== 4 || parts[0] !== 'pym') return null;
  return { childId: parts[1], type: parts[2], value: parts[3] };
}

/** The largest height we accept: a bigger number is a mistake or a forgery, never a graphic. */
export const MAX_HEIGHT = 100_000;

/** A height message's value in pixels, or null if the message is not a sensible height. */
export function parseHeight(data: unknown): number | null {
  const message = parsePymMessage(data);
  if (!message || message.type !== 'height' || !/^\d+(\.\d+)?$/.test(message.value)) return null;
  const height = Math.ceil(Number(message.value));
  return height > 0 && height <= MAX_HEIGHT ? height : null;
}
