/** The timeline as a picture (share cards): a mark per event by year, in its category's colour and shape (as on the page), with a key. */
import type { FactFiles, InterfaceWords } from '../../data/files.ts';
import type { Format } from '../../i18n/format.ts';
import { box, label, labelSize, place, svgImage, type Picture } from '../../publishing/pictures/scene.ts';
import { colorOf, shapePath, type Category } from './categories.ts';
import type { TimelineWords } from './schema.ts';
import { eventYear, sortEvents } from './model.ts';

/** An SVG of shapes, each category's in one path of its colour (hollow shapes are two outlines: evenodd). */
function shapesSvg(width: number, height: number, marks: { category: Category; x: number; y: number; s: number }[]): string {
  const paths = new Map<Category, string>();
  for (const m of marks) paths.set(m.category, (paths.get(m.category) ?? '') + shapePath(m.category.shape, m.x, m.y, m.s));
  const body = [...paths].map(([c, d]) => `<path d="${d}" fill="${colorOf(c)}" fill-rule="evenodd"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

export function picture(p: { data: FactFiles; words: TimelineWords; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format } = p;
  const events = sortEvents(p.data['timeline.json'].events);
  const years = events.map((e) => Number(eventYear(e)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const all = p.data['timeline.json'].categories;
  const byId = new Map(all.map((c) => [c.id, c]));
  const categories = all.filter((c) => events.some((e) => e.category === c.id));
  const count = (c: Category) => events.filter((e) => e.category === c.id).length;
  return {
    title: w.embedTitle,
    subtitle: '',
    alt: `${w.embedTitle}. ${w.eventsHeading}: ${format.fill(p.ui.format.range, { start: String(first), end: String(last) })}; ${categories
      .map((c) => `${c.name} ${format.number(count(c))}`)
      .join(', ')}.`,
    source: '',
    draw(width, height) {
      const size = labelSize(width);
      const span = last - first + 1;
      const perYear = new Map<number, number>();
      const tallest = Math.max(...[...new Set(years)].map((y) => years.filter((x) => x === y).length));
      const plot = height - size * 7;
      // The key may take two lines: the tallest year keeps a margin below it.
      const cell = Math.min((width / span) * 0.8, (plot * 0.8) / tallest / 1.15, size * 1.2);
      const marks = events.flatMap((e, i) => {
        const category = byId.get(e.category);
        const year = years[i];
        const n = perYear.get(year) ?? 0;
        perYear.set(year, n + 1);
        const x = ((year - first + 0.5) / span) * width - cell / 2;
        return category ? [{ category, x, y: plot - (n + 1) * cell * 1.15 + cell * 0.15, s: cell }] : [];
      });
      // The first and last year and round years between, none closer to another than a label's width.
      const step = span > 40 ? 10 : 5;
      const gap = (step * 0.8 * 100) / span;
      const at = (y: number) => ((y - first + 0.5) / span) * 100;
      const labelled: number[] = [];
      for (const y of [first, ...Array.from({ length: span }, (_, i) => first + i).filter((y) => y % step === 0), last])
        if (!labelled.length || at(y) - at(labelled[labelled.length - 1]) >= Math.max(gap, 6)) labelled.push(y);
        else if (y === last) labelled[labelled.length - 1] = last;
      return box({ flexDirection: 'column', width, height, fontSize: size, color: 'var(--text)' }, [
        box(
          { flexWrap: 'wrap', gap: `${size * 0.3}px ${size * 1.1}px`, fontSize: size * 0.9, marginBottom: size },
          categories.map((c) => {
            const s = Math.round(size * 0.8);
            return box({ alignItems: 'center', gap: size * 0.4 }, [
              svgImage(shapesSvg(s, s, [{ category: c, x: 0, y: 0, s }]), s, s),
              label(`${c.name} ${format.number(count(c))}`),
            ]);
          }),
        ),
        box({ position: 'relative', flexGrow: 1, borderBottom: '1.5px solid var(--text-muted)' }, [
          box({ position: 'absolute', left: 0, bottom: 0 }, [svgImage(shapesSvg(Math.round(width), Math.round(plot), marks), Math.round(width), Math.round(plot))]),
        ]),
        box(
          { position: 'relative', height: size * 1.6 },
          // Centred under their year; the first and last start and end there, so they stay inside the picture.
          labelled.map((y, i) => {
            const edge = i === 0 ? 'flex-start' : i === labelled.length - 1 && labelled.length > 1 ? 'flex-end' : 'center';
            const x = edge === 'flex-start' ? at(y) - 0.8 : edge === 'flex-end' ? at(y) - 9.2 : at(y) - 5;
            return place(x, 10, 10, 90, { justifyContent: edge, fontSize: size * 0.85, color: 'var(--text-muted)' }, [String(y)]);
          }),
        ),
      ]);
    },
  };
}
