/**
 * A token of the article text. `start`/`end` are UTF-16 character offsets into the article text (end
 * exclusive); `text` is exactly `articleText.slice(start, end)`. Whitespace is not tokenised: the text between
 * two tokens is whitespace, so tokens plus the gaps between them give the text back unchanged.
 */
export interface Token {
  /** Position in `Doc.tokens`. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Lower-cased lemma from the tagger ("met" → "meet", "sanctions" → "sanction"). */
  lemma: string;
  /** Universal Dependencies part of speech from the tagger (NOUN, VERB, PROPN, AUX, ADP …). */
  pos: string;
  /** Token kind from the tokenizer: word, number, punctuation, url, emoji … */
  kind: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/** A sentence as a token range `[first, last)` and a character range `[start, end)`. */
export interface Sentence {
  index: number;
  first: number;
  last: number;
  start: number;
  end: number;
  /** True when the sentence looks like a headline (most words capitalised, no final stop). */
  headline: boolean;
}

/** The tokenised article: immutable text plus tokens and sentences. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}
