/**
 * The server render of every page of every edition: the story, an embed page (embed/<id>.html) or the
 * previewer (embed/index.html). The edition comes from the path: /sr/… is Serbian in Latin, /sr-cyrl/… in Cyrillic.
 * Also what the build draws besides the pages: share cards, chart pictures and the sitemap (src/build/images.ts).
 */
import basemap, { geography } from 'virtual:basemap';
import editions from 'virtual:story-data';
import App from './App.svelte';
import EmbedPage from './embed/EmbedPage.svelte';
import Previewer from './embed/Previewer.svelte';
import type { DataFiles } from './lib/data/schema.ts';
import { embedsOf } from './lib/embeds/embeds.ts';
import { embedIdFromPath } from './lib/embeds/snippet.ts';
import { createI18n, type I18n } from './lib/i18n/context.ts';
import { oneLanguage } from './lib/i18n/fallback.ts';
import { EDITIONS, ENGLISH, editionOfPath, type Edition } from './lib/i18n/editions.ts';
import { renderPage } from './lib/islands/render-page.ts';
import { SERVER_ISLANDS } from './lib/islands/server-components.ts';
import { downloadImage, shareCard, stepImage, storyCard as storyCardScene } from './lib/publishing/pictures/layouts.ts';
import { pictureOf } from './lib/publishing/pictures/pictures.ts';
import type { Picture, SceneNode } from './lib/publishing/pictures/scene.ts';
import { cardPath, IMAGE, imagePath, isPublished, relativeAddresses, siteRoot, STEP_IMAGE, stepImagePath } from './lib/publishing/site.ts';
import { graphicById } from './lib/graphics/registry.ts';
import { staticMapModel } from './lib/graphics/map/static-map.ts';
import { scrollSteps } from './lib/story/figures.ts';
import { sitemap } from './lib/publishing/sitemap.ts';

/** The editions this data has (English always; the translated ones when their folder, data/sr/, exists). */
export const available = EDITIONS.filter((e) => editions[e.id]);

const english = editions[ENGLISH.id]!['story.json'];
/** The published address of the site's root (story.json › site › url; STORY_SITE_URL for a staging build). */
const override = typeof process === 'undefined' ? undefined : process.env.STORY_SITE_URL;
export const site = siteRoot(english, override);
/** Whether the build knows the published address; a local build writes addresses relative to each page instead. */
export const published = isPublished(english, override);

function context(edition: Edition): { data: DataFiles; i18n: I18n } {
  const data = editions[edition.id]!;
  const root = edition.path ? '../' : '';
  return { data, i18n: createI18n(edition.lang, data['interface.json'], root, new URL(edition.path, site).href) };
}

/** The story's card shows the graphic meant for it (the map), or, without one, its first graphic. */
function storyPicture(data: DataFiles, i18n: I18n): Picture | null {
  const embeds = embedsOf(data['story.json']);
  const id = (embeds.find((e) => graphicById(e.id).story?.storyCard) ?? embeds[0])?.id;
  return id ? pictureOf(id, data, i18n) : null;
}

/** The story's islands' props file, beside each edition's index.html (options.externalProps: the build). */
export const PROPS_FILE = 'islands.json';

export function render(
  path: string,
  options: { externalProps?: boolean } = {},
): { head: string; body: string; lang: string; props?: Record<string, unknown>; csv: Map<string, string> } {
  const edition = editionOfPath(path, available);
  const { data, i18n } = context(edition);
  const story = data['story.json'];
  // The card's alt in one language: where the edition's picture text is partly an English fallback, the English one.
  const card = (id: string, picture: Picture | null, english: () => Picture | null) => ({
    url: new URL(cardPath(id), i18n.address).href,
    alt: picture ? oneLanguage(picture.alt, () => english()?.alt) : story.headline,
  });
  const en = () => context(ENGLISH);
  const page = (() => {
    if (!path.includes('/embed/'))
      return renderPage(App, { data, edition, editions: available, card: card('story', storyPicture(data, i18n), () => storyPicture(en().data, en().i18n)), published }, SERVER_ISLANDS, i18n, {
        propsFile: options.externalProps ? PROPS_FILE : undefined,
      });
    const embeds = embedsOf(story);
    if (/\/embed\/(index\.html)?$/.test(path))
      return renderPage(Previewer, { embeds, headline: story.headline, edition, editions: available }, SERVER_ISLANDS, i18n);
    const id = embedIdFromPath(path);
    const embed = embeds.find((e) => e.id === id);
    if (!embed) throw new Error(`${path}: no graphic of the story has the embed id "${id}" (embeds: ${embeds.map((e) => e.id).join(', ')})`);
    const rendered = renderPage(EmbedPage, { embed, data, card: card(embed.id, pictureOf(embed.id, data, i18n), () => pictureOf(embed.id, en().data, en().i18n)), published }, SERVER_ISLANDS, i18n);
    // In-page links of the story's components (e.g. the timeline's "#project-…") point to the story itself; a drawing's
    // reference to its own page (the map's <use href="#…">) stays.
    return { ...rendered, body: rendered.body.replace(/(<a\s[^>]*?)href="#/g, '$1href="../index.html#') };
  })();
  // Each CSV by its file from the site's root ("sr/data/serbia-debt-to-china.csv"), decoded: the Cyrillic edition's
  // names are Cyrillic on disk, as its pictures' are.
  const csv = new Map([...page.csv].filter(([url]) => url.startsWith(site)).map(([url, text]) => [decodeURIComponent(url.slice(site.length)), text]));
  if (published) return { ...page, csv, lang: edition.lang };
  const file = path.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html');
  const local = (text: string) => relativeAddresses(text, site, file);
  return {
    head: local(page.head),
    body: local(page.body),
    ...(page.props && { props: JSON.parse(local(JSON.stringify(page.props))) as Record<string, unknown> }),
    csv,
    lang: edition.lang,
  };
}

/** Every page's CSV files (render's `csv`), for the dev server, asked for one before or without its page. */
export function csvFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const edition of available)
    for (const path of [`/${edition.path}index.html`, ...embedsOf(editions[edition.id]!['story.json']).map((e) => `/${edition.path}embed/${e.id}.html`)])
      for (const [file, text] of render(path).csv) files.set(file, text);
  return files;
}

/** A picture the build draws: a share card (1200 × 630) or a chart's download (its width, any height). */
export interface ImageJob {
  /** From the site's root: "sr/cards/debt.png", "images/serbia-debt-to-china.svg". */
  file: string;
  scene: SceneNode;
  width: number;
  height?: number;
  /** PNG: device pixels per CSS pixel. SVG: absent. */
  scale?: number;
  type: 'png' | 'svg';
}

/** "27 November 2026", or "Updated 2 December 2026" once it has been. */
function storyDate(story: DataFiles['story.json'], i18n: I18n): string {
  const { format, words } = i18n;
  return story.updated && story.updated !== story.published ? format.fill(words.page.updated, { date: format.date(story.updated) }) : format.date(story.published);
}

/** Every share card and chart picture of every edition. */
export function images(): ImageJob[] {
  const jobs: ImageJob[] = [];
  for (const edition of available) {
    const { data, i18n } = context(edition);
    const story = data['story.json'];
    const text = { kicker: story.kicker, story: story.headline, publisher: story.site.publisher };
    const storyCard = storyPicture(data, i18n);
    if (storyCard)
      jobs.push({
        file: edition.path + cardPath('story'),
        scene: storyCardScene(storyCard, { kicker: story.kicker, headline: story.headline, date: storyDate(story, i18n), publisher: story.site.publisher }),
        width: 1200,
        height: 630,
        scale: 1,
        type: 'png',
      });
    for (const embed of embedsOf(story)) {
      const picture = pictureOf(embed.id, data, i18n);
      if (!picture) continue;
      jobs.push({ file: edition.path + cardPath(embed.id), scene: shareCard(picture, { ...text, title: picture.title }), width: 1200, height: 630, scale: 1, type: 'png' });
      if (!picture.file) continue;
      const credit = `${story.headline} · ${story.site.publisher}`;
      const scene = downloadImage(picture, { title: picture.title, subtitle: picture.subtitle, credit }, IMAGE.width, 380);
      for (const type of ['png', 'svg'] as const)
        jobs.push({ file: edition.path + imagePath(picture.file, type), scene, width: IMAGE.width, type, ...(type === 'png' && { scale: IMAGE.scale }) });
    }
  }
  return jobs;
}

/** Each scroll step's graphic as an SVG file, for readers without JavaScript (Scrolly.svelte's <noscript>). */
export function stepImages(): ImageJob[] {
  const jobs: ImageJob[] = [];
  for (const edition of available) {
    const { data, i18n } = context(edition);
    for (const step of scrollSteps(data['story.json'])) {
      const picture = pictureOf(step.graphic, data, i18n, step.state);
      if (picture)
        jobs.push({ file: edition.path + stepImagePath(step.figureId, step.index), scene: stepImage(picture, STEP_IMAGE.width, STEP_IMAGE.height), ...STEP_IMAGE, type: 'svg' });
    }
  }
  return jobs;
}

/**
 * map/basemap.svg: the countries, borders, lakes and rivers of the story's maps (StaticMap.svelte and ScrollyMap.svelte <use> it), the same in every
 * edition. Colours as inline styles of the page's custom properties, which the <use> passes on: light and dark alike.
 */
export function basemapSvg(): string {
  const model = staticMapModel(basemap, [], undefined, undefined, geography);
  const path = (d: string, style: string) => `<path d="${d}" style="${style}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}"><g id="countries">` +
    model.countries.map((c) => path(c.d, `fill:var(--map-${c.serbia ? 'serbia' : 'land'})`)).join('') +
    path(model.lakes, 'fill:var(--map-water)') +
    // Strokes in the reader's pixels, so that the scrolly map's close-ups (the drawing zoomed) keep thin lines.
    path(model.rivers, 'fill:none;stroke:var(--map-water);stroke-width:1.5;stroke-linejoin:round;stroke-linecap:round;vector-effect:non-scaling-stroke') +
    path(model.borders, 'fill:none;stroke:var(--text-muted);stroke-width:1;stroke-linejoin:round;vector-effect:non-scaling-stroke') +
    path(model.disputedBorder, 'fill:none;stroke:var(--text-muted);stroke-width:1;stroke-linejoin:round;stroke-dasharray:4 3;vector-effect:non-scaling-stroke') +
    '</g></svg>\n'
  );
}

/** sitemap.xml: the story in each edition; none without the published address (a sitemap lists absolute ones). */
export function sitemapXml(): string | null {
  if (!published) return null;
  return sitemap(
    available.map((e) => {
      const story = editions[e.id]!['story.json'];
      return { url: new URL(e.path, site).href, lang: e.lang, modified: story.updated ?? story.published };
    }),
  );
}
