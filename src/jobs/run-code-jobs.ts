import type { Article } from '../core/article.js';
import { estimateJaccard, lshBands, minhashSignature, signatureToHex } from '../ingest/dedup/minhash.js';
import { NEAR_DUPLICATE_THRESHOLD, pickNearDuplicate } from '../ingest/dedup/near-duplicate.js';
import { contentHash } from '../store/content-hash.js';
import type { ArticleSourceInfo, ClaimedJob } from '../store/ingest-records.js';
import type { IngestedItem } from '../store/store.js';
import { errorMessage } from './error-message.js';
import type { JobContext } from './job-context.js';
import type { CodeJob } from './job-payloads.js';

/** An article prepared for the batch, with what identifies it as a copy of another. */
interface Prepared {
  job: ClaimedJob;
  item: IngestedItem;
  hash: string;
  canonicalUrl: string | null;
  signature: Uint32Array | null;
  events: number;
}

/**
 * Runs a batch of `code` jobs: for each article, detects the language, looks for an earlier copy (same text;
 * same canonical URL; MinHash near-duplicate), and codes it when it is English and new; then stores all of
 * them, their mentions merged into events, in the one transaction that marks their jobs done, so an article is
 * coded and counted exactly once whatever the moment of a crash. A copy of a stored text only completes its
 * job; a near-duplicate or a non-English article is stored, flagged and not coded. When an article is a copy
 * of one earlier in the same batch, the batch is stored first so that the copy can point at it. If the batch
 * cannot be stored, each article is tried alone and the one that fails is recorded on its job.
 */
export async function runCodeJobs(jobs: readonly ClaimedJob[], context: JobContext, stopped: () => boolean): Promise<void> {
  let pending: Prepared[] = [];
  for (const job of jobs) {
    if (stopped()) break;
    const input = job.payload as CodeJob;
    const signature = minhashSignature(input.text);
    const hash = contentHash(input.text);
    if (pending.some((other) => copies(other, hash, input.canonicalUrl, signature))) {
      await flush(pending, context);
      pending = [];
    }
    try {
      pending.push(await prepare(job, input, hash, signature, context));
    } catch (error) {
      await context.store.failJob(job.id, errorMessage(error), null);
      context.log.error('job_failed', { job_id: job.id, kind: job.kind, url: input.url, code: 'internal', error: errorMessage(error), next: 'given up' });
    }
  }
  await flush(pending, context);
}

function copies(other: Prepared, hash: string, canonicalUrl: string | null, signature: Uint32Array | null): boolean {
  if (other.hash === hash || (canonicalUrl !== null && other.canonicalUrl === canonicalUrl)) return true;
  return signature !== null && other.signature !== null && estimateJaccard(signature, other.signature) >= NEAR_DUPLICATE_THRESHOLD;
}

async function prepare(job: ClaimedJob, input: CodeJob, hash: string, signature: Uint32Array | null, context: JobContext): Promise<Prepared> {
  const { store, coder, now } = context;
  const bands = signature ? lshBands(signature) : [];
  const found = await store.findDuplicates(hash, input.canonicalUrl, bands);
  const base = { job, hash, canonicalUrl: input.canonicalUrl, signature, events: 0 };
  if (found.sameText) return { ...base, item: { jobId: job.id } };
  const duplicateOf = found.sameUrl ?? (signature ? pickNearDuplicate(signature, found.candidates)?.id : null) ?? null;
  const language = context.detectLanguage(input.text, input.declaredLanguage);
  const codingStatus = duplicateOf ? 'duplicate' : language && language !== 'en' ? 'language' : 'coded';
  const article: Article = { id: input.id, text: input.text, published: input.published ?? now().toISOString().slice(0, 10) };
  if (input.title) article.title = input.title;
  if (input.url) article.url = input.url;
  const source: ArticleSourceInfo = {
    canonicalUrl: input.canonicalUrl,
    site: input.site,
    language,
    byline: input.byline,
    minhash: signature ? { hex: signatureToHex(signature), bands } : null,
    duplicateOf,
    codingStatus,
  };
  const coded = codingStatus === 'coded' ? coder.code(article) : null;
  return { ...base, events: coded?.events.length ?? 0, item: { article, source, coded, jobId: job.id } };
}

/** Stores the batch in one transaction, else one article at a time; logs each. */
async function flush(batch: readonly Prepared[], context: JobContext): Promise<void> {
  if (batch.length === 0) return;
  try {
    const results = await context.store.saveIngestedArticles(batch.map((p) => p.item));
    logStored(batch.filter((p) => p.item.article), results, context);
  } catch {
    for (const prepared of batch) {
      try {
        const results = await context.store.saveIngestedArticles([prepared.item]);
        logStored(prepared.item.article ? [prepared] : [], results, context);
      } catch (error) {
        await context.store.failJob(prepared.job.id, errorMessage(error), null);
        context.log.error('job_failed', { job_id: prepared.job.id, kind: 'code', url: prepared.item.article?.url, code: 'store', error: errorMessage(error), next: 'given up' });
      }
    }
  }
}

function logStored(stored: readonly Prepared[], results: readonly { stored: boolean; id: string }[], context: JobContext): void {
  stored.forEach((prepared, index) => {
    const source = prepared.item.source!;
    context.log.info('article_stored', {
      job_id: prepared.job.id,
      article_id: results[index]?.id,
      url: prepared.item.article!.url,
      status: source.codingStatus,
      language: source.language,
      duplicate_of: source.duplicateOf,
      events: prepared.events,
    });
  });
}
