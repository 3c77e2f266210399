import { SitrepError } from '../core/errors.js';
import { findInvalidUtf8 } from './find-invalid-utf8.js';

/** Bytes sampled to judge whether an input is binary. */
const SAMPLE_BYTES = 65_536;
/** Share of control characters (other than tab, line feed, form feed, carriage return) that marks binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Decodes one input as UTF-8 text, rejecting what is not text.
 *
 * A leading UTF-8 byte order mark is removed; everything else (CRLF line ends included) is kept as is, so
 * offsets into the result are offsets into the input after its BOM.
 * @throws SitrepError (exit 1), naming the input: empty or whitespace-only, binary (NUL bytes, UTF-16, or more
 *   than 10% control characters), or invalid UTF-8 (with the byte offset of the first bad sequence).
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new SitrepError(`${name}: empty input`);
  rejectBinary(bytes, name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    const offset = findInvalidUtf8(bytes);
    throw new SitrepError(`${name}: invalid UTF-8 at byte ${offset}; convert the file to UTF-8`, { cause: error });
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new SitrepError(`${name}: empty input (only whitespace)`);
  return text;
}

function rejectBinary(bytes: Uint8Array, name: string): void {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    throw new SitrepError(`${name}: UTF-16 text is not supported; convert the file to UTF-8`);
  }
  if (bytes.indexOf(0) !== -1) throw new SitrepError(`${name}: binary file (contains NUL bytes)`);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) if (isControl(byte)) controls += 1;
  if (controls / sample.length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / sample.length);
    throw new SitrepError(`${name}: binary file (${percent}% control characters)`);
  }
}

function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}
