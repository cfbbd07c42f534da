/**
 * What a graphic declares about itself, in its own folder (src/lib/graphics/<id>/graphic.ts, its schemas in schema.ts). The registry
 * (registry.ts) lists them; the data check, the story, the embed pages and the bench all read it. By
 * convention the folder also holds Figure.svelte (the island), picture.ts (its drawing for the build: each
 * scroll step without JavaScript, its share card, a chart's PNG and SVG) and, when the embed is not the figure
 * alone, Embed.svelte.
 */
import type { z } from 'zod';
import type { PathPart } from '../data/problems.ts';
import type { FactFiles } from '../data/files.ts';

/** A problem found by a graphic's own checks: where in the state or words it is, and what is wrong. */
export interface Finding {
  path: PathPart[];
  message: string;
}

export type GraphicKind = 'chart' | 'map' | 'timeline';

export interface GraphicDefinition<Id extends string = string, Kind extends GraphicKind = GraphicKind, State = unknown, Words = unknown, Props = unknown> {
  /** The folder's name: story.json's "graphic", the island's name and the embed's file name. */
  id: Id;
  /** A chart or the map can be a "graphic" or "scrolly" block; the timeline is its own block. */
  kind: Kind;
  /** What a scroll step or a figure may ask of it in story.json. Absent: it cannot be a "graphic" block (the timeline). */
  state?: z.ZodType<State>;
  /** Its words: story.json › graphics › <id>. */
  words: z.ZodType<Words>;
  /** Its island's data: only what it draws, since the props are written into the page. */
  props(data: FactFiles): Props;
  /** A state's references to the data (a period, a year, a project): each must exist. */
  checkState?(state: State, data: Partial<FactFiles>): Finding[];
  /** Facts its words state (a title's "second-largest"), checked against the data. */
  checkWords?(words: Words, data: Partial<FactFiles>): Finding[];
  /** Its own rules across data files (e.g. a date that must agree with a timeline event's). */
  checkData?(data: Partial<FactFiles>): (Finding & { file: string })[];
  /**
   * Its embed page's URL options besides theme and title, when they are not its state's keys (the map takes one
   * ?project= where its state has a list). Read in the browser by its urlState().
   */
  embed?: { options: readonly string[] };
  /** Where the story treats it apart from the others (the map), said here rather than by its id elsewhere. */
  story?: {
    /** Whether a scroll step gets its own picture for readers without JavaScript (default: every step). */
    stepHasPicture?(state: State): boolean;
    /** Its scrollytelling blocks offer no Embed button (the map's tour: its embed is the explorable map below). */
    noScrollyEmbed?: boolean;
    /** The story's share card shows it (otherwise the story's first graphic). */
    storyCard?: boolean;
    /** In the story it draws the countries from the shared map/basemap.svg, given to its island as `basemapUrl`. */
    sharedBasemap?: boolean;
  };
  /**
   * npm run bench: the most its embed page may load, gzip bytes, as the browser fetches it. `nearView`: what it
   * loads only once the graphic nears the view (the map's MapLibre), matched by file name and budgeted apart.
   */
  budget: { js: number; css: number; nearView?: { js: number; css: number; files: RegExp } };
}

export const defineGraphic = <const Id extends string, const Kind extends GraphicKind, S, W, P>(definition: GraphicDefinition<Id, Kind, S, W, P>) =>
  definition;
