import { render as renderSvelte } from 'svelte/server';
import App from './App.svelte';
import { appProps } from './app-props.ts';

export function render(): { head: string; body: string } {
  return renderSvelte(App, { props: appProps });
}
