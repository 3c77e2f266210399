import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/index.js';
import { loadCoder } from '../../src/index.js';
import { SHARED, hasShared } from '../helpers/shared.js';

interface ExpectedEvent {
  id: string;
  source: (string | null)[];
  target: (string | null)[];
  cameo_any: string[];
  plover?: string;
  plover_any?: string[];
  modality?: string;
  optional?: boolean;
}

const SEED = 'corpus/seed';
const present = hasShared(`${SEED}/expected.json`);

describe.skipIf(!present)('seed report: Kim–Putin summit at Vostochny (../shared/corpus/seed)', () => {
  const expected = present ? JSON.parse(readFileSync(resolve(SHARED, SEED, 'expected.json'), 'utf8')) : {};
  const text = present ? readFileSync(resolve(SHARED, SEED, 'kim-putin-vostochny.txt'), 'utf8') : '';
  const coded = present ? loadCoder().code({ id: 'seed', text, published: expected.publication_date }) : null;
  const events = coded?.events ?? [];

  const fits = (e: CodedEvent, x: ExpectedEvent): boolean => {
    const targetOk = e.target === null ? x.target.some((t) => t === null || t === '' || t === '---') : x.target.includes(e.target.code);
    const types = x.plover_any ?? (x.plover ? [x.plover] : []);
    return x.source.includes(e.source.code) && targetOk && x.cameo_any.includes(e.cameo) && types.includes(e.plover.event)
      && (!x.modality || x.modality === e.modality);
  };

  for (const x of (expected.expected_events ?? []) as ExpectedEvent[]) {
    // An event the reference marks optional is not required: its test is listed as skipped, with the reason.
    it.skipIf(!!x.optional)(`codes "${x.id}"${x.optional ? ' (optional in expected.json: not required)' : ''}`, () => {
      const hit = events.find((e) => fits(e, x));
      expect(hit, `no event fits ${JSON.stringify(x)}; coded: ${events.map((e) => `${e.source.code}-${e.cameo}-${e.target?.code ?? '∅'}`).join(', ')}`).toBeDefined();
    });
  }

  it('dates every event on the publication date', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date).toBe('2023-09-13');
  });

  it('attributes the three quotes to Kim Jong Un', () => {
    for (const q of expected.expected_quotes as { text: string; speaker: string }[]) {
      const found = coded?.quotes.find((c) => c.text === q.text);
      expect(found, `quote "${q.text}"`).toBeDefined();
      expect(found?.speaker).toBe(q.speaker);
    }
  });

  it('finds the expected actors', () => {
    const names = new Set(coded?.actors.flatMap((a) => [a.name, a.text]));
    for (const name of expected.expected_actors as string[]) {
      expect([...names].some((n) => n === name || n.endsWith(name) || n === `the ${name}`), name).toBe(true);
    }
  });

  it('codes no background as a new event (UN sanctions, the war in Ukraine, analysts’ speculation)', () => {
    for (const e of events) {
      const codes = [e.source.code, e.target?.code ?? ''];
      expect(codes.some((c) => c.startsWith('IGO')), `UN as actor in ${e.sentence}`).toBe(false);
      expect(['SANCTION', 'COERCE', 'ASSAULT'].includes(e.plover.event), `${e.plover.event} in ${e.sentence}`).toBe(false);
      expect(e.sentence.startsWith('Analysts'), e.sentence).toBe(false);
    }
  });
});
