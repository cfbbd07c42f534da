/**
 * embed.js, the loader in the editor's snippet: sizes every embed of the story on the host page. Built as one
 * standalone classic script with no dependencies (src/build/embed-loader-plugin.ts).
 */
import { setUpEmbeds } from './host.ts';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setUpEmbeds());
else setUpEmbeds();
