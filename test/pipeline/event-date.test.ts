import { describe, expect, it } from 'vitest';
import { eventDate } from '../../src/pipeline/dates/event-date.js';

// 2023-09-13 was a Wednesday.
const PUB = '2023-09-13';

describe('event dates', () => {
  it.each([
    ['Kim met Putin at the cosmodrome.', false, '2023-09-13'],
    ['North Korea fired missiles hours before the summit.', false, '2023-09-13'],
    ['The two leaders met on Monday.', false, '2023-09-11'],
    ['The two leaders met on Wednesday.', false, '2023-09-13'],
    ['The leaders will meet on Friday.', true, '2023-09-15'],
    ['Russia shelled the city yesterday.', false, '2023-09-12'],
    ['The talks took place on September 10.', false, '2023-09-10'],
    ['The talks took place on 10 September 2023.', false, '2023-09-10'],
    ['Officials said the talks would resume on September 20.', true, '2023-09-20'],
    ['Officials said the talks resumed on September 20.', false, '2023-09-13'],
    ['Sanctions imposed in 2017 remain in force.', false, '2023-09-13'],
  ])('%s → %s', (sentence, future, expected) => {
    expect(eventDate(sentence, PUB, future)).toBe(expected);
  });
});
