/**
 * What a reader sees of a chart in a box of limited height (the pinned scrollytelling graphic of a phone): the
 * fit contract gives `.chart-body` a definite height and the chart must shrink into it.
 */
import type { Locator } from 'playwright-core';

/** Gives an island's `.chart-body` the pinned layout's limited height, or takes it away (0). */
export async function limitChartBody(island: Locator, height: number): Promise<void> {
  await island.locator('.chart-body').evaluate((body, h) => {
    (body as HTMLElement).style.cssText = h ? `display:flex;flex-direction:column;height:${h}px` : '';
  }, height);
}

/**
 * What is wrong in an island's `.chart-body`: content that overflows it, visible text outside it or cut by a box
 * that clips, and visible texts that overlap (the data table and tooltips aside). Empty when all is well.
 */
export function fitProblems(island: Locator): Promise<string[]> {
  return island.locator('.chart-body').evaluate((body) => {
    const problems: string[] = [];
    if (body.scrollHeight > body.clientHeight + 1) problems.push(`content ${body.scrollHeight} px tall in a ${body.clientHeight} px box`);
    const inside = (r: DOMRect, box: DOMRect) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    const bodyBox = body.getBoundingClientRect();
    const texts: { text: string; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const element = node.parentElement!;
      if (!text || element.closest('.sr-only, .tooltip, details') || !element.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        texts.push({ text, rect });
        if (!inside(rect, bodyBox)) problems.push(`"${text}" outside the chart's box`);
        for (let a = element; a !== body; a = a.parentElement!)
          if (getComputedStyle(a).overflow !== 'visible' && !inside(rect, a.getBoundingClientRect())) problems.push(`"${text}" cut by its box`);
      }
    }
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const [a, b] = [texts[i].rect, texts[j].rect];
        // More than a sliver: two stacked lines' glyph boxes (taller than their line height) may touch.
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.height, b.height) * 0.3)
          problems.push(`"${texts[i].text}" overlaps "${texts[j].text}"`);
      }
    return problems;
  });
}
