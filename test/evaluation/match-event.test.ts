import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/index.js';
import type { GoldEvent } from '../../src/evaluation/gold.js';
import { matches } from '../../src/evaluation/match-event.js';
import { scoreSet } from '../../src/evaluation/score.js';

function coded(source: string, target: string | null, plover: string, cameo = '040', confidence = 0.8): CodedEvent {
  const actor = (code: string) => ({ text: code, code, name: code, start: 0, end: 1 });
  return {
    article_id: 'a', sentence_index: 0, sentence: 's', source: actor(source), target: target ? actor(target) : null, cameo, cameo_name: '',
    plover: { event: plover, mode: '', context: '' }, quad_class: 1, goldstein: 0, modality: 'asserted', date: '2024-01-01', location: null,
    quotes: [], rule: 'r', verb: { text: 'v', start: 0, end: 1 }, confidence,
  };
}

function gold(sources: string[], targets: string[], plover: string, cameo: string[] = []): GoldEvent {
  return { sources, targets, plover, ploverAny: [plover], cameo, modality: null, optional: false, label: 'g' };
}

describe('gold matching rules', () => {
  it('matches at country level on the first three letters, in full only when codes are equal', () => {
    const g = gold(['PRKGOV'], ['RUS'], 'CONSULT');
    expect(matches(coded('PRK', 'RUSGOV', 'CONSULT'), g, 'country')).toBe(true);
    expect(matches(coded('PRK', 'RUSGOV', 'CONSULT'), g, 'full')).toBe(false);
    expect(matches(coded('PRKGOV', 'RUS', 'CONSULT'), g, 'full')).toBe(true);
    expect(matches(coded('PRKGOV', 'RUS', 'SUPPORT'), g, 'country')).toBe(false);
  });

  it('treats empty targets, compound sources and CAMEO roots as documented', () => {
    expect(matches(coded('HUN', null, 'AGREE'), gold(['HUN', 'ROU'], [], 'AGREE'), 'country')).toBe(true);
    expect(matches(coded('HUN', 'ROU', 'AGREE'), gold(['HUN', 'ROU'], [], 'AGREE'), 'country')).toBe(true);
    expect(matches(coded('HUN', 'ROU', 'AGREE'), gold(['HUN'], [], 'AGREE'), 'country')).toBe(false);
    expect(matches(coded('USA', 'IRN', 'SANCTION', '163'), gold(['USA'], ['IRN'], 'SANCTION', ['161']), 'root')).toBe(true);
    expect(matches(coded('USA', 'IRN', 'SANCTION', '172'), gold(['USA'], ['IRN'], 'SANCTION', ['161']), 'root')).toBe(false);
  });

  it('counts found gold events, false events and misses', () => {
    const cases = [
      { id: 'c1', text: 't', published: '2024-01-01', events: [gold(['USA'], ['IRN'], 'ACCUSE')] },
      { id: 'c2', text: 't', published: '2024-01-01', events: [gold(['RUS'], ['UKR'], 'ASSAULT')] },
      { id: 'c3', text: 't', published: '2024-01-01', events: [] },
    ];
    const art = (id: string, events: CodedEvent[]) => ({ id, published: '2024-01-01', actors: [], quotes: [], events });
    const s = scoreSet(cases, [
      art('c1', [coded('USAGOV', 'IRN', 'ACCUSE', '111', 0.9), coded('USA', 'IRN', 'ACCUSE', '112', 0.7)]),
      art('c2', [coded('RUS', 'UKR', 'THREATEN', '138')]),
      art('c3', [coded('CHN', null, 'PROTEST', '141', 0.55)]),
    ]);
    expect(s.micro.country).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.micro.country.precision).toBeCloseTo(1 / 3, 3);
    expect(s.type_accuracy).toBe(0.5);
    expect(s.confusion.ASSAULT).toEqual({ THREATEN: 1 });
    expect(s.errors.filter((e) => e.kind === 'false').map((e) => e.case_id)).toEqual(['c2', 'c3']);
    expect(s.precision_at['0.6']).toBe(0.5);
  });
});
