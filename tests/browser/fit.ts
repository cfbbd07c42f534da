/**
 * What a reader sees of a chart in a box of limited height (the pinned scrollytelling graphic of a phone): the
 * fit contract gives `.chart-body` a definite height and the chart must shrink into it.
 */
import type { Locator } from 'playwright-core';
import { textProblems } from './text-fit.ts';

/** Gives an island's `.chart-body` the pinned layout's limited height, or takes it away (0). */
export async function limitChartBody(island: Locator, height: number): Promise<void> {
  await island.locator('.chart-body').evaluate((body, h) => {
    (body as HTMLElement).style.cssText = h ? `display:flex;flex-direction:column;height:${h}px` : '';
  }, height);
}

/**
 * What is wrong in an island's `.chart-body`: content that overflows it, and the text problems of text-fit.ts (text
 * outside it or cut by a box that clips, shortened, or on another text). Empty when all is well.
 */
export async function fitProblems(island: Locator): Promise<string[]> {
  const body = island.locator('.chart-body');
  const overflow = await body.evaluate((el) => {
    el.setAttribute('data-fit-check', '');
    return el.scrollHeight > el.clientHeight + 1 ? [`content ${el.scrollHeight} px tall in a ${el.clientHeight} px box`] : [];
  });
  const words = await island.page().evaluate(textProblems, '[data-fit-check]');
  await body.evaluate((el) => el.removeAttribute('data-fit-check'));
  return [...overflow, ...words];
}
