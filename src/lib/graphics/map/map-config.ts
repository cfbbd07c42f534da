/**
 * The one place to change the basemap. `null` (the default) draws the shipped Natural Earth basemap,
 * with no tile server and no request outside the page's origin.
 *
 * A newsroom with its own vector-tile style can put its style URL here, e.g.
 * `'https://maps.example-newsroom.org/styles/news-light/style.json'`. The projects, their legend, panel
 * and scroll steps are drawn on top of any style; the town labels are then left to the style. Note that
 * such a style makes the page request tiles, glyphs and sprites from that server, and the story's
 * "no outside request" browser test will say so.
 */
export const BASEMAP_STYLE_URL: string | null = null;
