import { describe, expect, it } from 'vitest';
import { loadCoder } from '../../src/index.js';

const coder = loadCoder();
const sourceOf = (text: string, published: string) => {
  const [event] = coder.code({ id: 't', text, published }).events;
  return event ? [event.source.code, event.source.name] : null;
};

describe('a title with a family name alone', () => {
  it('is the one person of that name holding such a title on the date', () => {
    const text = 'President Bush threatened further action against Russia.';
    expect(sourceOf(text, '1991-06-01')).toEqual(['USAGOV', 'George H. W. Bush']);
    expect(sourceOf(text, '2003-06-01')).toEqual(['USAGOV', 'George W. Bush']);
  });

  it('stays an unknown titled person when nobody of that name holds such a title then', () => {
    expect(sourceOf('President Bush threatened further action against Russia.', '2015-06-01')).toEqual(['GOV', 'Bush']);
  });

  it('needs the title and the role to agree on the country', () => {
    expect(sourceOf('Russian President Bush threatened further action against Ukraine.', '2003-06-01')).toEqual(['RUSGOV', 'Bush']);
  });
});
