/**
 * The words of the page live in data/ (interface.json, story.json): some are templates with named
 * placeholders, "Showing {shown} of {total} events", and some come in plural forms chosen by
 * Intl.PluralRules ({ "one": "{count} record", "other": "{count} records" }). Pure: no DOM.
 */

/** A text with {placeholders}, or its plural forms (CLDR categories; `other` is always there). */
export type Template = string;
export type PluralForms = { other: Template } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', Template>>;
export type Words = Template | PluralForms;

const PLACEHOLDER = /\{([a-zA-Z][\w]*)\}/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Fills a template. Values are inserted as they are: whatever they contain (even "{x}" or "$&") is text,
 * never a pattern. A placeholder with no value stays visible, so a mistake shows instead of vanishing.
 */
export function fill(template: Template, values: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, offset: number) =>
    Object.hasOwn(values, name) ? nestQuotes(String(values[name]), template.slice(0, offset)) : whole,
  );
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/**
 * A value set inside the template's own quotation marks gets the inner marks: „… ‚zajednička budućnost‘ …“ in
 * Serbian („ “ → ‚ ‘), “… ‘common future’ …” in English (“ ” → ‘ ’), never the same marks twice.
 */
function nestQuotes(value: string, before: string): string {
  if (!/[„“”]/.test(value)) return value;
  // „ opens only in Serbian, where “ closes; in English “ opens and ” closes.
  if (before.includes('„')) return count(before, '„') > count(before, '“') ? value.replace(/„/g, '‚').replace(/“/g, '‘') : value;
  return count(before, '“') > count(before, '”') ? value.replace(/“/g, '‘').replace(/”/g, '’') : value;
}

/** The form for a count in a language ("one" for 1 in English; "few" for 2–4 in Serbian), filled with the count and the values. */
export function plural(forms: Words, count: number, locale: string, values: Record<string, string | number> = {}): string {
  if (typeof forms === 'string') return fill(forms, { count, ...values });
  const category = new Intl.PluralRules(locale).select(count) as keyof PluralForms;
  return fill(forms[category] ?? forms.other, { count, ...values });
}
