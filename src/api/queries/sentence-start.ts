/**
 * Offset of `sentence` in the article `text`: the occurrence that holds the verb span `[verbStart, verbEnd)`
 * (the verb of a coded event always lies in its sentence), else the first occurrence, else null.
 */
export function sentenceStart(text: string, sentence: string, verbStart: number, verbEnd: number): number | null {
  if (sentence === '') return null;
  let first: number | null = null;
  for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
    if (at <= verbStart && verbEnd <= at + sentence.length) return at;
    first ??= at;
  }
  return first;
}
