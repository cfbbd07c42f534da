/** The story's structured data for news search (schema.org NewsArticle, as JSON-LD). Pure. */
import { inlineToPlain } from '../data/inline.ts';
import type { StoryFile } from '../data/schema.ts';

export interface NewsArticleInput {
  story: Pick<StoryFile, 'headline' | 'standfirst' | 'byline' | 'published' | 'updated' | 'site'>;
  lang: string;
  /** The page's absolute address and its share card's. */
  url: string;
  image: string;
}

export function newsArticle({ story, lang, url, image }: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: url,
    url,
    headline: story.headline,
    description: inlineToPlain(story.standfirst),
    image: [image],
    datePublished: story.published,
    dateModified: story.updated ?? story.published,
    author: [{ '@type': 'Organization', name: story.byline }],
    publisher: { '@type': 'Organization', name: story.site.publisher },
    inLanguage: lang,
    isAccessibleForFree: true,
  };
}
