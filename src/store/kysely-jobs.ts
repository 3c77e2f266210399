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
 * Takes the oldest runnable job (queued and due, or running with an expired lease) of the given kinds, marks
 * it running with a lease of `leaseMs`, and returns it; null when there is none. One statement pair in a
 * transaction, so two workers never take the same job on SQLite (PostgreSQL would add `for update skip locked`).
 */
export async function claim(db: Kysely<Database>, kinds: readonly string[], now: Date, leaseMs: number): Promise<ClaimedJob | null> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    // Two indexed lookups rather than one OR (which would scan the table): due queued jobs, then expired leases.
    const columns = ['id', 'kind', 'key', 'payload', 'attempts'] as const;
    const job =
      (await trx
        .selectFrom('jobs')
        .select(columns)
        .where('state', '=', 'queued')
        .where('kind', 'in', [...kinds])
        .where('run_after', '<=', at)
        .orderBy('run_after')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst()) ??
      (await trx
        .selectFrom('jobs')
        .select(columns)
        .where('state', '=', 'running')
        .where('kind', 'in', [...kinds])
        .where('locked_until', '<', at)
        .orderBy('id')
        .limit(1)
        .executeTakeFirst());
    if (!job) return null;
    await trx
      .updateTable('jobs')
      .set({ state: 'running', attempts: sql`attempts + 1`, locked_until: new Date(now.getTime() + leaseMs).toISOString(), updated_at: at })
      .where('id', '=', job.id)
      .execute();
    return { id: job.id, kind: job.kind, key: job.key, payload: JSON.parse(job.payload) as unknown, attempts: job.attempts + 1 };
  });
}

/** Marks a job done in the caller's transaction. */
export async function markDone(trx: Kysely<Database> | Transaction<Database>, id: number, now: string): Promise<void> {
  await trx.updateTable('jobs').set({ state: 'done', locked_until: null, error: null, updated_at: now }).where('id', '=', id).execute();
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
