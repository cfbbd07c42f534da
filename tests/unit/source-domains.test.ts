import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { readSourceDomains, SOURCE_DOMAINS_FILE, SOURCE_DOMAINS_SCHEMA_FILE, sourceDomainsJsonSchema } from '../../src/lib/data/source-domains.ts';
import { validateData, type DataInput } from '../../src/lib/data/validate.ts';

const root = join(import.meta.dirname, '..', '..');
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'data-valid');

const LIST = JSON.stringify(
  {
    domains: [
      { domain: 'expo2010china.hu', kind: 'repost', severity: 'error', why: 'reposted CRI' },
      { domain: 'people.cn', kind: 'mirror', severity: 'warning', why: 'a test entry' },
      { domain: 'beta.rs', kind: 'propaganda', severity: 'warning', why: 'a test entry' },
    ],
  },
  null,
  2,
);

/** The valid fixture with the list, after one change to the timeline's first sourced event. */
function withList(list: string, change?: (timeline: any) => void): DataInput {
  const input = { ...readDataDir(FIXTURE), sourceDomains: list };
  if (change) {
    const timeline = JSON.parse(input.files['timeline.json']);
    change(timeline);
    input.files['timeline.json'] = JSON.stringify(timeline, null, 2);
  }
  return input;
}

const expoEvent = (t: any) => t.events.find((e: any) => e.sources.some((s: any) => s.url.includes('expo2010china')));

describe('source addresses on domains the desk lists as not original', () => {
  it('the fixture passes without the list', () => {
    expect(validateData(readDataDir(FIXTURE)).ok).toBe(true);
  });

  it('an error-level domain is refused, naming the file, the field and the line', () => {
    const result = validateData(withList(LIST));
    expect(result.ok).toBe(false);
    const printed = result.problems.map((p) => formatProblem(p));
    const expo = printed.filter((p) => p.includes('expo2010china.hu'));
    expect(expo).toHaveLength(1);
    expect(expo[0]).toMatch(/^timeline\.json › events › \[\d+\] “[^”]+” › sources › \[0\] › url \(line \d+, column \d+\)/);
    expect(expo[0]).toContain('data/checks/non-original-sources.json');
  });

  it('"via a repost" in the source’s name or note is accepted', () => {
    for (const field of ['name', 'note'] as const) {
      const result = validateData(
        withList(LIST, (t) => {
          const source = expoEvent(t).sources[0];
          source[field] = field === 'name' ? 'CRI, via a repost (expo2010china.hu)' : 'The original could not be found: CRI, via a repost.';
        }),
      );
      expect(result.problems.map((p) => p.message).join('\n')).not.toContain('expo2010china.hu');
    }
  });

  it('a warning-level domain passes, listed with file and field; subdomains count', () => {
    const result = validateData(withList(LIST, (t) => (expoEvent(t).sources[0].name = 'CRI, via a repost')));
    const warned = result.warnings.filter((w) => w.message.includes('people.cn')).map((w) => formatProblem(w));
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((w) => /› sources › \[\d+\] › url \(line \d+/.test(w))).toBe(true);
    expect(result.problems.some((p) => p.message.includes('people.cn'))).toBe(false);
  });

  it('a propaganda domain is refused even "via a repost", and even when listed as a warning', () => {
    const result = validateData(
      withList(LIST, (t) => {
        expoEvent(t).sources[0].name = 'CRI, via a repost';
      }),
    );
    const debt = result.problems.filter((p) => p.file === 'debt.json' && p.message.includes('beta.rs'));
    expect(debt.length).toBeGreaterThan(0);
    expect(debt[0].message).toMatch(/never cited/);
  });

  it('a mistake in the list itself is named in the list’s file', () => {
    const broken = LIST.replace('"expo2010china.hu"', '"https://expo2010china.hu/"');
    const result = validateData(withList(broken));
    expect(result.problems.some((p) => p.file === SOURCE_DOMAINS_FILE && /domain in lower case/.test(p.message))).toBe(true);
  });
});

describe('the desk’s list in data/', () => {
  const text = readFileSync(join(root, 'data', SOURCE_DOMAINS_FILE), 'utf8');

  it('is valid, with each domain once', () => {
    const { list, problems } = readSourceDomains(text);
    expect(problems).toEqual([]);
    const domains = list!.domains.map((d) => d.domain);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('points its $schema at the generated schema, which is up to date (npm run schemas)', () => {
    expect(JSON.parse(text).$schema).toBe(`../schemas/${SOURCE_DOMAINS_SCHEMA_FILE}`);
    expect(JSON.parse(readFileSync(join(root, 'data', 'schemas', SOURCE_DOMAINS_SCHEMA_FILE), 'utf8'))).toEqual(sourceDomainsJsonSchema());
  });
});
