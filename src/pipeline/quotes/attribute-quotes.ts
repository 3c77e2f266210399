import type { Doc, Token } from '../../core/doc.js';
import type { Quote } from '../../core/coded-event.js';
import type { ActorLayer } from '../actors/find-actors.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { QuoteSpan } from './find-quotes.js';

/** Verbs that introduce or frame what someone said (lemmas). */
const SPEECH_VERBS = new Set([
  'say', 'tell', 'state', 'affirm', 'declare', 'add', 'announce', 'pledge', 'vow', 'promise', 'praise', 'hail', 'call',
  'describe', 'warn', 'insist', 'stress', 'note', 'write', 'claim', 'accuse', 'urge', 'argue', 'reply', 'respond',
  'tweet', 'post', 'remark', 'condemn', 'denounce', 'criticise', 'criticize', 'welcome', 'express', 'dub', 'label',
  'brand', 'term', 'vow', 'assert', 'explain', 'acknowledge', 'admit', 'deny', 'demand', 'threaten', 'thank',
]);

/**
 * Attributes each quotation to a speaker: the subject of the speech verb that frames it ("X said", "said X",
 * "X pledged “…”"), else the nearest actor before the quote in its sentence. Speakers are named by the
 * resolved actor (a title such as "the North Korean leader" is named by its holder).
 */
export function attributeQuotes(doc: Doc, spans: QuoteSpan[], actors: ActorLayer): Quote[] {
  return spans.map((q) => {
    const mentions = (actors.bySentence[q.sentence] ?? []).filter((m) => m.last <= q.open || m.first > q.close);
    const speaker = speakerOf(doc, q, mentions);
    return {
      text: q.text, start: q.start, end: q.end,
      speaker: speaker ? speaker.name : null, speaker_code: speaker ? speaker.code || null : null,
    };
  });
}

function speakerOf(doc: Doc, q: QuoteSpan, mentions: ActorMention[]): ActorMention | null {
  const { tokens } = doc;
  const sentence = doc.sentences[q.sentence];
  if (!sentence) return null;
  const isSpeech = (t: number): boolean => {
    const tok = tokens[t] as Token;
    if (t >= q.open && t <= q.close) return false;
    if (SPEECH_VERBS.has(tok.lemma)) return tok.pos === 'VERB' || sentence.headline;
    return sentence.headline && /^[A-Z]/.test(tok.text) && SPEECH_VERBS.has(tok.lower.replace(/(es|s|ed|d)$/, ''));
  };
  const usable = (m: ActorMention): boolean => m.code !== '' && !m.possessive && !m.modifier && (m.preposition === null || m.preposition === 'according to');
  // A speech verb before the quote: its subject is the nearest actor before it.
  for (let t = q.open - 1; t >= sentence.first; t--) {
    if (!isSpeech(t)) continue;
    const subject = [...mentions].reverse().find((m) => m.last <= t && usable(m));
    if (subject) return subject;
  }
  // "…,” said Putin / “…,” Putin said.
  for (let t = q.close + 1; t < sentence.last; t++) {
    if (!isSpeech(t)) continue;
    const around = mentions.find((m) => m.first > q.close && m.last <= t && usable(m)) ?? mentions.find((m) => m.first > t && m.first <= t + 3);
    if (around) return around;
  }
  const according = mentions.find((m) => m.preposition === 'according to');
  if (according) return according;
  return [...mentions].reverse().find((m) => m.last <= q.open && usable(m)) ?? null;
}
