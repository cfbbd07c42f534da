import { hasMarks, segments } from '../../i18n/fallback.ts';

/**
 * A marker button's name, and what it shows (a group's count). A label in the page's language is its aria-label;
 * one with English in it (a name not yet translated) is hidden text whose English parts are marked lang="en",
 * which an attribute cannot be, so that a screen reader reads each part in its language.
 */
export function nameButton(element: HTMLElement, label: string, shown = ''): void {
  if (!hasMarks(label)) {
    element.textContent = shown;
    element.setAttribute('aria-label', label);
    return;
  }
  const doc = element.ownerDocument;
  const name = doc.createElement('span');
  name.className = 'sr-only';
  for (const part of segments(label)) name.append(part.en ? Object.assign(doc.createElement('span'), { lang: 'en', textContent: part.text }) : part.text);
  const count = Object.assign(doc.createElement('span'), { textContent: shown });
  count.setAttribute('aria-hidden', 'true');
  element.replaceChildren(...(shown ? [count] : []), name);
  element.removeAttribute('aria-label');
}
