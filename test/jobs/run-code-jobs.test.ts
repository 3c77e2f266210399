import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../src/ingest/extract/detect-language.js';
import { createFetcher } from '../../src/ingest/fetch/create-fetcher.js';
import type { JobContext } from '../../src/jobs/job-context.js';
import type { CodeJob } from '../../src/jobs/job-payloads.js';
import { SILENT_LOGGER } from '../../src/jobs/job-logger.js';
import { runCodeJobs } from '../../src/jobs/run-code-jobs.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import { fakeCoder } from '../store/fake-coder.js';
import { siteArticles } from './helpers/news-site.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-code-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const job = (id: string, text: string, site: string): CodeJob => ({
  id, text, url: `https://${site}/${id}`, canonicalUrl: `https://${site}/${id}`, site, title: null, byline: null, published: '2024-05-01', declaredLanguage: 'en',
});

describe('runCodeJobs', () => {
  it('stores a batch once, and finds copies of articles earlier in the same batch', async () => {
    const store = await openSqliteStore(join(dir, 'batch.db'), { pipelineVersion: '{}' });
    const fetcher = createFetcher();
    const context: JobContext = { store, fetcher, coder: fakeCoder(), detectLanguage: await loadLanguageDetector(), log: SILENT_LOGGER, now: () => new Date(), maxAttempts: 3, ignoreRobots: false };
    try {
      const [a, b] = siteArticles(2);
      const edited = `From our partners: ${a!.text.replace('correspondent', 'reporter')}`;
      await store.enqueueJobs([
        { kind: 'code', key: '1', payload: job('a', a!.text, 'one.example') },
        { kind: 'code', key: '2', payload: job('a-again', a!.text, 'two.example') },
        { kind: 'code', key: '3', payload: job('a-edited', edited, 'three.example') },
        { kind: 'code', key: '4', payload: job('b', b!.text, 'one.example') },
      ]);
      const jobs = await store.claimJobs(['code'], 60_000, 10);
      expect(jobs).toHaveLength(4);
      await runCodeJobs(jobs, context, () => false);
      const rows: Record<string, unknown>[] = [];
      for await (const row of store.exportRows('articles')) rows.push(row);
      const byKey = new Map(rows.map((row) => [row.canonical_url, row]));
      expect(rows).toHaveLength(3);
      expect(byKey.get('https://three.example/a-edited')).toMatchObject({ coding_status: 'duplicate', duplicate_of: byKey.get('https://one.example/a')!.id });
      expect(byKey.get('https://one.example/b')).toMatchObject({ coding_status: 'coded', duplicate_of: null });
      expect(await store.countJobs('code')).toEqual({ done: 4 });
    } finally {
      await fetcher.close();
      await store.close();
    }
  });
});
