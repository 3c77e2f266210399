import { sql, type Kysely, type Transaction } from 'kysely';
import type { ClaimedJob, NewJob } from './ingest-records.js';
import type { Database } from './schema.js';

/** Longest error message kept on a job or feed, in characters. */
export const MAX_ERROR_CHARS = 1_000;

/**
 * Queues jobs in the caller's transaction; a (kind, key) already queued or done is left alone, unless
 * `requeueFinished` puts a done or failed one back in the queue (a feed due again). Returns how many rows
 * were queued.
 */
export async function enqueue(trx: Kysely<Database> | Transaction<Database>, jobs: readonly NewJob[], now: string, requeueFinished = false): Promise<number> {
  let queued = 0;
  for (const job of jobs) {
    const row = {
      kind: job.kind,
      key: job.key,
      payload: JSON.stringify(job.payload),
      state: 'queued',
      attempts: 0,
      run_after: job.runAfter ?? now,
      created_at: now,
      updated_at: now,
    };
    const result = await trx
      .insertInto('jobs')
      .values(row)
      .onConflict((conflict) =>
        requeueFinished
          ? conflict
              .columns(['kind', 'key'])
              .doUpdateSet({ state: 'queued', attempts: 0, error: null, payload: row.payload, run_after: row.run_after, updated_at: now })
              .where('jobs.state', 'in', ['done', 'failed'])
          : conflict.columns(['kind', 'key']).doNothing(),
      )
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return queued;
}

/**
 * Takes up to `limit` runnable jobs of the given kinds, oldest first: queued and due, else running with an
 * expired lease (its process died). Marks them running with a lease of `leaseMs`. No transaction: the update
 * claims only rows still in the state they were read in, so two workers never take the same job (the update
 * is atomic in SQLite and PostgreSQL alike), and an empty queue costs one read.
 */
export async function claim(db: Kysely<Database>, kinds: readonly string[], now: Date, leaseMs: number, limit: number): Promise<ClaimedJob[]> {
  const at = now.toISOString();
  const columns = ['id', 'kind', 'key', 'payload', 'attempts'] as const;
  let state: 'queued' | 'running' = 'queued';
  let rows = await db
    .selectFrom('jobs')
    .select(columns)
    .where('state', '=', 'queued')
    .where('kind', 'in', [...kinds])
    .where('run_after', '<=', at)
    .orderBy('run_after')
    .orderBy('id')
    .limit(limit)
    .execute();
  if (rows.length === 0) {
    state = 'running';
    rows = await db
      .selectFrom('jobs')
      .select(columns)
      .where('state', '=', 'running')
      .where('kind', 'in', [...kinds])
      .where('locked_until', '<', at)
      .orderBy('id')
      .limit(limit)
      .execute();
  }
  if (rows.length === 0) return [];
  const taken = await db
    .updateTable('jobs')
    .set({ state: 'running', attempts: sql`attempts + 1`, locked_until: new Date(now.getTime() + leaseMs).toISOString(), updated_at: at })
    .where('id', 'in', rows.map((row) => row.id))
    .where('state', '=', state)
    .where((eb) => (state === 'running' ? eb('locked_until', '<', at) : eb('run_after', '<=', at)))
    .returning('id')
    .execute();
  const ids = new Set(taken.map((row) => row.id));
  return rows
    .filter((row) => ids.has(row.id))
    .map((row) => ({ id: row.id, kind: row.kind, key: row.key, payload: JSON.parse(row.payload) as unknown, attempts: row.attempts + 1 }));
}

/**
 * Marks a job done in the caller's transaction, dropping its payload (a code job carries the article text,
 * which now lives in `articles`; a job queued again brings its own payload).
 */
export async function markDone(trx: Kysely<Database> | Transaction<Database>, id: number, now: string): Promise<void> {
  await trx.updateTable('jobs').set({ state: 'done', payload: '{}', locked_until: null, error: null, updated_at: now }).where('id', '=', id).execute();
}

/** Records a job's failure: queued again at `retryAt`, or failed for good when `retryAt` is null. */
export async function markFailed(db: Kysely<Database>, id: number, error: string, retryAt: string | null, now: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      state: retryAt === null ? 'failed' : 'queued',
      run_after: retryAt ?? now,
      locked_until: null,
      error: error.slice(0, MAX_ERROR_CHARS),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}
