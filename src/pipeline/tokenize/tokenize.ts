import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Token } from '../../core/doc.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Words that stay lower case in a title-case headline. */
const HEADLINE_MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'to', 'with', 'from', 'over', 'after', 'amid', 'into', 'vs']);

/**
 * Tokenises, tags and sentence-splits `text` in one wink-nlp pass.
 * Never throws on odd text; empty text gives an empty Doc. Offsets are recovered by locating each token in
 * the original text, so the text is never altered (non-breaking spaces, curly quotes and emoji survive).
 */
export function tokenize(text: string): Doc {
  if (text.trim() === '') return { text, tokens: [], sentences: [] };
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const kinds = wdoc.tokens().out(its.type as never) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
  const spans = wdoc.sentences().out(its.span as never) as unknown as [number, number][];

  const tokens: Token[] = [];
  const winkToOurs = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let w = 0; w < values.length; w++) {
    winkToOurs[w] = tokens.length;
    const kind = kinds[w] ?? 'word';
    if (kind === 'tabCRLF' || pos[w] === 'SPACE') continue;
    const value = values[w] ?? '';
    let at = text.indexOf(value, cursor);
    // The tokenizer may normalise a token; fall back to the next non-space position.
    if (at < 0 || at - cursor > 64) {
      at = cursor;
      while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    }
    const end = Math.min(text.length, at + value.length);
    const surface = text.slice(at, end);
    tokens.push({
      i: tokens.length,
      start: at,
      end,
      text: surface,
      lower: surface.toLowerCase(),
      lemma: (lemmas[w] ?? surface).toLowerCase(),
      pos: pos[w] ?? 'X',
      kind,
      sentence: 0,
    });
    cursor = end;
  }
  winkToOurs[values.length] = tokens.length;

  const sentences: Sentence[] = [];
  for (const [a, b] of spans) {
    const first = winkToOurs[a] ?? 0;
    const last = winkToOurs[b + 1] ?? tokens.length;
    if (last <= first) continue;
    const index = sentences.length;
    for (let t = first; t < last; t++) (tokens[t] as Token).sentence = index;
    const firstTok = tokens[first] as Token;
    const lastTok = tokens[last - 1] as Token;
    sentences.push({ index, first, last, start: firstTok.start, end: lastTok.end, headline: looksLikeHeadline(tokens, first, last) });
  }
  return { text, tokens, sentences };
}

/** A headline: no sentence-final stop and nearly every content word capitalised. */
function looksLikeHeadline(tokens: Token[], first: number, last: number): boolean {
  const lastTok = tokens[last - 1] as Token;
  if (lastTok.text === '.' || lastTok.text === '?' || lastTok.text === '!' ) return false;
  let words = 0;
  let capitalised = 0;
  for (let t = first; t < last; t++) {
    const tok = tokens[t] as Token;
    if (tok.kind !== 'word' || HEADLINE_MINOR.has(tok.lower)) continue;
    words++;
    if (/^[A-Z\u00C0-\u024F]/.test(tok.text)) capitalised++;
  }
  return words >= 2 && capitalised / words >= 0.75;
}

/**
 * Tokenises dictionary phrases the same way article text is tokenised, so that a phrase's tokens line up
 * with text tokens ("Russia's" → ["Russia", "'s"], "U.S." → ["U.S."]). One wink pass for all phrases.
 */
export function tokenizePhrases(phrases: readonly string[]): string[][] {
  if (phrases.length === 0) return [];
  const joined = nlp.readDoc(phrases.join('\n')).tokens();
  const values = joined.out(its.value) as string[];
  const kinds = joined.out(its.type as never) as string[];
  const out: string[][] = [[]];
  for (let w = 0; w < values.length; w++) {
    if (kinds[w] === 'tabCRLF') { out.push([]); continue; }
    if ((values[w] ?? '').trim() === '') continue;
    (out[out.length - 1] as string[]).push(values[w] as string);
  }
  if (out.length === phrases.length) return out;
  // Fall back to one pass per phrase if the joined pass did not split cleanly.
  return phrases.map((p) => (nlp.readDoc(p).tokens().out(its.value) as string[]).filter((v) => v.trim() !== ''));
}
