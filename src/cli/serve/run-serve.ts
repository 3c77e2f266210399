import { createApiServer } from '../../api/create-api-server.js';
import { openReadStore } from '../../api/queries/open-read-store.js';
import type { CliContext } from '../cli-context.js';
import { VERSION } from '../version.js';
import { ensureDashboard } from './ensure-dashboard.js';

/** Event ids from which `serve` says that it is reading the events into memory. */
const LARGE = 200_000;

/** Options of `sitrep serve`, as parsed by commander. */
export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token?: string;
  cors?: string;
  /** False with `--no-memory-index`: aggregates in SQL, no in-memory copy of the events. */
  memoryIndex: boolean;
}

/**
 * `sitrep serve`: opens the database (adding the read-side indexes the first time), makes sure the dashboard
 * is built, listens, and runs until SIGINT or SIGTERM, then closes the server and the database.
 * @throws SitrepError when the database cannot be opened or the port cannot be bound.
 */
export async function runServe(options: ServeOptions, context: CliContext): Promise<void> {
  const reads = await openReadStore(options.db, { memoryIndex: options.memoryIndex });
  try {
    // On a large database the in-memory index takes seconds to read (about 5 s per million events): say so.
    const events = options.memoryIndex ? await reads.lastEventId() : 0;
    if (events >= LARGE) context.stderr.write(`sitrep: reading ${events.toLocaleString('en')} events into memory for the timeline, dyads and map…\n`);
    await reads.warm();
  } catch (error) {
    await reads.close();
    const { SitrepError } = await import('../../core/errors.js');
    throw new SitrepError(`${options.db}: cannot read events: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const dashboardDir = await ensureDashboard(context.stderr);
  const app = await createApiServer({
    reads,
    loadCoder: context.loadCoder,
    version: VERSION,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.cors === undefined ? {} : { corsOrigin: options.cors }),
    dashboardDir,
    now: context.now,
    logger: { level: 'warn', stream: context.stderr },
  });
  try {
    const address = await app.listen({ port: options.port, host: options.host });
    const auth = options.token ? ' (API needs the bearer token)' : '';
    context.stderr.write(`sitrep: serving ${options.db} at ${address}/ (API at ${address}/api/v1${auth}); Ctrl-C stops\n`);
  } catch (error) {
    await app.close();
    await reads.close();
    const { SitrepError } = await import('../../core/errors.js');
    throw new SitrepError(`cannot listen on ${options.host}:${options.port}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  context.stderr.write('sitrep: stopping\n');
  await app.close();
  await reads.close();
}
