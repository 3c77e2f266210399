/** Mean Earth radius, km (the value geoparsing evaluations use). */
export const EARTH_RADIUS_KM = 6371;

/**
 * Great-circle distance in km between two WGS84 points (degrees), by the haversine formula on a sphere of
 * radius 6371 km.
 * @example haversineKm(51.88, 128.33, 40, 134) // ≈ 1380
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
