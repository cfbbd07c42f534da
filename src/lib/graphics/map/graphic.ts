/**
 * The map of Chinese projects: a scroll graphic that flies to the projects each step names, and in the
 * projects block ({"type": "projects"}) the explorable map with its list. Its embed is the explorable map.
 */
import { mustBeIn } from '../checks.ts';
import { defineGraphic } from '../types.ts';
import { mapProjects, type MapProject } from './static-map.ts';
import { state, words } from './schema.ts';
export type { MapState, MapWords } from './schema.ts';

export interface MapProps {
  projects: MapProject[];
}

export default defineGraphic({
  id: 'map',
  kind: 'map',
  state,
  words,
  props: (data): MapProps => ({ projects: mapProjects(data['projects.json'].projects) }),
  checkState(s, data) {
    const ids = data['projects.json']?.projects.map((p) => p.id);
    return (s.projects ?? []).flatMap((id, n) => mustBeIn(['projects', n], 'the project', id, ids));
  },
  embed: { options: ['project'] },
  // The scrolly tours the projects: a step without a close-up would only repeat the map above the steps, and the
  // tour's Embed button would repeat the explorable map's.
  story: { stepHasPicture: (s) => s.projects !== undefined, noScrollyEmbed: true, storyCard: true, sharedBasemap: true },
  // The map embed shows the static SVG map first; MapLibre (its style sheet and worker too) arrives only as the
  // map nears the view: in a host page, as the reader scrolls to the frame.
  budget: { js: 60_000, css: 15_000, nearView: { js: 460_000, css: 11_000, files: /^(live-map|maplibre-gl-worker)-/ } },
});
