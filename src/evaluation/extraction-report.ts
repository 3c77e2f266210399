import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateExtraction, extractionSetPath, formatExtraction } from './extraction-eval.js';

interface Writer {
  write(chunk: string): unknown;
}

/**
 * The extraction part of `sitrep eval --all`: scores the shared extraction set when it is on this machine,
 * prints token F1 and publication-date rates, and writes every page's result to `<reports>/extraction.json`.
 */
export async function reportExtraction(repo: string, reports: string, context: { stdout: Writer; stderr: Writer }): Promise<void> {
  const index = extractionSetPath(repo);
  if (!existsSync(index)) {
    context.stderr.write(`sitrep: skipping ${index}: not on this machine\n`);
    return;
  }
  const score = evaluateExtraction(index);
  writeFileSync(join(reports, 'extraction.json'), `${JSON.stringify({ set: 'extraction', source: index, ...score }, null, 2)}\n`);
  context.stdout.write(`${formatExtraction(score)}\n\n`);
}
