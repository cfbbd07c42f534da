import { CLIENT_ISLANDS } from './lib/islands/islands.ts';
import { hydrateIslands } from './lib/islands/hydrate-islands.ts';
import './styles/global.css';

hydrateIslands(CLIENT_ISLANDS);
