/**
 * Every absolute address the build writes (canonical, og:url, og:image, hreflang, embed code, JSON-LD,
 * sitemap) comes from one place: story.json › site › url. Pure: no DOM, no Node.
 */
import type { Edition } from '../i18n/editions.ts';

/**
 * The address a local build (no site.url) computes with: `vite preview`'s. Its pages never show it: every address on
 * it is written relative to the page (relativeAddresses), and the embed code is completed in the browser.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';

/** The site's root address: STORY_SITE_URL (a staging build), else story.json's, else the local default. */
export function siteRoot(story: { site: { url?: string } }, override?: string): string {
  const url = override || story.site.url || DEFAULT_SITE_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

/** Whether the build knows where the story is published (story.json › site › url, or STORY_SITE_URL). */
export const isPublished = (story: { site: { url?: string } }, override?: string) => Boolean(override || story.site.url);

/** `to` as a path from the page at `from` (both on the same site): "../cards/story.png", "embed/debt.html", "./". */
export function relativePath(from: URL, to: URL): string {
  const here = from.pathname.split('/').slice(0, -1);
  const there = to.pathname.split('/');
  let same = 0;
  while (same < here.length && same < there.length - 1 && here[same] === there[same]) same++;
  return '../'.repeat(here.length - same) + there.slice(same).join('/') + to.search + to.hash || './';
}

/**
 * A local build's page, with every address on `site` made relative to the page (`page`: its path from the site's
 * root, "sr/embed/debt.html"): no address points at a machine that is not there, and the page works wherever it is
 * served. Crawlers need absolute addresses, so a published build (site.url) keeps them.
 */
export function relativeAddresses(text: string, site: string, page: string): string {
  const from = new URL(page, site);
  const pattern = new RegExp(`${site.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^"'\\s<>&]*`, 'g');
  return text.replace(pattern, (url) => relativePath(from, new URL(url)));
}

/** A path from an edition's folder ("embed/debt.html", "../embed.js") as an absolute address. */
export const absolute = (site: string, edition: Pick<Edition, 'path'>, path: string) => new URL(path, new URL(edition.path, site)).href;

/** The story's countries and borders, one file for every map of every edition (src/build/pages-plugin.ts writes it). */
export const BASEMAP_FILE = 'map/basemap.svg';

/** A share card's file, from the edition's folder: the story's, or a graphic's. */
export const cardPath = (id: string) => `cards/${id}.png`;
/** A card is drawn at this size (and twice as many pixels would only slow the crawlers down). */
export const CARD = { width: 1200, height: 630 } as const;

/** A chart's picture to download, from the edition's folder: "images/serbia-debt-to-china.png" (or .svg). */
export const imagePath = (file: string, type: 'png' | 'svg') => `images/${file}.${type}`;
/** A scroll step's graphic for readers without JavaScript, from the edition's folder: "steps/money-scrolly-1-2.svg". */
export const stepImagePath = (figureId: string, step: number) => `steps/${figureId}-${step}.svg`;
/** Its size in CSS pixels: drawn narrow, so that its labels stay legible on a phone (it is shown at most this wide). */
export const STEP_IMAGE = { width: 420, height: 320 } as const;

/** The downloaded picture's width in CSS pixels, and the PNG's scale (print: at least twice that). */
export const IMAGE = { width: 680, scale: 3 } as const;
