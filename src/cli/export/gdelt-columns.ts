import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-3 codes, and Kosovo's user-assigned XKX (as in dictionaries/actors/countries.txt). */
const COUNTRY_CODES = new Set([...Object.keys(countries.getAlpha3Codes()), 'XKX']);

/** A merged event row as exported (`merged_events` plus `source_url`). */
export type EventRow = Record<string, unknown>;

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const location = (row: EventRow): Record<string, unknown> | null =>
  typeof row.location_json === 'string' ? (JSON.parse(row.location_json) as Record<string, unknown>) : null;
/** GDELT's ActionGeo_Type: 1 country, 4 world city, 5 world state (ADM1); sites count as cities. */
const GEO_TYPE: Readonly<Record<string, number>> = { country: 1, city: 4, site: 4, region: 5 };
/** The country of a CAMEO actor code (`PRKGOV` → `PRK`); '' for IGOs and agents alone (`GOV`). */
const country = (code: unknown) => (typeof code === 'string' && COUNTRY_CODES.has(code.slice(0, 3)) ? code.slice(0, 3) : '');
/** The first agent (GDELT's Type1Code) of a CAMEO actor code: after the country (`PRKGOV` → `GOV`), or the code alone (`COP`). */
const agent = (code: unknown) => {
  if (typeof code !== 'string' || code.startsWith('IGO')) return '';
  return country(code) === '' ? code.slice(0, 3) : code.slice(3, 6);
};
const day = (row: EventRow) => text(row.date).replaceAll('-', '');
const stamp = (value: unknown) => text(value).replace(/\.\d+Z$|Z$/, '').replace(/[-:T]/g, '');

/**
 * Events CSV columns, in GDELT Event 2.0 order for every column with a counterpart (GlobalEventID … SOURCEURL;
 * GDELT columns sitrep has nothing for are left out), then sitrep's own (PLOVER type, mode, context,
 * confidence, last seen). CAMEO actor codes split as GDELT does: country (first three letters) and type
 * (the agent after it).
 */
export const GDELT_EVENT_COLUMNS: readonly [string, (row: EventRow) => string][] = [
  ['GlobalEventID', (r) => text(r.id)],
  ['Day', day],
  ['MonthYear', (r) => day(r).slice(0, 6)],
  ['Year', (r) => day(r).slice(0, 4)],
  ['FractionDate', (r) => fractionDate(text(r.date))],
  ['Actor1Code', (r) => text(r.source_code)],
  ['Actor1Name', (r) => text(r.source_name)],
  ['Actor1CountryCode', (r) => country(r.source_code)],
  ['Actor1Type1Code', (r) => agent(r.source_code)],
  ['Actor2Code', (r) => text(r.target_code)],
  ['Actor2Name', (r) => text(r.target_name)],
  ['Actor2CountryCode', (r) => country(r.target_code)],
  ['Actor2Type1Code', (r) => agent(r.target_code)],
  ['EventCode', (r) => text(r.cameo)],
  ['EventBaseCode', (r) => text(r.cameo).slice(0, 3)],
  ['EventRootCode', (r) => text(r.cameo).slice(0, 2)],
  ['QuadClass', (r) => text(r.quad_class)],
  ['GoldsteinScale', (r) => text(r.goldstein)],
  ['NumMentions', (r) => text(r.num_mentions)],
  ['NumSources', (r) => text(r.num_sources)],
  ['NumArticles', (r) => text(r.num_articles)],
  ['ActionGeo_Type', (r) => text(GEO_TYPE[text(location(r)?.precision)])],
  ['ActionGeo_FullName', (r) => text(location(r)?.name)],
  ['ActionGeo_CountryCode', (r) => text(location(r)?.country)],
  ['ActionGeo_Lat', (r) => text(location(r)?.lat)],
  ['ActionGeo_Long', (r) => text(location(r)?.lon)],
  ['ActionGeo_FeatureID', (r) => text(location(r)?.geonameid)],
  ['DATEADDED', (r) => stamp(r.first_seen)],
  ['SOURCEURL', (r) => text(r.source_url)],
  ['PloverEvent', (r) => text(r.plover_event)],
  ['PloverMode', (r) => text(r.plover_mode)],
  ['PloverContext', (r) => text(r.plover_context)],
  ['AvgConfidence', (r) => text(r.avg_confidence)],
  ['LastSeen', (r) => text(r.last_seen)],
];

/** GDELT's FractionDate: year plus the share of the year gone (`2023-09-13` → 2023.6986). */
function fractionDate(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return '';
  const year = new Date(time).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return (year + (time - start) / (Date.UTC(year + 1, 0, 1) - start)).toFixed(4);
}
