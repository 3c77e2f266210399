import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from './fetch-error.js';
import { formatBytes } from '../format-bytes.js';

/**
 * Reads a response body into memory, undoing `Content-Encoding` (gzip, x-gzip, deflate, br; identity), and
 * stops as soon as the decoded bytes pass `maxBytes`, so neither a huge body nor a compression bomb is held.
 * @throws FetchError `too_large` past the cap; `network` for an unknown encoding or a corrupt stream.
 */
export async function readBody(body: Readable, encoding: string | undefined, url: string, maxBytes: number): Promise<Uint8Array> {
  const stream = decoder(body, (encoding ?? '').trim().toLowerCase(), url);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new FetchError('too_large', url, `body larger than ${formatBytes(maxBytes)}; refused`);
      chunks.push(chunk);
    }
  } catch (error) {
    body.destroy();
    stream.destroy();
    if (error instanceof FetchError) throw error;
    throw asFetchError(error, url);
  }
  return Buffer.concat(chunks, total);
}

function decoder(body: Readable, encoding: string, url: string): Readable {
  switch (encoding) {
    case '':
    case 'identity':
      return body;
    case 'gzip':
    case 'x-gzip':
      return body.pipe(createGunzip());
    case 'br':
      return body.pipe(createBrotliDecompress());
    case 'deflate':
      // RFC 9110: zlib-wrapped deflate.
      return body.pipe(createInflate());
    default:
      body.destroy();
      throw new FetchError('network', url, `unsupported Content-Encoding "${encoding}"`);
  }
}

function asFetchError(error: unknown, url: string): FetchError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'UND_ERR_BODY_TIMEOUT' || (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') {
    return new FetchError('timeout', url, 'body timed out', { cause: error });
  }
  return new FetchError('network', url, `reading the body failed: ${(error as Error).message}`, { cause: error });
}
