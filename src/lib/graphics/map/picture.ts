/** The map of Chinese projects as a picture (share cards): the static map's geometry, and a legend of sectors. */
import basemap from 'virtual:basemap';
import type { InterfaceWords } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import { box, label, labelSize, svgImage, type Picture } from '../../publishing/pictures/scene.ts';
import type { MapProps, MapWords } from './graphic.ts';
import { SECTOR_COLOURS, staticMapModel } from './static-map.ts';

export function picture(p: { props: MapProps; words: MapWords; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format, ui } = p;
  const { projects } = p.props;
  const model = staticMapModel(basemap, projects);
  const located = projects.filter((x) => x.location).length;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}">` +
    model.countries.map((c) => `<path d="${c.d}" fill="${c.serbia ? 'var(--map-serbia)' : 'var(--map-land)'}"/>`).join('') +
    `<path d="${model.borders}" fill="none" stroke="var(--text-muted)" stroke-width="1.2"/>` +
    `<path d="${model.disputedBorder}" fill="none" stroke="var(--text-muted)" stroke-width="1.2" stroke-dasharray="5 4"/>` +
    model.projects
      .map((m) => {
        const colour = SECTOR_COLOURS[m.project.sector];
        const dash = m.approximate ? ' stroke-dasharray="9 6"' : '';
        const line = m.d ? `<path d="${m.d}" fill="none" stroke="${colour}" stroke-width="5" stroke-linecap="round"${dash}/>` : '';
        return line + m.points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="8" fill="${colour}" stroke="var(--bg)" stroke-width="2"/>`).join('');
      })
      .join('') +
    '</svg>';
  const sectors = Object.keys(SECTOR_COLOURS).filter((s) => projects.some((x) => x.sector === s)) as (keyof typeof SECTOR_COLOURS)[];
  return {
    title: w.embedTitle,
    subtitle: '',
    alt: `${format.fill(w.caption.all, { located, total: projects.length })} ${w.caption.borders}`,
    source: `${format.plural(ui.chart.sources, 1)} ${w.attribution}`,
    draw(width, height) {
      const size = labelSize(width);
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
