import { describe, expect, it } from 'vitest';
import type { GeoGoldDoc } from '../../src/evaluation/geo-gold.js';
import { scoreGeo } from '../../src/evaluation/geo-score.js';
import type { ToponymRecord } from '../../src/pipeline/places/toponym-record.js';
import { gazetteer } from './helpers.js';

const doc: GeoGoldDoc = {
  id: 'd', text: 'Troops left Kyiv for the Black Sea coast near Odesa.',
  toponyms: [
    { start: 12, end: 16, name: 'Kyiv', lat: 50.45, lon: 30.52, fcode: 'PPLC' },
    { start: 25, end: 34, name: 'Black Sea', lat: 43, lon: 34 },
    { start: 46, end: 51, name: 'Odesa', lat: 46.48, lon: 30.73 },
  ],
};
const record = (start: number, end: number, lat: number | null, lon: number | null): ToponymRecord => ({
  doc_id: 'd', start, end, text: doc.text.slice(start, end), name: null, geonameid: null, lat, lon, country: null, kind: 'city', role: 'place',
});

describe('geoparsing scores', () => {
  it('scores recognition by exact span and by overlap, and resolution within 161 km', () => {
    const s = scoreGeo([doc], [[record(12, 16, 50.45, 30.52), record(25, 30, 43.5, 34), record(40, 45, 1, 1)]], gazetteer());
    expect(s.exact).toMatchObject({ tp: 1, precision: 0.3333, recall: 0.3333 });
    expect(s.overlap).toMatchObject({ tp: 2, precision: 0.6667, recall: 0.6667 });
    expect(s.resolution).toMatchObject({ scored: 2, within_161: 2, accuracy_161: 1 });
    expect(s.end_to_end_accuracy_161).toBe(0.6667);
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['false', 'miss']);
  });

  it('measures errors in km and counts an unplaced toponym as wrong', () => {
    const s = scoreGeo([doc], [[record(12, 16, 50.45, 31.52), record(46, 51, null, null)]], gazetteer());
    expect(s.resolution.accuracy_161).toBe(0.5);
    expect(s.resolution.mean_km).toBeCloseTo(70.8, 0);
  });
});
