import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { SitrepError } from '../core/errors.js';
import { formatBytes } from './format-bytes.js';

/** Default limit on the size of one input, in bytes (50 MB). */
export const DEFAULT_MAX_BYTES = 50_000_000;

/** The raw bytes of one input and the name to use in messages (the path as given, or `stdin`). */
export interface RawInput {
  name: string;
  bytes: Uint8Array;
}

export interface ReadInputOptions {
  /** Largest accepted input, in bytes. */
  maxBytes: number;
  /** Read when `path` is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
}

/**
 * Reads one input: a file path, or `-` for standard input.
 *
 * A regular file's size is checked with `stat` before it is read; stdin, pipes and other streams are
 * counted while read and abandoned as soon as they pass the limit.
 * @throws SitrepError (exit 1) for a missing file, a directory, an unreadable file or an input over `maxBytes`.
 */
export async function readInput(path: string, options: ReadInputOptions): Promise<RawInput> {
  if (path === '-') return { name: 'stdin', bytes: await readLimited(options.stdin, 'stdin', options.maxBytes) };
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(path, error);
  });
  if (info.isDirectory()) throw new SitrepError(`${path}: is a directory`);
  if (!info.isFile()) {
    return { name: path, bytes: await readLimited(createReadStream(path), path, options.maxBytes) };
  }
  if (info.size > options.maxBytes) throw tooLarge(path, formatBytes(info.size), options.maxBytes);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileError(path, error);
  });
  // The file may have grown between stat and read.
  if (bytes.length > options.maxBytes) throw tooLarge(path, formatBytes(bytes.length), options.maxBytes);
  return { name: path, bytes };
}

async function readLimited(stream: AsyncIterable<Uint8Array | string>, name: string, maxBytes: number) {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += bytes.length;
      if (total > maxBytes) throw tooLarge(name, `more than ${formatBytes(maxBytes)}`, maxBytes);
      chunks.push(bytes);
    }
  } catch (error) {
    throw error instanceof SitrepError ? error : fileError(name, error);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(name: string, size: string, maxBytes: number): SitrepError {
  return new SitrepError(`${name}: input too large: ${size} (limit ${formatBytes(maxBytes)}; raise it with --max-bytes)`);
}

function fileError(name: string, error: unknown): SitrepError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const problems: Record<string, string> = {
    ENOENT: 'no such file',
    ENOTDIR: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
  };
  const problem = (code && problems[code]) ?? `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  return new SitrepError(`${name}: ${problem}`, { cause: error });
}
