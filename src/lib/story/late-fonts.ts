/**
 * The story's font stylesheet, linked once the page has shown its first words (the build leaves it in a
 * <noscript>, src/build/pages-plugin.ts › lateFonts): the first paint waits for no font file, and the text
 * swaps into Noto a moment later. Browsers that cannot say when they painted get it once the page has loaded.
 */
export function linkFontsAfterFirstPaint(doc: Document = document): void {
  const href = /href="([^"]+)"/.exec(doc.querySelector('noscript[data-late-fonts]')?.textContent ?? '')?.[1];
  if (!href) return;
  const link = () => {
    if (doc.querySelector('link[data-fonts]')) return;
    const sheet = Object.assign(doc.createElement('link'), { rel: 'stylesheet', href });
    sheet.dataset.fonts = '';
    doc.head.append(sheet);
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
      observer.disconnect();
      link();
    }).observe({ type: 'paint', buffered: true });
  } else if (doc.readyState === 'complete') link();
  else addEventListener('load', link, { once: true });
}
