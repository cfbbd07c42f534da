/**
 * The small inline syntax allowed in story text: *emphasis* and [label](https://link).
 * It is parsed into tokens that components render as text nodes, never as HTML,
 * so markup typed into a data file is shown, not executed.
 */
export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'link'; text: string; href: string };

const TOKEN = /\*([^*\n]+)\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export function isSafeHref(href: string): boolean {
  return /^https?:\/\/[^\s]+$/.test(href) || /^#[\w-]+$/.test(href);
}

export function parseInline(s: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const m of s.matchAll(TOKEN)) {
    if (m.index > last) tokens.push({ kind: 'text', text: s.slice(last, m.index) });
    if (m[1] !== undefined) tokens.push({ kind: 'em', text: m[1] });
    else if (isSafeHref(m[3])) tokens.push({ kind: 'link', text: m[2], href: m[3] });
    else tokens.push({ kind: 'text', text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < s.length) tokens.push({ kind: 'text', text: s.slice(last) });
  return tokens;
}

/** Plain text of an inline string, for tooltips, alt text and CSV. */
export function inlineToPlain(s: string): string {
  return parseInline(s).map((t) => t.text).join('');
}

/** Problems with the inline syntax in a text, in plain words. */
export function checkInlineText(s: string): string[] {
  const problems: string[] = [];
  for (const m of s.matchAll(TOKEN)) {
    if (m[3] !== undefined && !isSafeHref(m[3]))
      problems.push(`link "${m[3]}" must start with https:// or http:// (or be #an-anchor)`);
  }
  if (/<\s*[a-z!/]/i.test(s))
    problems.push('contains HTML tags, which are shown as text, not run: use *emphasis* and [label](https://link) instead');
  return problems;
}
