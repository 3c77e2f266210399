import { describe, expect, it } from 'vitest';
import { parseCalendarDate, utcDateOf } from '../../src/ingest/calendar-date.js';

describe('parseCalendarDate', () => {
  it.each(['2023-09-13', '2024-02-29', '2000-02-29'])('accepts %s', (value) => {
    expect(parseCalendarDate(value)).toBe(value);
  });
  it.each(['2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-09-31', '2023-9-13', '13/09/2023', ''])(
    'rejects %j',
    (value) => {
      expect(parseCalendarDate(value)).toBeNull();
    },
  );
});

describe('utcDateOf', () => {
  it.each([
    ['2023-09-13', '2023-09-13'],
    ['2023-09-13T23:30:00-05:00', '2023-09-14'],
    ['2023-09-14T01:00:00+03:00', '2023-09-13'],
    ['2023-09-13T10:00:00.123Z', '2023-09-13'],
    ['2023-09-13T23:59', '2023-09-13'],
    ['2023-09-13 10:00:00+0200', '2023-09-13'],
  ])('%s → %s', (value, date) => {
    expect(utcDateOf(value)).toBe(date);
  });
  it.each(['yesterday', '2023-02-30T10:00Z', '2023-09-13T25:00Z', 'Wed, 13 Sep 2023 10:00:00 GMT'])('rejects %j', (value) => {
    expect(utcDateOf(value)).toBeNull();
  });
});
