/**
 * Each graphic's picture, found by convention (src/lib/graphics/<id>/picture.ts): adding a graphic with a
 * picture touches no list. Server and build only.
 */
import { embedPath } from '../../embeds/snippet.ts';
import type { EmbedId } from '../../embeds/embeds.ts';
import type { DataFiles, GraphicId, InterfaceWords } from '../../data/schema.ts';
import { embedsOf } from '../../embeds/embeds.ts';
import { graphicById } from '../../graphics/registry.ts';
import type { I18n } from '../../i18n/context.ts';
import type { Format } from '../../i18n/format.ts';
import type { Picture } from './scene.ts';

export interface PictureInput {
  data: DataFiles;
  props: never;
  words: never;
  state: never;
  format: Format;
  ui: InterfaceWords;
  lang: string;
  /**
   * True for a scroll step's picture (for readers without JavaScript), which shows the step's state as the page
   * does; false for the share card and the downloads, which show the graphic whole: no step's highlight or
   * fading baked in.
   */
  step: boolean;
}

interface PictureModule {
  picture(input: PictureInput): Picture;
  /** Its files' name, when it depends on the state (the period a chart shows); otherwise its words' `file`. */
  pictureFile?(input: PictureInput): string;
}
const MODULES = import.meta.glob<PictureModule>('../../graphics/*/picture.ts', { eager: true });
const BY_ID = new Map(Object.entries(MODULES).map(([path, module]) => [/graphics\/([^/]+)\/picture\.ts$/.exec(path)![1], module]));

function inputOf(id: GraphicId, data: DataFiles, i18n: I18n, at?: object): PictureInput {
  const story = data['story.json'];
  const state = at ?? embedsOf(story).find((e) => e.id === id)?.state ?? {};
  return {
    data,
    props: graphicById(id).props(data) as never,
    words: story.graphics[id] as never,
    state: state as never,
    format: i18n.format,
    ui: i18n.words,
    lang: i18n.lang,
    step: at !== undefined,
  };
}

/** A graphic's picture at a state (a scroll step's), or as it first appears in the story (its embed's), in the edition's words. */
export function pictureOf(id: GraphicId, data: DataFiles, i18n: I18n, at?: object): Picture | null {
  return BY_ID.get(id)?.picture(inputOf(id, data, i18n, at)) ?? null;
}

/** The name of a graphic's picture files as its embed first shows it, without drawing it. */
export function pictureFileOf(id: GraphicId, data: DataFiles, i18n: I18n): string | undefined {
  const module = BY_ID.get(id);
  if (!module) return undefined;
  const input = inputOf(id, data, i18n);
  return module.pictureFile ? module.pictureFile(input) : (input.words as { file?: string } | undefined)?.file;
}

/** A chart's picture files and its CSV files' folder for its download links, from the page's folder (up: "../" from an embed page). */
/**
 * A chart's files: its picture as PNG and SVG, the folder of its CSV files, and, in the story (not on the chart's own
 * page), that page, where a long table is in full.
 */
export interface Downloads {
  png: string;
  svg: string;
  data: string;
  page?: string;
}

export function downloadsOf(id: GraphicId, data: DataFiles, i18n: I18n, up = ''): Downloads | undefined {
  if (graphicById(id).kind !== 'chart') return undefined;
  const file = pictureFileOf(id, data, i18n);
  return file ? { png: `${up}images/${file}.png`, svg: `${up}images/${file}.svg`, data: `${up}data/`, ...(!up && { page: embedPath(id as EmbedId) }) } : undefined;
}
