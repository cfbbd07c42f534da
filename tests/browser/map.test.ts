/** The project map: MapLibre draws over the static map when WebGL works; without WebGL the static map stays. */
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { readData } from './data-files.ts';
import { openPage } from './harness.ts';

const projects = readData('projects.json').projects;
const located = projects.filter((p) => p.location).length;

describe('the project map', () => {
  it('loads MapLibre only near the map, and its canvas really draws Serbia and the project markers', async () => {
    const { page, finish } = await openPage('/');
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(before.some((url) => url.includes('maplibre')), 'MapLibre is not in the first load').toBe(false);
    const map = page.locator('.project-map');
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => map.getAttribute('data-map-status'), { timeout: 30_000 }).toBe('ready');
    // Count the canvas pixels that have Serbia's land colour and the transport and industry colours.
    const share = await map.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const css = getComputedStyle(document.documentElement);
      const rgb = (name: string) => {
        const probe = document.createElement('i');
        probe.style.color = css.getPropertyValue(name).trim();
        document.body.append(probe);
        const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
        probe.remove();
        return [r, g, b];
      };
      const targets = { serbia: rgb('--map-serbia'), transport: rgb('--cat-1'), industry: rgb('--cat-3') };
      const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true })!;
      const pixels = new Uint8Array(canvas.width * canvas.height * 4);
      gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      const counts = { serbia: 0, transport: 0, industry: 0 };
      for (let i = 0; i < pixels.length; i += 4)
        for (const [key, [r, g, b]] of Object.entries(targets))
          if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 12) counts[key as keyof typeof counts]++;
      const total = pixels.length / 4;
      return { serbia: counts.serbia / total, transport: counts.transport, industry: counts.industry };
    });
    expect(share.serbia, "share of the canvas in Serbia's colour").toBeGreaterThan(0.2);
    expect(share.transport, 'pixels of transport routes and points').toBeGreaterThan(50);
    expect(share.industry, 'pixels of industry markers').toBeGreaterThan(20);
    expect(await map.locator('.static .project-point, .static .project-line').count()).toBeGreaterThanOrEqual(located);
    await finish({ axe: '.project-map' });
  }, 90_000);

  it('without WebGL shows the static map with every project, and no error', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] });
    try {
      const page = await (await browser.newContext()).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(inject('origin') + '/#projects');
      const map = page.locator('.project-map');
      await map.scrollIntoViewIfNeeded();
      await expect.poll(() => map.getAttribute('data-map-status')).toBe('static');
      await page.waitForTimeout(500);
      expect(await map.getAttribute('data-map-status')).toBe('static');
      expect(await map.locator('.static svg').isVisible()).toBe(true);
      expect(await map.locator('.static .project-point, .static .project-line').count()).toBeGreaterThanOrEqual(located);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
