import { readFileSync } from 'node:fs';
import { generateArticles } from '../../bench/generate-news.js';
import type { Article } from '../../src/core/article.js';
import { loadCoder } from '../../src/load-coder.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';

/** An article whose text carries markup that must stay inert in the dashboard. */
export const HOSTILE_ARTICLE: Article = {
  id: 'hostile',
  title: 'Leaders meet <b>in Beijing</b>',
  url: 'javascript:window.__xss = 3',
  published: '2024-06-02',
  text:
    'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Sunday. ' +
    '<script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2"> ' +
    'Xi pledged full support to Russia during the talks.',
};

/** The bundled example, as `sitrep code` reads it (the first line is the headline). */
export function exampleArticle(): Article {
  const text = readFileSync(new URL('../../examples/kim-putin-summit.txt', import.meta.url), 'utf8');
  return { id: 'kim-putin-summit', title: text.split('\n')[0]!, url: 'https://example.org/kim-putin-summit', text, published: '2023-09-13' };
}

/**
 * Makes the dashboard tests' database in `file`: the bundled example, `generated` generated reports (bench
 * corpus, May 2024) and the hostile article, coded by the real coder and stored by the real store.
 */
export async function makeDashboardDb(file: string, generated = 60): Promise<void> {
  const coder = loadCoder();
  const store = await openSqliteStore(file, { pipelineVersion: '{"sitrep":"test"}' });
  try {
    const corpus = generateArticles(generated, 12).map((article) => ({ ...article, title: `Generated report ${article.id}` }));
    for (const article of [exampleArticle(), ...corpus, HOSTILE_ARTICLE]) {
      await store.saveCodedArticle(article, coder.code(article));
    }
  } finally {
    await store.close();
  }
}
