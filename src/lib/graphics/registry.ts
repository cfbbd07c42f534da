/**
 * Every graphic of the story, one folder each. Adding a graphic: make its folder (schema.ts, graphic.ts, Figure.svelte,
 * picture.ts, see types.ts), add one line here, give it words in data/story.json › graphics, and document
 * its state in data/README.md. The data check, the story, the embed pages and the bench read this list.
 * Node-safe (no Svelte here): scripts/check-data.ts and scripts/bench.ts import it.
 */
import chinaTrade from './china-trade/graphic.ts';
import debt from './debt/graphic.ts';
import finance from './finance/graphic.ts';
import map from './map/graphic.ts';
import timeline from './timeline/graphic.ts';
import tradePartners from './trade-partners/graphic.ts';

export const GRAPHICS = [tradePartners, chinaTrade, finance, debt, map, timeline] as const;

export type Graphic = (typeof GRAPHICS)[number];
export type GraphicId = Graphic['id'];
/** The graphics a story block can show ({"type": "graphic"} or "scrolly"): those with a state. */
export type StateGraphic = Extract<Graphic, { kind: 'chart' | 'map' }>;
export type StateGraphicId = StateGraphic['id'];

export const GRAPHIC_IDS = GRAPHICS.map((g) => g.id) as GraphicId[];
export const STATE_GRAPHICS = GRAPHICS.filter((g): g is StateGraphic => g.kind !== 'timeline');

export function graphicById<I extends GraphicId>(id: I): Extract<Graphic, { id: I }> {
  const graphic = GRAPHICS.find((g) => g.id === id);
  if (!graphic) throw new Error(`No graphic "${id}" in src/lib/graphics/registry.ts`);
  return graphic as Extract<Graphic, { id: I }>;
}

/** The URL options a graphic's embed takes besides theme and title: its own list, or its state's keys. */
export function embedOptions(graphic: Graphic): readonly string[] {
  if (graphic.embed) return graphic.embed.options;
  const state = 'state' in graphic ? graphic.state : undefined;
  return state && 'shape' in state ? Object.keys(state.shape as object) : [];
}
