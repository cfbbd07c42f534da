/**
 * The desk's list of web domains that are not original sources (reposts, scrapers, mirrors, aggregators), and the
 * check that keeps their addresses out of the data unless a source says openly that it is read via a repost.
 * Pure: it takes the list's text and the parsed data files.
 */
import { z } from 'zod';
import { issueToProblems, parseJson, type PathPart, type Problem } from './problems.ts';

/** Where the list lives, relative to data/. */
export const SOURCE_DOMAINS_FILE = 'checks/non-original-sources.json';
export const SOURCE_DOMAINS_SCHEMA_FILE = 'non-original-sources.schema.json';

/** The words that make an address on a listed domain acceptable: the source says how it was read. */
export const VIA_A_REPOST = /\bvia a repost\b/i;

export const DOMAIN_KINDS = ['repost', 'scraper', 'mirror', 'aggregator', 'dev-server', 'proxy', 'state-media', 'propaganda', 'content-farm'] as const;
/** Kinds that are never cited, not even as a repost: a figure resting only on them is dropped. */
const NEVER_CITED: readonly (typeof DOMAIN_KINDS)[number][] = ['propaganda', 'content-farm'];

export const sourceDomainsFile = z
  .object({
    $schema: z.string().optional(),
    domains: z.array(
      z
        .object({
          domain: z
            .string()
            .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'must be a domain in lower case, without https:// or a path, e.g. "news-pravda.com"' })
            .meta({ description: 'The domain; its subdomains are listed with it ("news-pravda.com" also covers "germany.news-pravda.com").' }),
          kind: z.enum(DOMAIN_KINDS).meta({
            description:
              'What the site is. "propaganda" and "content-farm" are never cited, not even as a repost; every other kind is accepted when the source’s name or note says "via a repost".',
          }),
          severity: z
            .enum(['error', 'warning'])
            .meta({ description: '"error": the check refuses the address; "warning": the check passes but lists it, with file, field and line.' }),
          why: z.string().min(1).meta({ description: 'Why the desk listed it, and where the original is when known.' }),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ description: 'Domains the desk has found not to be original sources. Extend it when a review finds another.' });

export type SourceDomains = z.infer<typeof sourceDomainsFile>;

/** The JSON Schema (draft-07) editors use for the list. */
export function sourceDomainsJsonSchema(): object {
  return {
    ...z.toJSONSchema(sourceDomainsFile, { target: 'draft-7', io: 'input' }),
    title: `data/${SOURCE_DOMAINS_FILE}`,
    description: `Schema for data/${SOURCE_DOMAINS_FILE}. Generated from src/lib/data/source-domains.ts by npm run schemas: do not edit by hand.`,
  };
}

/** Reads the list; its own mistakes are problems in its file. */
export function readSourceDomains(text: string): { list?: SourceDomains; problems: Problem[] } {
  const result = parseJson(SOURCE_DOMAINS_FILE, text);
  if (!result.parsed) return { problems: result.problems };
  const check = sourceDomainsFile.safeParse(result.parsed.value);
  if (!check.success)
    return { problems: [...result.problems, ...check.error.issues.flatMap((i) => issueToProblems(SOURCE_DOMAINS_FILE, i, result.parsed!.value, sourceDomainsJsonSchema()))] };
  return { list: check.data, problems: result.problems };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Every source ({name, url, note?}) in a parsed data file, with its path. */
function sourcesIn(value: unknown, path: PathPart[] = []): { name: string; url: string; note?: string; path: PathPart[] }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourcesIn(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const here = typeof o.url === 'string' && typeof o.name === 'string' ? [{ name: o.name, url: o.url, note: typeof o.note === 'string' ? o.note : undefined, path }] : [];
  return [...here, ...Object.entries(o).flatMap(([k, v]) => (k === 'url' ? [] : sourcesIn(v, [...path, k])))];
}

/** Each source address on a listed domain, as an error or a warning naming the file and the field. */
export function nonOriginalSources(files: Record<string, unknown>, list: SourceDomains): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const [file, value] of Object.entries(files)) {
    for (const source of sourcesIn(value)) {
      const host = hostOf(source.url);
      if (!host) continue;
      const entry = list.domains.find((d) => host === d.domain || host.endsWith(`.${d.domain}`));
      if (!entry) continue;
      const never = NEVER_CITED.includes(entry.kind);
      const said = VIA_A_REPOST.test(source.name) || (source.note !== undefined && VIA_A_REPOST.test(source.note));
      if (said && !never) continue;
      const message =
        `is on ${entry.domain}, which the desk lists as ${entry.kind === 'aggregator' ? 'an' : 'a'} ${entry.kind.replace('-', ' ')} site, not an original source (${entry.why}). ` +
        (never
          ? 'It is never cited: drop the figure it alone supports (write null and say why in the note), or cite an original outlet.'
          : 'Cite the original outlet, or, when no original can be found, say so in the source’s name, e.g. "RFE/RL, via a repost".') +
        ` The list is data/${SOURCE_DOMAINS_FILE}.`;
      (entry.severity === 'error' || never ? problems : warnings).push({ file, path: [...source.path, 'url'], message });
    }
  }
  return { problems, warnings };
}
