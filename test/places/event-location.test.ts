import { describe, expect, it } from 'vitest';
import { loadCoder } from '../../src/index.js';

/** [report, where its event happened] — the coder must code an event here and place it. */
const TABLE: [string, string][] = [
  ['Russian forces shelled Kharkiv on Tuesday, Ukrainian officials said.', 'Kharkiv'],
  ['Russian drones struck the southern port city of Odesa overnight.', 'Odesa'],
  ['Israeli troops raided the Jenin refugee camp in the West Bank.', 'West Bank'],
  ['North Korea fired a ballistic missile into the sea off its east coast.', 'Sea of Japan'],
  ['Iranian forces seized an oil tanker in the Strait of Hormuz on Friday.', 'Strait of Hormuz'],
  ['The two leaders met in Beijing on Monday to discuss trade.', 'Beijing'],
];

describe('event location (table: report → place of its event)', () => {
  it.each(TABLE)('%s', (text, place) => {
    const { events } = loadCoder().code({ id: 't', text, published: '2024-05-04' });
    expect(events.length, 'an event is coded').toBeGreaterThan(0);
    for (const e of events) expect(e.location).toMatchObject({ name: place, basis: 'sentence' });
  });

  it('falls back to the article’s focus place, saying so (basis: article)', () => {
    const coded = loadCoder().code({ id: 't', text: 'Leaders met in Vienna on Monday. Iran accused Israel of sabotage.', published: '2024-05-04' });
    expect(coded.events.find((e) => e.sentence.startsWith('Iran'))?.location).toMatchObject({ name: 'Vienna', basis: 'article' });
    expect(coded.events.find((e) => e.sentence.startsWith('Leaders'))?.location).toMatchObject({ name: 'Vienna', basis: 'sentence' });
    expect(loadCoder().code({ id: 't', text: 'Iran accused Israel of sabotage.', published: '2024-05-04' }).events[0]?.location).toMatchObject({ precision: 'country', basis: 'article' });
  });
});
