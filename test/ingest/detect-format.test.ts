import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/detect-format.js';

describe('detectFormat', () => {
  it.each([
    ['page.html', 'anything', 'html'],
    ['PAGE.HTM', 'anything', 'html'],
    ['a.jsonl', 'anything', 'jsonl'],
    ['a.ndjson', 'anything', 'jsonl'],
    ['stdin', '  \n<!DOCTYPE html><html>', 'html'],
    ['saved.txt', '<html lang="en"><body>', 'html'],
    ['stdin', '\n {"id": 1}', 'jsonl'],
    ['report.txt', 'Kim met Putin.', 'text'],
    ['report', '<b>not a page</b>', 'text'],
    ['report.txt', '<htmlish', 'text'],
  ])('%s starting %j → %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});
