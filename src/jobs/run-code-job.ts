import type { Article } from '../core/article.js';
import { lshBands, minhashSignature, signatureToHex } from '../ingest/dedup/minhash.js';
import { pickNearDuplicate } from '../ingest/dedup/near-duplicate.js';
import { contentHash } from '../store/content-hash.js';
import type { ArticleSourceInfo, ClaimedJob } from '../store/ingest-records.js';
import type { JobContext } from './job-context.js';
import type { CodeJob } from './job-payloads.js';

/**
 * A `code` job: detects the language, looks for an earlier copy (same text; same canonical URL; MinHash
 * near-duplicate), codes the article when it is English and new, and stores it with its mentions merged into
 * events, in the transaction that marks the job done: an article is coded and counted exactly once.
 * A copy of a stored text only completes the job; a near-duplicate or a non-English article is stored, flagged
 * and not coded.
 */
export async function runCodeJob(job: ClaimedJob, context: JobContext): Promise<void> {
  const { store, coder, log, now } = context;
  const input = job.payload as CodeJob;
  const started = Date.now();
  const signature = minhashSignature(input.text);
  const bands = signature ? lshBands(signature) : [];
  const found = await store.findDuplicates(contentHash(input.text), input.canonicalUrl, bands);
  if (found.sameText) {
    await store.completeJob(job.id);
    log.info('article_already_stored', { job_id: job.id, article_id: found.sameText, url: input.url });
    return;
  }
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
  const result = await store.saveIngestedArticle(article, source, coded, job.id);
  log.info('article_stored', {
    job_id: job.id,
    article_id: result.id,
    url: input.url,
    status: codingStatus,
    language,
    duplicate_of: duplicateOf,
    events: coded?.events.length ?? 0,
    duration_ms: Date.now() - started,
  });
}
