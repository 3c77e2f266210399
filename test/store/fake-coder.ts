import type { Article } from '../../src/core/article.js';
import type { CodedArticle, CodedEvent } from '../../src/core/coded-event.js';
import type { Coder } from '../../src/pipeline/coder.js';

/**
 * A stand-in coder for store and CLI tests (the real pipeline is tested elsewhere): every sentence that
 * contains " met " yields one event "042 Make a visit" from its first word to the word after "met", and every
 * such pair of words is an actor mention.
 */
export function fakeCoder(): Coder {
  return { versions: { fake: '1' }, code: codeArticle };
}

function codeArticle(article: Article): CodedArticle {
  const events: CodedEvent[] = [];
  const sentences = /[^.!?]+[.!?]?/g;
  let index = 0;
  for (const match of article.text.matchAll(sentences)) {
    const sentence = match[0];
    const base = match.index;
    const verb = / met (\S+)/.exec(sentence);
    const source = /\S+/.exec(sentence);
    if (verb && source) {
      const targetStart = base + verb.index + ' met '.length;
      events.push(
        makeEvent({
          article_id: article.id,
          sentence_index: index,
          sentence: sentence.trim(),
          date: article.published,
          source: actor(source[0], base + source.index),
          target: actor(verb[1]!, targetStart),
          verb: { text: 'met', start: base + verb.index + 1, end: base + verb.index + 4 },
        }),
      );
    }
    index += 1;
  }
  const actors = events.flatMap((event) => [event.source, ...(event.target ? [event.target] : [])]);
  return { id: article.id, published: article.published, actors, quotes: [], events };
}

function actor(text: string, start: number) {
  return { text, code: text.toUpperCase().slice(0, 3), name: text, start, end: start + text.length };
}

/** A complete CodedEvent with plausible values; `overrides` replace fields. */
export function makeEvent(overrides: Partial<CodedEvent> = {}): CodedEvent {
  return {
    article_id: 'a1',
    sentence_index: 0,
    sentence: 'Kim met Putin.',
    source: { text: 'Kim', code: 'PRKGOV', name: 'Kim Jong Un', start: 0, end: 3 },
    target: { text: 'Putin', code: 'RUSGOV', name: 'Vladimir Putin', start: 8, end: 13 },
    cameo: '042',
    cameo_name: 'Make a visit',
    plover: { event: 'CONSULT', mode: 'visit', context: 'diplomatic' },
    quad_class: 1,
    goldstein: 1.9,
    modality: 'asserted',
    date: '2023-09-13',
    location: null,
    quotes: [{ text: 'a "good" talk', speaker: 'Putin', speaker_code: 'RUSGOV', start: 20, end: 33 }],
    rule: 'verbs/042#1',
    verb: { text: 'met', start: 4, end: 7 },
    confidence: 0.8,
    ...overrides,
  };
}
