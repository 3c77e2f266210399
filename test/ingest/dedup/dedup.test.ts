import { describe, expect, it } from 'vitest';
import { canonicalUrl, siteOf } from '../../../src/ingest/dedup/canonical-url.js';
import { estimateJaccard, lshBands, minhashSignature, signatureFromHex, signatureToHex } from '../../../src/ingest/dedup/minhash.js';
import { pickNearDuplicate } from '../../../src/ingest/dedup/near-duplicate.js';

const STORY = `North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny cosmodrome on Wednesday,
the Kremlin said, in a summit that Western officials fear could lead to an arms deal. The two leaders toured the launch
facilities before holding talks that lasted more than four hours, according to state media. Putin said Russia would
help North Korea build satellites, and Kim pledged full support for what he called Moscow's sacred fight. Washington
warned that any transfer of weapons would violate United Nations Security Council resolutions and said it would not
hesitate to impose new sanctions. Analysts said the meeting showed how isolated both countries have become.`;
const EDITED = `MOSCOW (Wire) — North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny cosmodrome on Wednesday,
the Kremlin said, in a summit that Western officials fear could lead to an arms deal. The two leaders toured the launch
facilities before holding talks that lasted more than four hours, state media reported. Putin said Russia would
help North Korea build satellites, and Kim pledged full support for what he called Moscow's sacred fight. Washington
warned that any transfer of weapons would violate United Nations Security Council resolutions and said it would not
hesitate to impose new sanctions.`;
const OTHER = `Thousands of protesters gathered outside the parliament building in Nairobi on Tuesday to oppose a new finance bill,
and police fired tear gas to disperse the crowds. Opposition leaders called for a national strike next week, while the
government said the tax increases were needed to pay the country's debts. Kim met Putin, a headline elsewhere said.`;

describe('canonicalUrl', () => {
  it.each([
    ['https://news.example/world/story?utm_source=rss&utm_medium=feed', 'https://news.example/world/story'],
    ['HTTPS://News.Example:443/world/story/#comments', 'https://news.example/world/story'],
    ['http://news.example:80/world/story?fbclid=abc&gclid=x&id=7', 'http://news.example/world/story?id=7'],
    ['https://news.example/?b=2&a=1', 'https://news.example/?a=1&b=2'],
    ['https://news.example:8443/a/', 'https://news.example:8443/a'],
    ['not a url', 'not a url'],
  ])('%s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('names the site without www', () => {
    expect(siteOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteOf('nonsense')).toBeNull();
  });
});

describe('MinHash with LSH', () => {
  const story = minhashSignature(STORY)!;
  const edited = minhashSignature(EDITED)!;
  const other = minhashSignature(OTHER)!;

  it('finds a lightly edited syndicated copy and not a different story', () => {
    expect(estimateJaccard(story, edited)).toBeGreaterThanOrEqual(0.6);
    expect(estimateJaccard(story, other)).toBeLessThan(0.2);
    expect(lshBands(story).filter((band) => lshBands(edited).includes(band)).length).toBeGreaterThan(0);
  });

  it('picks the first similar candidate', () => {
    const candidates = [
      { id: 'other', minhash: signatureToHex(other) },
      { id: 'first', minhash: signatureToHex(story) },
    ];
    expect(pickNearDuplicate(edited, candidates)?.id).toBe('first');
    expect(pickNearDuplicate(other, [{ id: 'first', minhash: signatureToHex(story) }])).toBeNull();
  });

  it('round-trips signatures through hex and is deterministic', () => {
    expect(signatureFromHex(signatureToHex(story))).toEqual(story);
    expect(minhashSignature(STORY)).toEqual(story);
    expect(minhashSignature('Kim met Putin at the cosmodrome on Wednesday, officials said.')).toBeNull();
  });
});
