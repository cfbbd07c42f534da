import data from 'virtual:story-data';
import { render as renderSvelte } from 'svelte/server';
import App from './App.svelte';

export function render(): { head: string; body: string } {
  return renderSvelte(App, { props: { data } });
}
