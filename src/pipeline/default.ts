import type { Article } from '../core/article.js';
import type { ActorRef, CodedArticle, CodedEvent, Quote } from '../core/coded-event.js';
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import type { ActorMention } from './actors/actor-mention.js';
import { compileActorLexicon } from './actors/actor-lexicon.js';
import { findActors } from './actors/find-actors.js';
import type { Coder } from './coder.js';
import { eventDate } from './dates/event-date.js';
import { findEvents } from './events/find-events.js';
import { indexPatterns } from './events/pattern-index.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { eventLocation } from './places/event-location.js';
import { findPlaces } from './places/places-layer.js';
import { attributeQuotes } from './quotes/attribute-quotes.js';
import { findQuotes } from './quotes/find-quotes.js';
import { tokenize } from './tokenize/tokenize.js';
import { placeTargets } from './places/place-targets.js';

/**
 * Builds the coder: the ONE place that decides stage order.
 * tokenize → actors (mentions, back-references) → places (toponyms, when a gazetteer is given) → quotes → events
 * (clauses, patterns, modality) → dates and locations → CAMEO/PLOVER codes. Pure; dictionaries are compiled once
 * here. Without `places` (the compiled gazetteer) every event's location is null.
 */
export function createCoder(dicts: Dictionaries, places?: Gazetteer): Coder {
  const lexicon = compileActorLexicon(dicts.actorPhrases, dicts.agents, dicts.persons);
  const patterns = indexPatterns(dicts.patterns);
  return {
    versions: dicts.versions,
    code(article: Article): CodedArticle {
      const doc = tokenize(article.text);
      const actors = findActors(doc, lexicon, article.published);
      const placesLayer = places ? findPlaces(doc, actors, places) : null;
      const quotes = attributeQuotes(doc, findQuotes(doc), actors);
      const raw = findEvents(doc, actors, patterns, dicts.intent, article.published, placesLayer && places ? placeTargets(placesLayer, places) : []);
      const ref = (m: ActorMention): ActorRef => ({ text: doc.text.slice(m.start, m.end), code: m.code, name: m.name, start: m.start, end: m.end });
      const events: CodedEvent[] = [];
      for (const e of raw) {
        const cameo = dicts.cameo.get(e.code);
        if (!cameo || cameo.plover.event === '-') continue; // statements (01) are not PLOVER events
        const sentence = doc.sentences[e.sentence];
        if (!sentence) continue;
        const sentenceText = doc.text.slice(sentence.start, sentence.end);
        const sentenceQuotes: Quote[] = quotes.filter((q) => q.start >= sentence.start && q.end <= sentence.end);
        events.push({
          article_id: article.id,
          sentence_index: e.sentence,
          sentence: sentenceText,
          source: ref(e.source),
          target: e.target ? ref(e.target) : null,
          cameo: cameo.code,
          cameo_name: cameo.name,
          plover: cameo.plover,
          quad_class: cameo.quadClass,
          goldstein: cameo.goldstein,
          modality: e.modality,
          date: eventDate(sentenceText, article.published, e.modality === 'intended'),
          location: places && placesLayer ? eventLocation(doc, placesLayer, places, e.sentence, e.head.i, e.source.code) : null,
          quotes: sentenceQuotes,
          rule: e.pattern.id,
          verb: { text: e.head.text, start: e.head.start, end: e.head.end },
          confidence: e.confidence,
        });
      }
      const actorRefs = actors.mentions.filter((m) => m.code !== '').map(ref);
      return { id: article.id, published: article.published, actors: actorRefs, quotes, events };
    },
  };
}
