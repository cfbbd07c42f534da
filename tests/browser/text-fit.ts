/**
 * What a reader would see wrong with the words of a graphic: text outside the graphic's box or the page, cut by a box
 * that hides its overflow (or an SVG's view box), shortened with an ellipsis or a line clamp, or lying on another text.
 * One in-page function (sent as text, so self-contained): `page.evaluate(textProblems, selector)` checks every element
 * the selector matches and returns one line per problem, naming the text.
 */

import type { Frame, Page } from 'playwright-core';

/** The graphics whose words are checked: charts, maps (the static one and the live one over it) and the timeline. */
export const GRAPHICS = '.chart-frame, .project-map, .timeline';
/** The widths at which they are checked. */
export const WORD_WIDTHS = [320, 375, 1280];

/**
 * In the page: lays out what is not yet (parts out of view are laid out as the reader nears them, content-visibility),
 * so that every text has its real place (putBackLayout undoes it).
 */
export function layOutEverything(): void {
  if (document.getElementById('lay-out-everything')) return;
  const style = document.createElement('style');
  style.id = 'lay-out-everything';
  style.textContent = '* { content-visibility: visible !important; }';
  document.head.append(style);
}

export function putBackLayout(): void {
  document.getElementById('lay-out-everything')?.remove();
}

export function textProblems(selector: string): string[] {
  const problems: string[] = [];
  const TOLERANCE = 1;
  const short = (s: string) => JSON.stringify(s.trim().replace(/\s+/g, ' ').slice(0, 40));
  const inside = (r: DOMRect, box: DOMRect) =>
    r.left >= box.left - TOLERANCE && r.right <= box.right + TOLERANCE && r.top >= box.top - TOLERANCE && r.bottom <= box.bottom + TOLERANCE;
  const hidden = (el: Element) =>
    !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || !!el.closest('.sr-only, [aria-hidden="true"] .sr-only, title, desc');
  /** The boxes that clip an element's text: overflow hidden or clip, paint containment, an SVG's viewport. */
  function clippers(el: Element, root: Element): Element[] {
    const out: Element[] = [];
    for (let a = el.parentElement; a && a !== root.parentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      const clips = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip') || /paint|strict|content/.test(style.contain);
      const svgViewport = a instanceof SVGSVGElement && style.overflow !== 'visible';
      // A scrolling box is not a cut: the reader scrolls it.
      const scrolls = [style.overflowX, style.overflowY].some((o) => o === 'auto' || o === 'scroll');
      if ((clips || svgViewport) && !scrolls) out.push(a);
    }
    return out;
  }

  const what = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement!;
    return `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => !/^s(velte)?-/.test(c)).join('.')}`;
  };

  for (const root of document.querySelectorAll(selector)) {
    const rootBox = root.getBoundingClientRect();
    const name = root.closest('[data-island]')?.getAttribute('data-island') || root.id || root.className;
    const texts: { text: string; rect: DOMRect; node: Node }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!text.trim() || !parent || hidden(parent)) continue;
      // SVG text as its element's box; HTML text as its line boxes.
      const inSvg = parent instanceof SVGElement;
      let rects: DOMRect[];
      if (inSvg) rects = [(parent.closest('text') ?? parent).getBoundingClientRect()];
      else {
        const range = document.createRange();
        range.selectNodeContents(node);
        rects = [...range.getClientRects()];
      }
      rects = rects.filter((r) => r.width > 0.5 && r.height > 0.5);
      if (!rects.length) continue;
      const cuts = clippers(parent, root);
      for (const rect of rects) {
        // A text wholly outside a box that clips it is not shown (a town beyond a map's edge): not a problem.
        const boxes = cuts.map((c) => c.getBoundingClientRect());
        if (boxes.some((b) => rect.right <= b.left || rect.left >= b.right || rect.bottom <= b.top || rect.top >= b.bottom)) continue;
        texts.push({ text, rect, node: inSvg ? (parent.closest('text') ?? parent) : node });
        const cut = cuts.find((c, i) => !inside(rect, boxes[i]));
        if (cut) problems.push(`${name}: ${short(text)} is cut by ${cut.tagName.toLowerCase()}.${[...cut.classList][0] ?? ''}`);
        else if (!inside(rect, rootBox)) problems.push(`${name}: ${short(text)} lies outside the graphic`);
        else if (rect.left < -TOLERANCE || rect.right > document.documentElement.clientWidth + TOLERANCE) problems.push(`${name}: ${short(text)} lies outside the page`);
      }
    }
    for (const el of root.querySelectorAll('*')) {
      if (hidden(el) || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + TOLERANCE) problems.push(`${name}: ${short(el.textContent)} ends in an ellipsis`);
      if (style.webkitLineClamp !== 'none' && el.scrollHeight > el.clientHeight + TOLERANCE) problems.push(`${name}: ${short(el.textContent)} is clamped`);
    }
    // Two texts on each other: their boxes overlap by more than a sliver (a glyph's side bearing or a descender).
    const seen = new Set<string>();
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i];
        const b = texts[j];
        if (a.node === b.node || a.node.contains(b.node) || b.node.contains(a.node)) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w <= 2 || h <= Math.min(a.rect.height, b.rect.height) * 0.3) continue;
        const key = `${a.text}|${b.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(`${name}: ${short(a.text)} (${what(a.node)}) overlaps ${short(b.text)} (${what(b.node)}) ${[a.rect, b.rect].map((r) => [r.left, r.right, r.top, r.bottom].map(Math.round).join(",")).join(" ")}`);
      }
  }
  return problems;
}

/**
 * The text problems once the graphic has settled: a map's labels are placed when its camera stops, and a chart's
 * callout a frame after its marks, so a problem that lasts a few frames is not one a reader sees.
 */
export async function settledTextProblems(page: Page | Frame, selector: string): Promise<string[]> {
  let problems: string[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    problems = await page.evaluate(textProblems, selector);
    if (!problems.length) break;
    await page.waitForTimeout(200);
  }
  return problems;
}
