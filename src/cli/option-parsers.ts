import { InvalidArgumentError } from 'commander';
import { parseCalendarDate } from '../ingest/calendar-date.js';

/**
 * Commander argument parsers. They throw commander's InvalidArgumentError, which commander reports as a usage
 * error naming the option (exit 2).
 */
export const optionParsers = {
  /** `--date`: an ISO 8601 calendar date that names a real day. */
  date(value: string): string {
    const date = parseCalendarDate(value);
    if (!date) throw new InvalidArgumentError('Expected a real calendar date as YYYY-MM-DD.');
    return date;
  },
  /** `--max-bytes`: a whole number of bytes, at least 1. */
  positiveInteger(value: string): number {
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('Expected a whole number ≥ 1.');
    return number;
  },
};
