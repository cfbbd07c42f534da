/** What the story page renders: all data files, validated. Server only: the browser hydrates islands, not the page. */
import data from 'virtual:story-data';

export const appProps = { data };
export type AppProps = typeof appProps;
