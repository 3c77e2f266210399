import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/gazetteer/haversine-km.js';
import { loadCoder } from '../../src/index.js';
import { SHARED, hasShared } from '../helpers/shared.js';

const SEED = 'corpus/seed';
const present = hasShared(`${SEED}/kim-putin-vostochny.txt`);

describe.skipIf(!present)('seed report: where the events happened (../shared/corpus/seed)', () => {
  const text = present ? readFileSync(resolve(SHARED, SEED, 'kim-putin-vostochny.txt'), 'utf8') : '';
  const events = present ? loadCoder().code({ id: 'seed', text, published: '2023-09-13' }).events : [];
  const km = (e: (typeof events)[number], lat: number, lon: number) => haversineKm(e.location?.lat ?? 0, e.location?.lon ?? 0, lat, lon);

  it('places the Kim–Putin meeting at the Vostochny Cosmodrome (within 100 km of 51.88 N 128.33 E)', () => {
    const meeting = events.find((e) => e.plover.event === 'CONSULT' && e.sentence.includes('Vostochny'));
    expect(meeting?.location).toMatchObject({ name: 'Vostochny Cosmodrome', country: 'RUS', precision: 'site' });
    expect(km(meeting!, 51.88, 128.33)).toBeLessThan(100);
  });

  it('places the missile launch in the Sea of Japan (within 900 km of 40 N 134 E)', () => {
    const launch = events.find((e) => e.sentence.includes('ballistic missiles'));
    expect(launch?.location).toMatchObject({ name: 'Sea of Japan', precision: 'sea' });
    expect(km(launch!, 40, 134)).toBeLessThan(900);
  });

  it('never places an event at a capital used as an actor ("Pyongyang would always stand alongside Moscow")', () => {
    const pledge = events.find((e) => e.sentence.includes('Pyongyang would'));
    expect(pledge?.location?.name).not.toMatch(/Pyongyang|Moscow/);
  });
});
