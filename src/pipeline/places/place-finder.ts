import type { Article } from '../../core/article.js';
import type { Doc } from '../../core/doc.js';
import type { Dictionaries } from '../../dictionaries/dictionaries.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { compileActorLexicon } from '../actors/actor-lexicon.js';
import { findActors } from '../actors/find-actors.js';
import { tokenize } from '../tokenize/tokenize.js';
import { findPlaces, type PlacesLayer } from './places-layer.js';
import { toponymRecord, type ToponymRecord } from './toponym-record.js';

/** Finds the toponyms of articles without coding events (for `sitrep places` and the geoparsing evaluation). */
export interface PlaceFinder {
  /** The tokenised article and its places layer. */
  places(article: Article): { doc: Doc; places: PlacesLayer };
  /** Every toponym of the article as a printable record, in text order. */
  records(article: Article): ToponymRecord[];
}

/**
 * Builds a place finder: tokenizer, actor layer (so that persons and actor uses are told apart) and the places
 * stage. Pure; the dictionaries are compiled once here.
 */
export function createPlaceFinder(dicts: Dictionaries, gazetteer: Gazetteer): PlaceFinder {
  const lexicon = compileActorLexicon(dicts.actorPhrases, dicts.agents, dicts.persons);
  const places = (article: Article): { doc: Doc; places: PlacesLayer } => {
    const doc = tokenize(article.text);
    const actors = findActors(doc, lexicon, article.published);
    return { doc, places: findPlaces(doc, actors, gazetteer) };
  };
  return {
    places,
    records(article: Article): ToponymRecord[] {
      const { doc, places: layer } = places(article);
      return layer.toponyms.map((tp) => toponymRecord(article.id, doc, tp, gazetteer));
    },
  };
}
