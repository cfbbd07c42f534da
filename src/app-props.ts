/** What the story page renders, gathered once for the server render and the client's hydration alike. */
import { dataset } from 'virtual:story-data/aiddata-finance';
import story from 'virtual:story-data/story';

export const appProps = { story, financeDataset: dataset };
export type AppProps = typeof appProps;
