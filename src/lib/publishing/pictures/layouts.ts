/** The two frames a graphic's picture is shown in: the share card (1200 × 630) and the downloaded image. Pure. */
import { CARD } from '../site.ts';
import { box, label, type SceneNode, type Style } from './scene.ts';
import type { Picture } from './scene.ts';

export interface CardText {
  /** Above the title: the story's kicker. */
  kicker: string;
  title: string;
  /** The story's headline and publisher, at the foot. */
  story: string;
  publisher: string;
}

const FONT = 'noto-latin, noto-latin-ext, noto-cyrillic, noto-math';
/** The page's serif (its headline and text), for the story card's headline. */
const SERIF = 'noto-serif-latin, noto-serif-latin-ext, noto-serif-cyrillic, noto-math';

/** The share card: the title, the graphic, its sources and the story's name, in the light theme. */
export function shareCard(picture: Picture, text: CardText): SceneNode {
  const pad = 48;
  const inner = CARD.width - 2 * pad;
  const line: Style = { width: inner, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };
  return box({ width: CARD.width, height: CARD.height, background: 'var(--bg)', fontFamily: FONT, color: 'var(--text)' }, [
    box({ flexDirection: 'column', width: inner, height: CARD.height - 60, marginLeft: pad, marginTop: 34 }, [
      label(text.kicker.toUpperCase(), { fontSize: 18, fontWeight: 700, letterSpacing: 1.5, color: 'var(--accent-text)', marginBottom: 8 }),
      label(text.title, { width: inner, fontSize: 40, fontWeight: 700, lineHeight: 1.15, marginBottom: 16 }),
      box({ flexGrow: 1, flexShrink: 1, overflow: 'hidden' }, [picture.draw(inner, 300)]),
      box({ flexDirection: 'column', flexShrink: 0, borderTop: '2px solid var(--text)', paddingTop: 8, marginTop: 10, gap: 2 }, [
        label(picture.source, { ...line, fontSize: 16, color: 'var(--text-muted)' }),
        box({ width: inner, justifyContent: 'space-between', gap: 24, fontSize: 19 }, [
          label(text.story, { fontWeight: 700, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', flexShrink: 1 }),
          label(text.publisher, { color: 'var(--text-muted)', flexShrink: 0 }),
        ]),
      ]),
    ]),
  ]);
}

/**
 * The story's own card: its kicker and headline, as the page sets them, beside its picture (the projects' map with
 * its key) at the card's full height, and the date and publisher at the foot. No part of the frame left empty.
 */
export function storyCard(picture: Picture, text: { kicker: string; headline: string; date: string; publisher: string }): SceneNode {
  const pad = 48;
  const right = 720;
  const left = CARD.width - 2 * pad - right - 32;
  const height = CARD.height - 2 * pad;
  return box({ width: CARD.width, height: CARD.height, background: 'var(--bg)', fontFamily: FONT, color: 'var(--text)', padding: pad, gap: 32 }, [
    box({ flexDirection: 'column', width: left, height }, [
      label(text.kicker.toUpperCase(), { fontSize: 20, fontWeight: 700, letterSpacing: 1.5, color: 'var(--accent-text)', marginBottom: 14 }),
      label(text.headline, { width: left, fontFamily: SERIF, fontSize: 42, fontWeight: 700, lineHeight: 1.14, flexGrow: 1 }),
      box({ flexDirection: 'column', borderTop: '2px solid var(--text)', paddingTop: 10, gap: 4, fontSize: 20 }, [
        label(text.publisher, { fontWeight: 700 }),
        label(text.date, { color: 'var(--text-muted)' }),
        label(picture.source, { fontSize: 15, color: 'var(--text-muted)' }),
      ]),
    ]),
    box({ width: right, height, alignItems: 'center' }, [picture.draw(right, height)]),
  ]);
}

/** The picture to download (print, a newsletter, a CMS without iframes): title, subtitle, graphic, sources. */
export function downloadImage(picture: Picture, text: { title: string; subtitle: string; credit: string }, width: number, plotHeight: number): SceneNode {
  const pad = 20;
  const inner = width - 2 * pad;
  return box({ width, background: 'var(--bg)', fontFamily: FONT, color: 'var(--text)' }, [
    box({ flexDirection: 'column', width: inner, margin: pad }, [
      label(text.title, { width: inner, fontSize: 22, fontWeight: 700, lineHeight: 1.25, marginBottom: 4 }),
      label(text.subtitle, { width: inner, fontSize: 15, lineHeight: 1.35, color: 'var(--text-muted)', marginBottom: 14 }),
      picture.draw(inner, plotHeight),
      label(picture.source, { width: inner, fontSize: 12, lineHeight: 1.4, color: 'var(--text-muted)', marginTop: 14 }),
      label(text.credit, { width: inner, fontSize: 12, color: 'var(--text-muted)', marginTop: 2 }),
    ]),
  ]);
}

/** A scroll step's graphic, for readers without JavaScript: the picture alone, on the page's background. */
export function stepImage(picture: Picture, width: number, height: number): SceneNode {
  const pad = 12;
  return box({ width, height, background: 'var(--bg)', fontFamily: FONT, color: 'var(--text)' }, [
    box({ width: width - 2 * pad, height: height - 2 * pad, margin: pad }, [picture.draw(width - 2 * pad, height - 2 * pad)]),
  ]);
}
