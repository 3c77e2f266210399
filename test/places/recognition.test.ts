import { describe, expect, it } from 'vitest';
import { toponyms } from './helpers.js';

/** [sentence, expected toponyms as "text:role"] — roles: place, actor, modifier, mention. */
const TABLE: [string, string[]][] = [
  ['Talks were held in Pyongyang on Monday.', ['Pyongyang:place']],
  ['Pyongyang said it would always stand alongside Moscow.', ['Pyongyang:actor', 'Moscow:actor']],
  ['Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome.', ['Vostochny Cosmodrome:place']],
  ['North Korea fired missiles toward the eastern seas.', ['North Korea:actor', 'eastern seas:place']],
  ['Russian troops crossed into Ukraine near Kharkiv.', ['Russian:modifier', 'Ukraine:place', 'Kharkiv:place']],
  ['The London-based monitor reported shelling.', ['London:modifier']],
  ['Mexicans voted on Sunday, and many of them speak English.', []],
  ['Paris Hilton arrived with Jackson Smith.', []],
  ['Police said the suspect fled to Springfield, Illinois.', ['Springfield:place', 'Illinois:place']],
  ['A man from Peoria, Ill., was arrested in Anderson County.', ['Peoria:place', 'Ill.:place', 'Anderson County:place']],
  ['Protests spread in France, Germany and Italy.', ['France:place', 'Germany:place', 'Italy:place']],
  ['Iowa farmers met the US consulate staff.', ['Iowa:modifier', 'US:modifier']],
  ['The Washington Post reported that John Kelly resigned. Kelly said nothing.', ['Washington:modifier']],
  ['Ships sailed through the Strait of Hormuz and the Red Sea.', ['Strait of Hormuz:place', 'Red Sea:place']],
  ['MOSCOW (Reuters) - The Kremlin denied the report.', ['MOSCOW:place']],
];

describe('toponym recognition (table: sentence → toponyms with roles)', () => {
  it.each(TABLE)('%s', (sentence, expected) => {
    expect(toponyms(sentence).map((t) => `${t.text}:${t.role}`)).toEqual(expected);
  });

  it('gives offsets into the text as given', () => {
    const text = 'Shelling\u00a0hit “Donetsk” again.';
    const [t] = toponyms(text);
    expect(text.slice(t!.start, t!.end)).toBe('Donetsk');
  });

  it('never throws on odd text', () => {
    for (const text of ['', '   ', '🙂🙂', 'ﺍﻟﻘﺪﺱ', 'https://example.org/Paris', 'A'.repeat(5000)]) expect(() => toponyms(text)).not.toThrow();
  });
});
