import { estimateJaccard, signatureFromHex } from './minhash.js';

/** Estimated Jaccard similarity of word shingles at or above which two texts are the same story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

/** An earlier article that shares an LSH band with the new one. */
export interface DuplicateCandidate {
  id: string;
  /** Its signature as stored (`signatureToHex`). */
  minhash: string;
}

/**
 * The earliest candidate (in the order given) whose signature is at least `NEAR_DUPLICATE_THRESHOLD` similar
 * to `signature`, with the similarity; null when none is.
 */
export function pickNearDuplicate(signature: Uint32Array, candidates: readonly DuplicateCandidate[]): { id: string; similarity: number } | null {
  for (const candidate of candidates) {
    const similarity = estimateJaccard(signature, signatureFromHex(candidate.minhash));
    if (similarity >= NEAR_DUPLICATE_THRESHOLD) return { id: candidate.id, similarity };
  }
  return null;
}
