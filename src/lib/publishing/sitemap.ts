/** sitemap.xml: each edition of the story, with the others as its alternates. Pure. */
export interface SitemapPage {
  url: string;
  lang: string;
  modified: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemap(pages: SitemapPage[]): string {
  const alternates = pages.map((p) => `    <xhtml:link rel="alternate" hreflang="${xml(p.lang)}" href="${xml(p.url)}"/>`).join('\n');
  const entries = pages.map(
    (p) => `  <url>\n    <loc>${xml(p.url)}</loc>\n    <lastmod>${xml(p.modified)}</lastmod>\n${pages.length > 1 ? `${alternates}\n` : ''}  </url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${entries.join('\n')}\n</urlset>\n`
  );
}
