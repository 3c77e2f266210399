import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/core/errors.js';
import { decodeText } from '../../src/ingest/decode-text.js';
import { findInvalidUtf8 } from '../../src/ingest/find-invalid-utf8.js';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((value) => (typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from([value]))));

describe('decodeText', () => {
  it('returns the text unchanged, CRLF included', () => {
    expect(decodeText(bytes('Kim met Putin.\r\nThey talked.\r\n'), 'a.txt')).toBe('Kim met Putin.\r\nThey talked.\r\n');
  });

  it('removes a UTF-8 byte order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 'Seoul'), 'a.txt')).toBe('Seoul');
  });

  it('keeps tabs, form feeds, emoji and right-to-left text', () => {
    const text = 'a\tb\fc 🇰🇵 مرحبا';
    expect(decodeText(bytes(text), 'a.txt')).toBe(text);
  });

  it.each([
    ['an empty input', bytes(), 'a.txt: empty input'],
    ['only whitespace', bytes(' \r\n\t\n'), 'a.txt: empty input (only whitespace)'],
    ['only a BOM', bytes(0xef, 0xbb, 0xbf), 'a.txt: empty input (only whitespace)'],
    ['NUL bytes', bytes('PK', 0x03, 0x04, 0x00, 'rest'), 'a.txt: binary file (contains NUL bytes)'],
    ['many control characters', bytes('\x01\x02\x03\x1b[0mok'), 'a.txt: binary file (44% control characters)'],
    ['UTF-16', bytes(0xff, 0xfe, 'K', 0, 'i', 0), 'a.txt: UTF-16 text is not supported; convert the file to UTF-8'],
    ['Latin-1', bytes('Caf', 0xe9, ' au lait'), 'a.txt: invalid UTF-8 at byte 3; convert the file to UTF-8'],
  ])('rejects %s', (_, input, message) => {
    expect(() => decodeText(input, 'a.txt')).toThrow(new SitrepError(message));
  });

  it('counts the invalid byte offset in the file, BOM included', () => {
    expect(() => decodeText(bytes(0xef, 0xbb, 0xbf, 'ab', 0xc3, 0x28), 'b.txt')).toThrow('b.txt: invalid UTF-8 at byte 5');
  });
});

describe('findInvalidUtf8', () => {
  it.each([
    [bytes('plain ascii'), -1],
    [bytes('é€𝄞'), -1],
    [bytes('a', 0x80), 1], // lone continuation byte
    [bytes('ab', 0xc0, 0xaf), 2], // overlong '/'
    [bytes(0xe0, 0x80, 0xaf), 0], // overlong three-byte form
    [bytes('x', 0xed, 0xa0, 0x80), 1], // surrogate U+D800
    [bytes(0xf4, 0x90, 0x80, 0x80), 0], // above U+10FFFF
    [bytes('abc', 0xe2, 0x82), 3], // cut off by the end
    [bytes(0xf5), 0],
  ])('%#: %o → %i', (input, offset) => {
    expect(findInvalidUtf8(input)).toBe(offset);
  });
});
