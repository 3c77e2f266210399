import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCuratedPlaces } from '../../src/gazetteer/curated-place.js';
import { parseRelativeWaters } from '../../src/gazetteer/relative-water.js';
import { PLACES_DICTIONARY } from '../../src/gazetteer/load-gazetteer.js';
import { parseNotPlaces } from '../../src/gazetteer/not-places.js';

describe('dictionaries/places', () => {
  it('every curated file validates', () => {
    for (const name of readdirSync(PLACES_DICTIONARY).filter((f) => f.endsWith('.txt'))) {
      const content = readFileSync(join(PLACES_DICTIONARY, name), 'utf8');
      if (name === 'waters.txt') expect(parseRelativeWaters(name, content).length).toBeGreaterThan(0);
      else if (name === 'not-places.txt') expect(parseNotPlaces(name, content).size).toBeGreaterThan(0);
      else expect(parseCuratedPlaces(name, content).length).toBeGreaterThan(0);
    }
  });

  it('reports bad lines with file:line', () => {
    expect(() => parseCuratedPlaces('p.txt', '# c\nNowhere | volcano | 1 | 2 | - | - | x')).toThrow('p.txt:2: unknown kind "volcano"');
    expect(() => parseCuratedPlaces('p.txt', 'Nowhere | site | 95 | 2 | - | - | x')).toThrow('p.txt:1: coordinates');
    expect(() => parseCuratedPlaces('p.txt', 'Nowhere | site | 1 | 2 | Russia | - | x')).toThrow('p.txt:1: country "Russia"');
    expect(() => parseRelativeWaters('w.txt', 'PRK | up | Sea of Japan')).toThrow('w.txt:1: unknown direction');
  });
});
