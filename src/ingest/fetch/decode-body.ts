import { guessCharset } from './guess-charset.js';

/** How a body's characters were decided, in the order they are tried. */
export type CharsetSource = 'bom' | 'utf-8' | 'header' | 'meta' | 'xml' | 'guess';

export interface DecodedBody {
  text: string;
  /** WHATWG encoding name, as TextDecoder reports it (`utf-8`, `windows-1251`, `shift_jis` …). */
  charset: string;
  source: CharsetSource;
}

/** Bytes read when looking for `<meta charset>` or an XML declaration. */
const SNIFF_BYTES = 4_096;

/**
 * Decodes a fetched body to text. The encoding comes from, in order: a byte order mark (UTF-8, UTF-16); a
 * strict UTF-8 check (bytes that are valid UTF-8 are read as UTF-8); the `charset` of the Content-Type header;
 * `<meta charset>` or `<meta http-equiv="Content-Type">`; the XML declaration's `encoding`; a guess among
 * windows-1251, Shift_JIS, GB18030 and windows-1252 (`guessCharset`). A declared UTF-8 that the bytes are not
 * is ignored, and a label TextDecoder does not know is skipped. Never throws; the BOM is not part of the text.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const bom = bomCharset(bytes);
  if (bom) return decoded(bytes.subarray(bom.length), bom.charset, 'bom');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), charset: 'utf-8', source: 'utf-8' };
  } catch {
    // Not UTF-8: look for a declaration.
  }
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared: [CharsetSource, string | undefined][] = [
    ['header', /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]],
    ['meta', metaCharset(head)],
    ['xml', /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]],
  ];
  for (const [source, label] of declared) {
    const charset = label === undefined ? undefined : knownCharset(label);
    if (charset && charset !== 'utf-8') return decoded(bytes, charset, source);
  }
  return decoded(bytes, guessCharset(bytes), 'guess');
}

function decoded(bytes: Uint8Array, charset: string, source: CharsetSource): DecodedBody {
  return { text: new TextDecoder(charset, { ignoreBOM: true }).decode(bytes), charset, source };
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

function metaCharset(head: string): string | undefined {
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return direct?.[1];
}

function knownCharset(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}
