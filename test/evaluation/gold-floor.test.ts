import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCoder } from '../../src/index.js';
import { evaluateSet } from '../../src/evaluation/evaluate.js';
import { readGoldSet } from '../../src/evaluation/read-gold.js';
import { SHARED, hasShared } from '../helpers/shared.js';

/**
 * Accuracy floors: set just below the scores reached when they were last raised, so that a regression fails
 * the build. Raise them when the coder improves; never lower them to make a change pass.
 */
const FLOORS = {
  sitrepGold: { f1: 0.80, typeAccuracy: 0.88 },
  ploverDev: { f1: 0.60, typeAccuracy: 0.77 },
};

describe('accuracy floors', () => {
  it('sitrep gold set (test/fixtures/gold/sitrep-gold.jsonl), country level', () => {
    const set = readGoldSet(resolve(import.meta.dirname, '../fixtures/gold/sitrep-gold.jsonl'));
    expect(set.cases.length).toBeGreaterThanOrEqual(200);
    const score = evaluateSet(set, loadCoder());
    expect(score.micro.country.f1).toBeGreaterThanOrEqual(FLOORS.sitrepGold.f1);
    expect(score.type_accuracy).toBeGreaterThanOrEqual(FLOORS.sitrepGold.typeAccuracy);
  });

  it.skipIf(!hasShared('eval/plover/plover-gsr-dev.json'))('PLOVER gold-standard records, development half, country level', () => {
    const score = evaluateSet(readGoldSet(resolve(SHARED, 'eval/plover/plover-gsr-dev.json')), loadCoder());
    expect(score.micro.country.f1).toBeGreaterThanOrEqual(FLOORS.ploverDev.f1);
    expect(score.type_accuracy).toBeGreaterThanOrEqual(FLOORS.ploverDev.typeAccuracy);
  });
});
