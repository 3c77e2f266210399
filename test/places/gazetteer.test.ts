import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/gazetteer/haversine-km.js';
import { gazetteer } from './helpers.js';

const places = (name: string) => gazetteer().lookup(name).map((m) => ({ ...gazetteer().place(m.place), form: m.form }));

describe('gazetteer: compiled from world-countries, i18n-iso-countries, cities-500 and dictionaries/places', () => {
  it('holds the curated launch sites with their coordinates', () => {
    const [vostochny] = places('Vostochny Cosmodrome');
    expect(vostochny).toMatchObject({ kind: 'site', country: 'RUS', geonameid: null });
    expect(haversineKm(vostochny!.lat, vostochny!.lon, 51.88, 128.33)).toBeLessThan(100);
  });

  it('gives the curated regions the GeoNames admin1 code of the places around them', () => {
    expect(places('Illinois').find((p) => p.kind === 'adm1')).toMatchObject({ country: 'USA', admin1: 'IL' });
    expect(places('Amur Oblast')[0]).toMatchObject({ kind: 'adm1', country: 'RUS' });
  });

  it('indexes GeoNames populated places with their ids, populations and alternate names', () => {
    const paris = places('Paris').find((p) => p.country === 'FRA');
    expect(paris).toMatchObject({ kind: 'capital', geonameid: 2988507 });
    expect(paris!.population).toBeGreaterThan(1_000_000);
    expect(places('Kiev').find((p) => p.country === 'UKR')).toMatchObject({ name: 'Kyiv', form: 'alternate' });
  });

  it('indexes countries by name, alternate spelling and adjective (adjectives are not names)', () => {
    expect(places('North Korea')[0]).toMatchObject({ kind: 'country', country: 'PRK' });
    expect(places('DPRK')[0]).toMatchObject({ kind: 'country', country: 'PRK', form: 'alternate' });
    expect(places('Russian')).toEqual([expect.objectContaining({ kind: 'country', country: 'RUS', form: 'adjective' })]);
    expect(places('Mexicans')).toEqual([]);
  });

  it('finds seas under each of their names, and the sea off a coast', () => {
    const [japan] = places('Sea of Japan');
    expect(places('East Sea')[0]?.id).toBe(japan!.id);
    expect(gazetteer().water('PRK', 'east')).toBe(japan!.id);
  });

  it('looks names up without case or accents', () => {
    expect(places('québec').length).toBeGreaterThan(0);
    expect(places('SÃO PAULO'.normalize()).length + places('sao paulo').length).toBeGreaterThan(0);
  });

  it('computes great-circle distances in km', () => {
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo(111.19, 1);
    expect(haversineKm(51.88, 128.33, 51.88, 128.33)).toBe(0);
  });
});
