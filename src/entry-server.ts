import App from './App.svelte';
import { appProps } from './app-props.ts';
import { renderPage } from './lib/islands/render-page.ts';
import { SERVER_ISLANDS } from './lib/islands/server-islands.ts';

export function render(): { head: string; body: string } {
  return renderPage(App, appProps, SERVER_ISLANDS);
}
