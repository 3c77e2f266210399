import type { Coder } from '../pipeline/coder.js';
import type { ReadStore } from './queries/read-store.js';

/** What the API handlers work with: the store's read side, the coder and the server's settings. */
export interface ApiContext {
  reads: ReadStore;
  /** Loads (once) the coder used by `POST /code`. */
  loadCoder: () => Coder | Promise<Coder>;
  version: string;
  /** Today's date for `POST /code` without `published`. */
  now: () => Date;
  /** How often `/stream` looks for new events, in milliseconds. */
  pollMs: number;
  /** Aborted when the server closes: open streams end. */
  closing: AbortSignal;
}
