import { extname } from 'node:path';

/** How an input is read: plain text (one article), an HTML page (one article) or JSON Lines (one per line). */
export type InputFormat = 'text' | 'html' | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * Decides the format of an input from its file extension (`.html`, `.htm`, `.jsonl`, `.ndjson`), else from
 * its content: `<!doctype html` or `<html` at the start → html; `{` as first non-space character → jsonl;
 * anything else → text. `name` is the path as given (`stdin` has no extension).
 */
export function detectFormat(name: string, text: string): InputFormat {
  const byExtension = BY_EXTENSION[extname(name).toLowerCase()];
  if (byExtension) return byExtension;
  const start = text.trimStart();
  if (/^<(!doctype\s+html|html[\s>])/i.test(start)) return 'html';
  if (start.startsWith('{')) return 'jsonl';
  return 'text';
}
