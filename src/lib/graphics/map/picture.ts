/** The map of Chinese projects as a picture (share cards): the static map's geometry, and a legend of sectors. */
import basemap, { geography } from 'virtual:basemap';
import type { InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { box, label, labelSize, svgImage, type Picture } from '../../publishing/pictures/scene.ts';
import type { MapProps } from './graphic.ts';
import type { MapState, MapWords } from './schema.ts';
import { focusBounds } from './map-camera.ts';
import { mapNames, SECTOR_COLOURS, staticMapModel } from './static-map.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function picture(p: { props: MapProps; words: MapWords; state: MapState; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format, ui } = p;
  const { projects } = p.props;
  // A step's close-up of its projects (as Static.svelte draws it); the others are dimmed.
  const focus = p.state.projects ?? [];
  const bounds = focus.length ? focusBounds(projects, focus, 1.2) : undefined;
  const model = staticMapModel(basemap, projects, bounds ? { bounds, width: 600, height: 420 } : undefined, mapNames(w), geography);
  const dim = (id: string) => (focus.length && !focus.includes(id) ? ' opacity="0.25"' : '');
  const located = projects.filter((x) => x.location).length;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}">` +
    model.countries.map((c) => `<path d="${c.d}" fill="${c.serbia ? 'var(--map-serbia)' : 'var(--map-land)'}"/>`).join('') +
    `<path d="${model.lakes}" fill="var(--map-water)"/>` +
    `<path d="${model.rivers}" fill="none" stroke="var(--map-water)" stroke-width="2" stroke-linejoin="round"/>` +
    `<path d="${model.borders}" fill="none" stroke="var(--text-muted)" stroke-width="1.2"/>` +
    `<path d="${model.disputedBorder}" fill="none" stroke="var(--text-muted)" stroke-width="1.2" stroke-dasharray="5 4"/>` +
    model.projects
      .map((m) => {
        const colour = SECTOR_COLOURS[m.project.sector];
        const dash = m.approximate ? ' stroke-dasharray="9 6"' : '';
        const line = m.d ? `<path d="${m.d}" fill="none" stroke="${colour}" stroke-width="5" stroke-linecap="round"${dash}${dim(m.project.id)}/>` : '';
        return line + m.points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="8" fill="${colour}" stroke="var(--bg)" stroke-width="2"${dim(m.project.id)}/>`).join('');
      })
      .join('') +
    // A close-up names its towns and rivers (it is shown by browsers only, as a step's picture: the share cards draw the whole map).
    (bounds
      ? model.places
          .filter((pl) => pl.shown)
          .map((pl) => {
            const font = pl.kind === 'town' ? 'font-size="20"' : 'font-size="18" font-style="italic"';
            const dot = pl.kind === 'town' ? `<circle cx="${pl.x}" cy="${pl.y}" r="3.5" fill="var(--text)"/>` : '';
            const anchor = pl.anchor === 'start' ? '' : ` text-anchor="${pl.anchor}"`;
            return `${dot}<text x="${Math.round(pl.tx)}" y="${Math.round(pl.ty)}"${anchor} font-family="Noto Sans, DejaVu Sans, sans-serif" ${font} fill="var(--${pl.kind === 'town' ? 'text' : 'map-water-text'})" stroke="var(--bg)" stroke-width="4" paint-order="stroke">${escapeXml(pl.name)}</text>`;
          })
          .join('')
      : '') +
    '</svg>';
  const sectors = Object.keys(SECTOR_COLOURS).filter((s) => projects.some((x) => x.sector === s)) as (keyof typeof SECTOR_COLOURS)[];
  const focusNames = projects.filter((x) => focus.includes(x.id)).map((x) => x.name);
  return {
    title: w.embedTitle,
    subtitle: '',
    alt: focusNames.length
      ? format.fill(w.caption.focus, { names: format.list(focusNames) })
      : `${format.fill(w.caption.all, { located, total: projects.length })} ${w.caption.borders}`,
    source: `${format.plural(ui.chart.sources, 1)} ${w.attribution}`,
    draw(width, height) {
      const size = labelSize(width);
      // A close-up is the map alone; the whole map has its key beside it.
      if (bounds) {
        const w = Math.min(width, (height * model.width) / model.height);
        return box({ width, height, justifyContent: 'center' }, [svgImage(svg, w, (w * model.height) / model.width)]);
      }
      const mapWidth = Math.min(width * 0.55, (height * model.width) / model.height);
      return box({ width, height, gap: size * 1.5, fontSize: size, color: 'var(--text)' }, [
        svgImage(svg, mapWidth, (mapWidth * model.height) / model.width),
        box(
          { flexDirection: 'column', justifyContent: 'center', gap: size * 0.6 },
          sectors.map((s) =>
            box({ alignItems: 'center', gap: size * 0.5 }, [
              box({ width: size, height: size, borderRadius: size, background: SECTOR_COLOURS[s] }),
              label(`${w.sectors[s]} (${format.number(projects.filter((x) => x.sector === s).length)})`),
            ]),
          ),
        ),
      ]);
    },
  };
}
