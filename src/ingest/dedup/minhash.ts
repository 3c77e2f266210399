/** Hash functions in a signature. */
export const MINHASH_SIZE = 128;
/** LSH bands (of `MINHASH_SIZE / LSH_BANDS` = 4 rows each): texts with Jaccard 0.6 share a band 99% of the time. */
export const LSH_BANDS = 32;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Texts shorter than this (in words) get no signature: two short briefs share too much by chance. */
export const MIN_SIGNED_WORDS = 30;

const SEEDS = seeds(MINHASH_SIZE, 0x5eed);

/**
 * The MinHash signature of a text: for each of `MINHASH_SIZE` hash functions, the least hash over the text's
 * word shingles (`SHINGLE_WORDS` lower-cased letter/number words, hashed with FNV-1a and remixed per function
 * with the murmur3 finaliser). Null when the text has fewer than `MIN_SIGNED_WORDS` words: short texts are
 * de-duplicated by exact content only.
 * The share of equal positions in two signatures estimates the Jaccard similarity of their shingle sets.
 */
export function minhashSignature(text: string): Uint32Array | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_SIGNED_WORDS) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const value = mix(shingle ^ SEEDS[k]!);
      if (value < signature[k]!) signature[k] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two signatures (0 … 1). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) equal += 1;
  return equal / a.length;
}

/**
 * The LSH band keys of a signature, `"<band>:<hex>"`: two texts are near-duplicate candidates when they share
 * one key. Stored per article so that candidates are found with one indexed lookup.
 */
export function lshBands(signature: Uint32Array): string[] {
  const rows = signature.length / LSH_BANDS;
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let hash = 0x811c9dc5;
    for (let row = 0; row < rows; row++) hash = mix(hash ^ signature[band * rows + row]!);
    keys.push(`${band}:${hash.toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** A signature as 1024 hex digits (for the database) and back. */
export function signatureToHex(signature: Uint32Array): string {
  return Array.from(signature, (value) => value.toString(16).padStart(8, '0')).join('');
}

export function signatureFromHex(hex: string): Uint32Array {
  const signature = new Uint32Array(hex.length / 8);
  for (let k = 0; k < signature.length; k++) signature[k] = Number.parseInt(hex.slice(k * 8, k * 8 + 8), 16);
  return signature;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's 32-bit finaliser: a good bijective mix. */
function mix(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Deterministic seeds (mulberry32), so signatures stay comparable across runs and versions. */
function seeds(count: number, seed: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = seed >>> 0;
  for (let k = 0; k < count; k++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[k] = (t ^ (t >>> 14)) >>> 0;
  }
  return out;
}
