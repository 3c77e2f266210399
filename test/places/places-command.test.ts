import { describe, expect, it } from 'vitest';
import { formatGeojson } from '../../src/cli/output/format-geojson.js';
import type { ToponymRecord } from '../../src/pipeline/places/toponym-record.js';
import { fakeCoder } from '../store/fake-coder.js';
import { runCli } from '../cli/run-cli.js';

describe('sitrep places', () => {
  it('prints one JSON line per toponym when stdout is not a terminal', async () => {
    const run = await runCli(['places', '-', '--date', '2023-09-13'], { stdin: 'Kim met Putin at the Vostochny Cosmodrome. Pyongyang said so.' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const records = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ToponymRecord);
    expect(records.map((r) => [r.doc_id, r.text, r.name, r.kind, r.role])).toEqual([
      ['stdin', 'Vostochny Cosmodrome', 'Vostochny Cosmodrome', 'site', 'place'],
      ['stdin', 'Pyongyang', 'Pyongyang', 'capital', 'actor'],
    ]);
    expect(Object.keys(records[0]!)).toEqual(['doc_id', 'start', 'end', 'text', 'role', 'name', 'geonameid', 'lat', 'lon', 'country', 'kind']);
  });

  it('prints a table on a terminal and reads JSON Lines articles', async () => {
    const input = `${JSON.stringify({ id: 'a1', text: 'Fighting near Kharkiv.' })}\n`;
    const run = await runCli(['places', '-', '--format', 'table'], { stdin: input });
    expect(run.stdout).toMatch(/^DOC\s+SPAN\s+TEXT/);
    expect(run.stdout).toMatch(/a1\s+14-21\s+Kharkiv\s+Kharkiv/);
  });

  it('rejects an unknown format as a usage error', async () => {
    expect((await runCli(['places', '-', '--format', 'xml'], { stdin: 'x' })).code).toBe(2);
  });
});

describe('sitrep code --format geojson', () => {
  it('writes events as a FeatureCollection of points [lon, lat]', () => {
    const coded = fakeCoder().code({ id: 'k', text: 'Kim met Putin.', published: '2023-09-13' });
    const event = { ...coded.events[0]!, location: { name: 'Vostochny Cosmodrome', geonameid: null, lat: 51.88, lon: 128.33, country: 'RUS', precision: 'site' as const, basis: 'sentence' as const } };
    const collection = JSON.parse(formatGeojson([{ ...coded, events: [event, { ...event, location: null }] }]));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'Point', coordinates: [128.33, 51.88] }, properties: { location_name: 'Vostochny Cosmodrome', precision: 'site', cameo: event.cameo } });
    expect(collection.features[1].geometry).toBeNull();
  });

  it('is a format of sitrep code', async () => {
    const run = await runCli(['code', '-', '--date', '2023-09-13', '--format', 'geojson'], { stdin: 'Kim met Putin.' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).features).toHaveLength(1);
  });
});
