/** sitrep public API. */
export type { Article } from './core/article.js';
export type { ActorRef, CodedArticle, CodedEvent, EventLocation, PloverCode, Quote } from './core/coded-event.js';
export type { Modality } from './core/modality.js';
export { SitrepError, UsageError, DictionaryError } from './core/errors.js';
export type { Coder } from './pipeline/coder.js';
export { loadCoder } from './load-coder.js';
export type { Gazetteer } from './gazetteer/gazetteer.js';
export { loadGazetteer } from './gazetteer/load-gazetteer.js';
export type { PlaceFinder } from './pipeline/places/place-finder.js';
export { createPlaceFinder } from './pipeline/places/place-finder.js';
