import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../src/ingest/parse-jsonl.js';

describe('parseJsonl', () => {
  it('reads one article per line, ignoring extra fields and blank lines', () => {
    const text = [
      '{"id": "a1", "text": "Kim met Putin.", "title": "Summit", "url": "https://example.org/a1", "published": "2023-09-13"}',
      '',
      '{"id": 2, "text": "Seoul protested.", "published": "2023-09-13T23:30:00-05:00", "lang": "en"}',
      '{"id": "a3", "text": "Tokyo said nothing.", "title": null}\r',
    ].join('\n');
    expect(parseJsonl(text, 'in.jsonl')).toEqual([
      { id: 'a1', text: 'Kim met Putin.', title: 'Summit', url: 'https://example.org/a1', published: '2023-09-13' },
      { id: '2', text: 'Seoul protested.', published: '2023-09-14' },
      { id: 'a3', text: 'Tokyo said nothing.' },
    ]);
  });

  it.each([
    ['{"id": "a", "text": "x"}\n{"id": "b", "text": ', /^in\.jsonl:2: invalid JSON: /],
    ['{"id": "a"}', 'in.jsonl:1: text: Invalid input: expected string, received undefined'],
    ['{"id": "", "text": "x"}', 'in.jsonl:1: id: '],
    ['{"id": "a", "text": "  "}', 'in.jsonl:1: text: must not be empty'],
    ['{"id": "a", "text": 5}', 'in.jsonl:1: text: Invalid input: expected string, received number'],
    ['[1, 2]', 'in.jsonl:1: expected an object with id and text'],
    ['{"id": "a", "text": "x", "published": "13/09/2023"}', 'in.jsonl:1: published: "13/09/2023" is not an ISO 8601'],
    ['{"id": "a", "text": "x"}\n\n{"id": "a", "text": "y"}', 'in.jsonl:3: duplicate id "a" (first on line 1)'],
  ])('rejects %j', (text, message) => {
    expect(() => parseJsonl(text, 'in.jsonl')).toThrow(message);
  });
});
