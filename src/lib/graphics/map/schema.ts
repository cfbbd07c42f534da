/** The map of the projects: what story.json may ask of it (its state) and its words (story.json › graphics › map). */
import { z } from 'zod';
import { pluralWords, template, text, wordsFor } from '../../data/schema-parts.ts';
import { PROJECT_STATUSES, SECTORS } from '../../data/schema-parts.ts';
import { COUNTRY_CODES, RIVER_IDS, TOWN_IDS } from './basemap.ts';

export const state = z
  .object({
    projects: z
      .array(text)
      .min(1)
      .optional()
      .meta({ description: 'Ids of projects in projects.json to fly to and highlight, e.g. ["pupin-bridge"]. Leave out to show all of Serbia.' }),
  })
  .strict();
export type MapState = z.infer<typeof state>;

export const words = z
  .object({
    embedTitle: text,
    listTitle: pluralWords(),
    mapLabel: text,
    summary: template(['located', 'total', 'sectors']),
    sectorCount: template(['count', 'sector']),
    exploreHelp: text,
    listBelow: text,
    sectors: wordsFor(SECTORS),
    statuses: wordsFor(PROJECT_STATUSES),
    countries: wordsFor(COUNTRY_CODES).meta({ description: 'The countries’ names on the map, by code (XK is Kosovo).' }),
    towns: wordsFor(TOWN_IDS).meta({ description: 'The towns’ names on the map, by id (the towns are listed in src/lib/graphics/map/basemap.ts › TOWNS).' }),
    rivers: wordsFor(RIVER_IDS).meta({ description: 'The rivers’ names on the map, by id (basemap.ts › RIVERS).' }),
    caption: z.object({ all: template(['located', 'total']), focus: template(['names']), kosovo: text, borders: text }).strict(),
    legend: z.object({ hint: text, approximatePosition: text, approximateRoute: text }).strict(),
    button: template(['name', 'sector']),
    panel: z.object({ approximate: text, close: template(['name']), inList: text, expand: template(['name']) }).strict(),
    group: z
      .object({ button: pluralWords(['names']), title: pluralWords() })
      .strict()
      .meta({ description: 'A marker standing for several projects at one place: its label for screen readers, and the title of the list it opens.' }),
    list: z
      .object({
        company: text,
        keyDates: text,
        date: template(['date', 'label']),
        value: text,
        notKnown: text,
        controversy: text,
        location: text,
        approximatePosition: text,
        sources: text,
      })
      .strict(),
    attribution: text.meta({ description: 'The credit in the live map’s corner.' }),
    controls: z
      .object({
        map: text,
        zoomIn: text,
        zoomOut: text,
        toggleAttribution: text,
        ctrlScroll: text,
        cmdScroll: text,
        twoFingers: text,
      })
      .strict()
      .meta({ description: 'What the live map’s own buttons and hints say (MapLibre’s words, in the reader’s language).' }),
  })
  .strict();
export type MapWords = z.infer<typeof words>;
