import type { CodedArticle, CodedEvent } from '../../core/coded-event.js';

/**
 * GeoJSON (RFC 7946): one FeatureCollection with a Feature per event. The geometry is the event location as a
 * Point `[lon, lat]` (WGS84 degrees), or null for an event with no location; the properties are the event's
 * fields (as in JSON Lines) without `location`, plus `location_name`, `geonameid`, `country` and `precision`.
 */
export function formatGeojson(articles: readonly CodedArticle[]): string {
  const features = articles.flatMap((article) => article.events.map(feature));
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}

function feature(event: CodedEvent): object {
  const { location, ...rest } = event;
  return {
    type: 'Feature',
    geometry: location ? { type: 'Point', coordinates: [location.lon, location.lat] } : null,
    properties: {
      ...rest,
      location_name: location?.name ?? null,
      geonameid: location?.geonameid ?? null,
      country: location?.country ?? null,
      precision: location?.precision ?? null,
    },
  };
}
