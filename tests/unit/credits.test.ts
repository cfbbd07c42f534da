/** The foot of the story: the data credits, and the desk's contact once a journalist has filled in its address. */
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/lib/data/validate.ts';
import Credits from '../../src/lib/story/Credits.svelte';
import { fixture, renderWith } from '../helpers/data.ts';

const jsdom: { JSDOM: new (html: string) => { window: Window } } = await import('jsdom' as string);
const footer = (html: string) => new jsdom.JSDOM(`<body>${html}</body>`).window.document;

describe('the contact line', () => {
  const data = fixture();
  const { credits } = data['story.json'];
  const text = 'To report an error, write to {address}.';

  it('is not shown while its address is empty, or when the story has none', () => {
    expect(footer(renderWith(Credits, { credits, contact: { text, address: '' } }, data)).querySelector('.contact')).toBeNull();
    expect(footer(renderWith(Credits, { credits }, data)).querySelector('.contact')).toBeNull();
  });

  it('shows the text with the address as a link: mail for an e-mail address, the page for an https:// one', () => {
    const mail = footer(renderWith(Credits, { credits, contact: { text, address: 'desk@example.org' } }, data)).querySelector('.contact')!;
    expect(mail.textContent).toBe('To report an error, write to desk@example.org.');
    expect(mail.querySelector('a')!.getAttribute('href')).toBe('mailto:desk@example.org');
    const page = footer(renderWith(Credits, { credits, contact: { text, address: 'https://news.example.org/contact' } }, data)).querySelector('.contact a')!;
    expect(page.getAttribute('href')).toBe('https://news.example.org/contact');
  });

  it('refuses an address that is neither, and a text without {address}, naming the field', () => {
    const check = (contact: unknown) => {
      const files = fixture() as unknown as Record<string, Record<string, unknown>>;
      files['story.json'].contact = contact;
      return validateData({ files: Object.fromEntries(Object.entries(files).map(([name, value]) => [name, JSON.stringify(value, null, 2)])) });
    };
    expect(check({ text, address: 'desk@example.org' }).ok).toBe(true);
    expect(check({ text, address: '' }).ok).toBe(true);
    const bad = check({ text, address: 'http://example.org' });
    expect(bad.problems.map((p) => `${p.file} ${p.path.join('.')}`)).toContain('story.json contact.address');
    expect(check({ text: 'Write to us.', address: 'desk@example.org' }).problems.map((p) => p.path.join('.'))).toContain('contact.text');
  });
});
