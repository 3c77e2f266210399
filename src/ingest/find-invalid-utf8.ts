/**
 * Byte offset of the first ill-formed UTF-8 sequence in `bytes`, or -1 when all of it is well-formed.
 *
 * Follows the well-formed byte sequences of the Unicode Standard (table 3-7): no overlong forms, no
 * surrogates (ED A0..BF), nothing above U+10FFFF; a sequence cut off by the end of the input is ill-formed.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const shape = sequenceShape(lead);
    if (!shape) return i;
    const [length, secondMin, secondMax] = shape;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [secondMin, secondMax] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Sequence length and the allowed range of its second byte, by lead byte; undefined for a bad lead byte. */
function sequenceShape(lead: number): [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return undefined;
}
