/**
 * The previewer in the browser: sizes each frame's embed and ties the width sliders to the frames. The code to paste
 * has the site's addresses from the build; a local build's has paths from the page, completed here from its address.
 */
import { setUpEmbeds } from '../lib/embeds/host.ts';
import '../styles/global.css';

setUpEmbeds();

for (const code of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code]'))
  code.value = code.value.replace(/(src=")([^"]+)"/g, (_, attr: string, src: string) => `${attr}${new URL(src, document.baseURI).href}"`);

for (const input of document.querySelectorAll<HTMLInputElement>('input[data-frame]')) {
  const frame = document.getElementById(input.dataset.frame ?? '');
  const output = input.parentElement?.querySelector('output');
  if (!frame || !output) continue;
  // The words come with the page ("{width} px"), written in its language.
  const template = output.dataset.template ?? '{width}';
  const show = (width: number) => {
    input.value = String(width);
    output.textContent = template.replace('{width}', () => String(width));
  };
  input.addEventListener('input', () => {
    frame.style.width = `${input.value}px`;
    show(Number(input.value));
  });
  // Dragging the frame's corner (CSS resize) moves the slider too.
  new ResizeObserver(() => show(Math.round(frame.getBoundingClientRect().width))).observe(frame);
}
