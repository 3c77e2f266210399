/**
 * Legacy encodings tried when a body is not UTF-8 and declares nothing usable, in order of preference when
 * two score alike (WHATWG labels, as TextDecoder takes them).
 */
const CANDIDATES = ['windows-1251', 'shift_jis', 'gb18030', 'windows-1252'] as const;

/**
 * Guesses the legacy encoding of `bytes` by decoding it with each candidate (a decoder that fails is out)
 * and scoring how plausible the non-ASCII characters are as text: kana, CJK ideographs and Hangul in runs,
 * Cyrillic words apart from Latin letters, Latin-1 letters inside Latin words; replacement characters, C1
 * controls, private-use and half-width katakana count against. Falls back to windows-1252.
 * @example guessCharset(cp1251Bytes) // 'windows-1251'
 */
export function guessCharset(bytes: Uint8Array): string {
  let highBytes = 0;
  for (const byte of bytes) if (byte >= 0x80) highBytes += 1;
  if (highBytes === 0) return 'windows-1252';
  let best: { label: string; score: number } = { label: 'windows-1252', score: -Infinity };
  for (const label of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const score = plausibility(text) / highBytes;
    if (score > best.score) best = { label, score };
  }
  return best.label;
}

function plausibility(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    sum += weight(code, text.charCodeAt(i - 1), text.charCodeAt(i + 1));
  }
  return sum;
}

function weight(code: number, before: number, after: number): number {
  if (code === 0xfffd || (code >= 0x80 && code <= 0x9f) || (code >= 0xe000 && code <= 0xf8ff)) return -5;
  if ((code >= 0x3000 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)) return 2;
  if (code >= 0xff01 && code <= 0xff5e) return 1;
  if (code >= 0xff61 && code <= 0xff9f) return -1;
  const nextToLatin = isAsciiLetter(before) || isAsciiLetter(after);
  if (code >= 0x400 && code <= 0x4ff) return nextToLatin ? -1 : 1;
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) {
    return nextToLatin || isLatinLetter(before) || isLatinLetter(after) ? 1 : 0;
  }
  if ((code >= 0xa0 && code <= 0xbf) || (code >= 0x2010 && code <= 0x2027)) return 0;
  return -1;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isLatinLetter(code: number): boolean {
  return code >= 0xc0 && code <= 0x24f;
}
