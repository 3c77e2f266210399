import type { Doc, Token } from '../../core/doc.js';

/** A quotation found in the text: offsets of the quoted words (marks excluded), token range of the marks. */
export interface QuoteSpan {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Tokens of the opening and closing marks. */
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', '„': '“' };

/**
 * Finds direct quotations, including short quoted phrases inside a sentence, by pairing quote-mark tokens
 * within a sentence. A `’` that is an apostrophe ("Russia’s") never closes a quote: closing marks are tokens
 * of their own, which apostrophes inside words are not.
 */
export function findQuotes(doc: Doc): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    for (let t = s.first; t < s.last; t++) {
      const open = tokens[t] as Token;
      const closer = PAIRS[open.text];
      if (!closer) continue;
      const prev = tokens[t - 1];
      if (open.text === '‘' && prev && prev.end === open.start && /\w$/.test(prev.text)) continue;
      for (let c = t + 1; c < s.last; c++) {
        const close = tokens[c] as Token;
        if (close.text !== closer) continue;
        // A closing ’ glued to a following letter is an apostrophe.
        const after = doc.text[close.end] ?? ' ';
        if (closer === '’' && /\w/.test(after)) continue;
        if (c === t + 1) break;
        const start = (tokens[t + 1] as Token).start;
        const end = (tokens[c - 1] as Token).end;
        out.push({ sentence: s.index, start, end, text: doc.text.slice(start, end), open: t, close: c });
        t = c;
        break;
      }
    }
  }
  return out;
}
