import { hydrate } from 'svelte';
import data from 'virtual:story-data';
import App from './App.svelte';
import './styles/global.css';

hydrate(App, { target: document.getElementById('app')!, props: { data } });
