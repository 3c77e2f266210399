import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/gazetteer/haversine-km.js';
import { toponyms } from './helpers.js';

const find = (text: string, name: string) => {
  const t = toponyms(text).find((r) => r.text === name);
  expect(t, `${name} in "${text}"`).toBeDefined();
  return t!;
};
const near = (t: { lat: number | null; lon: number | null }, lat: number, lon: number) => haversineKm(t.lat ?? 0, t.lon ?? 0, lat, lon);

describe('toponym resolution', () => {
  it('prefers a capital to villages of the same name: "Paris" → France', () => {
    expect(find('The summit opened in Paris on Monday.', 'Paris')).toMatchObject({ country: 'FRA', kind: 'capital', geonameid: 2988507 });
  });

  it('reads "Washington" in political news as the US capital, 38.9 N 77.0 W', () => {
    const t = find('Officials in Washington said new sanctions on Moscow would follow.', 'Washington');
    expect(near(t, 38.9, -77.0)).toBeLessThan(25);
  });

  it('follows the admin hierarchy: "Springfield, Illinois" and "Springfield, Mo."', () => {
    expect(near(find('He grew up in Springfield, Illinois.', 'Springfield'), 39.8, -89.64)).toBeLessThan(30);
    expect(near(find('He grew up in Springfield, Mo., and moved.', 'Springfield'), 37.2, -93.3)).toBeLessThan(30);
  });

  it('keeps one article coherent: small places near each other beat famous namesakes', () => {
    const text = 'An Alexandria man was arrested in Pineville on Tuesday. Deputies from Natchitoches and Leesville joined the search near Louisiana Highway 28.';
    expect(near(find(text, 'Alexandria'), 31.31, -92.45)).toBeLessThan(50);
  });

  it('reads "Georgia" by the company it keeps', () => {
    expect(find('Farmers in Georgia and Alabama feared the drought; Atlanta officials agreed.', 'Georgia')).toMatchObject({ country: 'USA', kind: 'adm1' });
    expect(find('Russian troops entered Georgia as Tbilisi appealed for help.', 'Georgia')).toMatchObject({ country: 'GEO', kind: 'country' });
  });

  it('reads a relative water from the coast of the sentence’s actor', () => {
    expect(find('North Korea fired two missiles toward the eastern seas.', 'eastern seas')).toMatchObject({ name: 'Sea of Japan', kind: 'sea' });
    expect(find('South Korea held drills in the western waters.', 'western waters')).toMatchObject({ name: 'Yellow Sea' });
  });

  it('keeps the GeoNames id of GeoNames places and none for curated ones', () => {
    expect(find('Crowds gathered in Kyiv.', 'Kyiv').geonameid).toBe(703448);
    expect(find('Inspectors returned to Natanz and Fordow.', 'Fordow').geonameid).toBeNull();
  });
});
