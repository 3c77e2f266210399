import type { Insertable } from 'kysely';
import type { ActorRef, CodedEvent } from '../core/coded-event.js';
import type { ActorsTable, EventsTable } from './schema.js';

/** The `events` row of one coded event mention. */
export function eventRow(articleId: string, event: CodedEvent): Insertable<EventsTable> {
  return {
    article_id: articleId,
    sentence_index: event.sentence_index,
    sentence: event.sentence,
    source_code: event.source.code,
    source_name: event.source.name,
    source_text: event.source.text,
    source_start: event.source.start,
    source_end: event.source.end,
    target_code: event.target?.code ?? null,
    target_name: event.target?.name ?? null,
    target_text: event.target?.text ?? null,
    target_start: event.target?.start ?? null,
    target_end: event.target?.end ?? null,
    cameo: event.cameo,
    cameo_name: event.cameo_name,
    plover_event: event.plover.event,
    plover_mode: event.plover.mode,
    plover_context: event.plover.context,
    quad_class: event.quad_class,
    goldstein: event.goldstein,
    modality: event.modality,
    date: event.date,
    location_json: event.location ? JSON.stringify(event.location) : null,
    quotes_json: JSON.stringify(event.quotes),
    rule: event.rule,
    confidence: event.confidence,
    verb_text: event.verb.text,
    verb_start: event.verb.start,
    verb_end: event.verb.end,
  };
}

/** The `actors` row of one actor mention. */
export function actorRow(articleId: string, actor: ActorRef): Insertable<ActorsTable> {
  return {
    article_id: articleId,
    code: actor.code,
    name: actor.name,
    text: actor.text,
    text_start: actor.start,
    text_end: actor.end,
  };
}
