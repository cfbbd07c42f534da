/** Debian's Chromium, driven by playwright-core; no browser is ever downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

/**
 * The tests' browser: the page is composited in software. Compositing through SwiftShader's emulated GPU costs
 * about as much CPU as the pages themselves on a 2-core machine; WebGL (the live map) still draws through it, and
 * what a page paints is the same. The bench keeps a reader's GPU compositing.
 */
export const TEST_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-compositing'];
