import { describe, expect, it } from 'vitest';
import { GDELT_EVENT_COLUMNS } from '../../src/cli/export/gdelt-columns.js';

const row = {
  id: 7, date: '2023-09-13', source_code: 'PRKGOV', source_name: 'Kim Jong Un', target_code: 'GOV', target_name: 'the government',
  cameo: '0421', quad_class: 1, goldstein: 1.9, num_mentions: 3, num_sources: 2, num_articles: 3, first_seen: '2026-01-02T03:04:05.678Z',
  location_json: JSON.stringify({ name: 'Vostochny', geonameid: 2013159, lat: 51.8, lon: 128.3, country: 'RUS', precision: 'site' }),
  source_url: 'https://news.example/a', plover_event: 'CONSULT', plover_mode: 'visit', plover_context: '', avg_confidence: 0.8, last_seen: '2026-01-02T05:00:00.000Z',
};

describe('GDELT Event 2.0 columns', () => {
  it('split actor codes into country and type, dates and places as GDELT writes them', () => {
    const values = Object.fromEntries(GDELT_EVENT_COLUMNS.map(([name, read]) => [name, read(row)]));
    expect(values).toMatchObject({
      GlobalEventID: '7', Day: '20230913', MonthYear: '202309', Year: '2023', FractionDate: '2023.6986',
      Actor1Code: 'PRKGOV', Actor1CountryCode: 'PRK', Actor1Type1Code: 'GOV', Actor2CountryCode: '', Actor2Type1Code: 'GOV',
      EventCode: '0421', EventBaseCode: '042', EventRootCode: '04', NumMentions: '3', NumSources: '2', NumArticles: '3',
      ActionGeo_Type: '4', ActionGeo_FullName: 'Vostochny', ActionGeo_Lat: '51.8', ActionGeo_FeatureID: '2013159',
      DATEADDED: '20260102030405', SOURCEURL: 'https://news.example/a',
    });
  });
});
