import type { Doc, Sentence, Token } from '../../core/doc.js';

/**
 * A clause: token range [first, last) of one sentence.
 * - `inherits`: the clause starts with a verb after a coordinator ("… and pledged support") and takes the
 *   subject of the clause before it.
 * - `relativeTo`: the clause is a relative clause ("Putin, who met Kim …"); its subject is the noun phrase
 *   ending at that token index (exclusive end), if that is an actor mention.
 */
export interface Clause {
  first: number;
  last: number;
  inherits: boolean;
  relativeTo: number | null;
}

/** Always start a clause. */
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because', 'unless', 'whether', 'if', 'when', 'where']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
/** Start a clause when a subject and verb follow (else they are prepositions: "after the talks"). */
const MAYBE_SUBORDINATORS = new Set(['as', 'after', 'before', 'since', 'until', 'once']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);
/** Verbs of telling and warning whose object may stand between them and "that". */
const TELLING = new Set(['tell', 'warn', 'inform', 'assure', 'remind', 'notify', 'convince', 'persuade', 'say', 'announce', 'report']);

/**
 * Splits a sentence into clauses at semicolons and colons, subordinators, relative pronouns, "that"
 * complementisers, and coordinators that join two verb groups. No parser: part-of-speech tags and word lists.
 */
export function splitClauses(doc: Doc, sentence: Sentence): Clause[] {
  const { tokens } = doc;
  const clauses: Clause[] = [];
  let start = sentence.first;
  let inherits = false;
  let relativeTo: number | null = null;
  let sawVerb = false;
  const close = (at: number, nextInherits: boolean, nextRelative: number | null): void => {
    if (at > start) clauses.push({ first: start, last: at, inherits, relativeTo });
    start = at;
    inherits = nextInherits;
    relativeTo = nextRelative;
    sawVerb = false;
  };
  for (let t = sentence.first; t < sentence.last; t++) {
    const tok = tokens[t] as Token;
    const lower = tok.lower;
    if (tok.pos === 'VERB') sawVerb = true;
    if ((lower === ';' || lower === ':') && t + 1 < sentence.last) { close(t + 1, false, null); continue; }
    if (t === sentence.first) continue;
    if (RELATIVES.has(lower)) {
      const prev = tokens[t - 1] as Token;
      close(t, false, prev.lower === ',' ? t - 1 : t);
      continue;
    }
    // "a resolution that aims to …": "that" right after a noun opens a relative clause.
    if (lower === 'that' && tok.pos !== 'DET') {
      const prev = tokens[t - 1] as Token;
      // "told reporters that …", "warned Iran that …": after a verb of saying, "that" opens its complement.
      const saying = tokens.slice(Math.max(sentence.first, t - 4), t).some((x) => x.pos === 'VERB' && TELLING.has(x.lemma));
      close(t, false, prev.pos === 'NOUN' && !saying ? t : null);
      continue;
    }
    if (SUBORDINATORS.has(lower)) { close(t, false, null); continue; }
    if (MAYBE_SUBORDINATORS.has(lower) && (tok.pos === 'SCONJ' || subjectVerbFollows(tokens, t + 1, sentence.last))) {
      close(t, false, null);
      continue;
    }
    if (COORDINATORS.has(lower) && sawVerb) {
      const next = skipAdverbs(tokens, t + 1, sentence.last);
      const nextTok = tokens[next];
      if (nextTok && next < sentence.last && (nextTok.pos === 'VERB' || nextTok.pos === 'AUX')) { close(t + 1, true, null); continue; }
      if (subjectVerbFollows(tokens, t + 1, sentence.last)) { close(t + 1, false, null); continue; }
    }
  }
  close(sentence.last, false, null);
  return clauses;
}

function skipAdverbs(tokens: Token[], from: number, limit: number): number {
  let t = from;
  while (t < limit && ((tokens[t] as Token).pos === 'ADV' || (tokens[t] as Token).lower === ',')) t++;
  return t;
}

/** A noun phrase followed by a verb within a few tokens, before any comma. */
function subjectVerbFollows(tokens: Token[], from: number, limit: number): boolean {
  let sawNoun = false;
  for (let t = from; t < limit && t < from + 7; t++) {
    const tok = tokens[t] as Token;
    if (tok.lower === ',' || tok.lower === ';') return false;
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'PRON') sawNoun = true;
    else if ((tok.pos === 'VERB' || tok.pos === 'AUX') && sawNoun) return !tok.lower.endsWith('ing');
  }
  return false;
}
