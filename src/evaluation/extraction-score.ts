/** Lower-cased Unicode letter/number tokens: the unit of the extraction F1. */
export function extractionTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Precision, recall and F1 of one extracted text against the expected one (0 … 1). */
export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Bag-of-words token F1 between extracted and expected text (multiset overlap of `extractionTokens`), the
 * score suggested by the shared extraction set's README. Two empty texts score 1; one empty text scores 0.
 * @example tokenF1('Kim met Putin.', 'Kim met Putin in Russia.') // { precision: 1, recall: 0.6, f1: 0.75 }
 */
export function tokenF1(extracted: string, expected: string): TokenScore {
  const got = extractionTokens(extracted);
  const want = extractionTokens(expected);
  if (got.length === 0 && want.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (got.length === 0 || want.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const token of want) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of got) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap += 1;
      counts.set(token, left - 1);
    }
  }
  const precision = overlap / got.length;
  const recall = overlap / want.length;
  return { precision, recall, f1: overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Days between two `YYYY-MM-DD` dates, absolute. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}
