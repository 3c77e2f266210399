import { DictionaryError } from '../core/errors.js';
import { splitLines } from '../dictionaries/lines.js';

/** `COUNTRY | direction | sea`: the sea a relative phrase ("the eastern seas") means from a country's coast. */
export interface RelativeWater {
  country: string;
  direction: 'north' | 'south' | 'east' | 'west';
  sea: string;
}

/** Parses waters.txt (pure). Throws DictionaryError (file:line) for an unknown direction or country code. */
export function parseRelativeWaters(file: string, content: string): RelativeWater[] {
  return splitLines(file, content, 3, 3).map(({ line, fields }) => {
    const [country = '', direction = '', sea = ''] = fields;
    if (!/^[A-Z]{3}$/.test(country)) throw new DictionaryError(file, line, `country "${country}" is not an ISO 3166 alpha-3 code`);
    if (!['north', 'south', 'east', 'west'].includes(direction)) throw new DictionaryError(file, line, `unknown direction "${direction}"`);
    return { country, direction: direction as RelativeWater['direction'], sea };
  });
}
