/** The file that records what a translator accepted: for each translated text, the English it was made from. */
import { fingerprint, type Accepted } from './translation.ts';

/** data/sr/accepted/<file>: sorted by address, so that accepting again changes only the lines that changed. */
export function acceptedFileText(texts: Map<string, { english: string }>): string {
  const accepted: Accepted = {};
  for (const address of [...texts.keys()].sort()) {
    const english = texts.get(address)!.english;
    accepted[address] = { fingerprint: fingerprint(english), english };
  }
  return JSON.stringify(accepted, null, 2) + '\n';
}
