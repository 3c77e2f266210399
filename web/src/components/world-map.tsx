import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { ApiPlace } from '../../../src/api/api-types.js';
import { goldsteinColour } from '../codes.js';

const WIDTH = 560;
const HEIGHT = 290;

/** Country shapes, drawn offline from world-atlas (Natural Earth 1:110m). */
const COUNTRIES = feature(
  countries110m as unknown as Topology<{ countries: GeometryCollection }>,
  (countries110m as unknown as Topology<{ countries: GeometryCollection }>).objects.countries,
) as FeatureCollection;

interface Props {
  places: ApiPlace[];
}

/** World map (Natural Earth projection, no tile server): one circle per place, area by events, colour by Goldstein. */
export function WorldMap({ places }: Props) {
  const { path, projection, land, graticule } = useMemo(() => {
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
    const path = geoPath(projection);
    return {
      path,
      projection,
      land: COUNTRIES.features.map((country, i) => ({ key: String(country.id ?? i), d: path(country) ?? '', name: String(country.properties?.name ?? '') })),
      graticule: path(geoGraticule10()) ?? '',
    };
  }, []);
  const max = Math.max(1, ...places.map((place) => place.count));
  const total = places.reduce((sum, place) => sum + place.count, 0);
  return (
    <section className="panel map" aria-labelledby="map-title">
      <div className="panel-head">
        <h2 id="map-title">Map <span className="muted">{total} located events</span></h2>
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`World map with ${places.length} places`}>
        <path d={path({ type: 'Sphere' }) ?? ''} className="sphere" />
        <path d={graticule} className="graticule" />
        {land.map((country) => (
          <path key={country.key} d={country.d} className="country"><title>{country.name}</title></path>
        ))}
        {places.map((place) => {
          const point = projection([place.lon, place.lat]);
          if (!point) return null;
          return (
            <circle key={`${place.lat},${place.lon}`} cx={point[0]} cy={point[1]} r={2 + 12 * Math.sqrt(place.count / max)} fill={goldsteinColour(place.mean_goldstein)} className="place">
              <title>{`${place.name || 'unnamed place'}${place.country ? ` (${place.country})` : ''}: ${place.count} events, mean Goldstein ${place.mean_goldstein.toFixed(1)}`}</title>
            </circle>
          );
        })}
      </svg>
      {places.length === 0 && <p className="empty overlay">No matching event has a location yet.</p>}
    </section>
  );
}
