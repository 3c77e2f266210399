import { describe, expect, it } from 'vitest';
import { loadCoder } from '../../src/index.js';

const coder = loadCoder();
const quotesOf = (text: string) => coder.code({ id: 'q', text, published: '2024-06-15' }).quotes.map((q) => [q.text, q.speaker, q.speaker_code]);

describe('quotations and their speakers', () => {
  it('attributes a quote before "X said" and after "said X"', () => {
    expect(quotesOf('“We will not give up an inch of our land,” Zelensky said on Friday.')).toEqual([
      ['We will not give up an inch of our land,', 'Volodymyr Zelensky', 'UKRGOV'],
    ]);
    expect(quotesOf('"The door to talks remains open," said Antony Blinken.')).toEqual([
      ['The door to talks remains open,', 'Antony Blinken', 'USAGOV'],
    ]);
  });

  it('attributes a short quoted phrase to the subject of its verb of saying', () => {
    expect(quotesOf('Xi Jinping praised the “unbreakable friendship” between the two countries.')).toEqual([
      ['unbreakable friendship', 'Xi Jinping', 'CHNGOV'],
    ]);
  });

  it('names a title by the office-holder the article mentions', () => {
    expect(quotesOf('Kim Jong Un arrived on Tuesday. The North Korean leader called the talks “frank and friendly”.')).toEqual([
      ['frank and friendly', 'Kim Jong Un', 'PRKGOV'],
    ]);
  });

  it('never takes an apostrophe for a closing quote', () => {
    expect(quotesOf('Russia’s foreign ministry said the nations’ ties were strong.')).toEqual([]);
  });

  it('codes "we" inside a quote as its speaker', () => {
    const { events } = coder.code({ id: 'q', text: '“We strongly condemn this reckless launch,” Kishida told reporters.', published: '2024-06-15' });
    expect(events.map((e) => [e.source.code, e.source.text, e.cameo])).toEqual([['JPNGOV', 'We', '111']]);
  });
});
