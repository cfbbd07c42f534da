import { hydrate } from 'svelte';
import App from './App.svelte';
import { appProps } from './app-props.ts';
import './styles/global.css';

hydrate(App, { target: document.getElementById('app')!, props: appProps });
