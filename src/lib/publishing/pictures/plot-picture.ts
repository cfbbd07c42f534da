/**
 * A chart kit plot (src/lib/charts/kit/Plot.svelte), server-rendered, as a picture: its markup inside an SVG
 * document of the picture's size, with what the page's stylesheet gives the plot (the page's rem, font and text
 * colour) said inline. Its colours stay tokens: the renderer resolves them (src/build/images.ts). Pure.
 */

/** CSS pixels to the rem, as on the page. */
export const REM = 16;

/** The plot's markup drawn `width` × `height` CSS pixels, shown `zoom` times as large. */
export function plotSvg(markup: string, size: { width: number; height: number; zoom?: number }): string {
  const zoom = size.zoom ?? 1;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width * zoom}" height="${size.height * zoom}" viewBox="0 0 ${size.width} ${size.height}"` +
    ` style="font-size:${REM}px;font-family:var(--font-sans);fill:var(--text)">${markup}</svg>`
  );
}
