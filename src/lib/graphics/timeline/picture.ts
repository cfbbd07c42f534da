/** The timeline as a picture (share cards): a mark per event by year, coloured by category, with a key. */
import type { DataFiles, InterfaceWords } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import { box, label, labelSize, place, type Picture } from '../../publishing/pictures/scene.ts';
import type { TimelineWords } from './graphic.ts';
import { CATEGORY_COLORS, CATEGORY_ORDER, eventYear, sortEvents } from './model.ts';

export function picture(p: { data: DataFiles; words: TimelineWords; format: Format; ui: InterfaceWords }): Picture {
  const { words: w, format } = p;
  const events = sortEvents(p.data['timeline.json'].events);
  const years = events.map((e) => Number(eventYear(e)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const categories = CATEGORY_ORDER.filter((c) => events.some((e) => e.category === c));
  const count = (c: string) => events.filter((e) => e.category === c).length;
  return {
    title: w.embedTitle,
    subtitle: '',
    alt: `${w.embedTitle}. ${w.eventsHeading}: ${format.fill(p.ui.format.range, { start: String(first), end: String(last) })}; ${categories
      .map((c) => `${w.categories[c]} ${format.number(count(c))}`)
      .join(', ')}.`,
    source: '',
    draw(width, height) {
      const size = labelSize(width);
      const span = last - first + 1;
      const perYear = new Map<number, number>();
      const tallest = Math.max(...[...new Set(years)].map((y) => years.filter((x) => x === y).length));
      const plot = height - size * 7;
      const cell = Math.min((width / span) * 0.8, plot / tallest, size * 1.2);
      const marks = events.map((e, i) => {
        const year = years[i];
        const n = perYear.get(year) ?? 0;
        perYear.set(year, n + 1);
        const x = ((year - first + 0.5) / span) * 100;
        return box({
          position: 'absolute',
          left: `${x}%`,
          bottom: n * cell * 1.15,
          marginLeft: -cell / 2,
          width: cell,
          height: cell,
          borderRadius: e.category === 'controversy' ? 0 : cell,
          background: CATEGORY_COLORS[e.category],
        });
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
          categories.map((c) =>
            box({ alignItems: 'center', gap: size * 0.4 }, [
              box({ width: size * 0.8, height: size * 0.8, borderRadius: c === 'controversy' ? 0 : size, background: CATEGORY_COLORS[c] }),
              label(`${w.categories[c]} ${format.number(count(c))}`),
            ]),
          ),
        ),
        box({ position: 'relative', flexGrow: 1, borderBottom: '1.5px solid var(--text-muted)' }, marks),
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
