import { describe, expect, it } from 'vitest';
import { parseAgents, parseCountries, parsePeople, roleOn } from '../../src/dictionaries/actor-entries.js';
import { parseCameoCodes } from '../../src/dictionaries/cameo-codes.js';
import { parseVerbPatterns } from '../../src/dictionaries/verb-patterns.js';
import { loadDictionaries } from '../../src/dictionaries/load.js';

describe('dictionary parsing', () => {
  it('reads a country line into names, adjectives, people and seats with agents', () => {
    const phrases = parseCountries('c.txt', 'USA | United States; US | American | Americans | White House; Pentagon=MIL # comment\n');
    expect(phrases.map((p) => `${p.kind}:${p.phrase}:${p.agent ?? ''}`)).toEqual([
      'country:United States:', 'country:US:', 'adjective:American:', 'people:Americans:', 'seat:White House:GOV', 'seat:Pentagon:MIL',
    ]);
  });

  it('names file and line for a malformed line', () => {
    expect(() => parseCountries('actors/countries.txt', '\n# x\nPRK | North Korea\n')).toThrow('actors/countries.txt:3: expected 5 fields');
    expect(() => parseCountries('c.txt', 'prk | a | b | c | d\n')).toThrow('c.txt:1: country code must be 3 capital letters');
    expect(() => parseCameoCodes('k.txt', '042 | Make a visit | VISIT, , | 1 | 1.9\n')).toThrow('k.txt:1: unknown PLOVER type "VISIT"');
    expect(() => parseCameoCodes('k.txt', '042 | Make a visit | CONSULT, , | 1 | 11\n')).toThrow('Goldstein value must be a number from -10 to 10');
    expect(() => parseVerbPatterns('v.txt', 'a.b | 040 | +T meet\n')).toThrow('v.txt:1: a pattern must start with its head word');
    expect(() => parseVerbPatterns('v.txt', 'a.b | 040 | meet $T\n')).toThrow('unknown slot "$T"');
    expect(() => parseVerbPatterns('v.txt', 'a.b | 040 | meet {with|to +T\n')).toThrow('unbalanced braces');
    expect(() => parsePeople('p.txt', 'Somebody | RUSGOV 2020-13-01..\n')).toThrow('p.txt:1: role date must be YYYY-MM-DD');
    expect(() => parsePeople('p.txt', 'Somebody | RUSGOV 2020-01-01..2019-01-01\n')).toThrow('role ends (2019-01-01) before it starts');
  });

  it('parses pattern words, sets, prefixes, the target slot and flags', () => {
    const [p] = parseVerbPatterns('v.txt', 'consult.talks | 046 | hold {talk|negotiat*} with +T | mutual\n');
    expect(p?.head).toEqual(['hold']);
    expect(p?.elements).toEqual([
      { kind: 'word', words: ['talk'], prefixes: ['negotiat'] }, { kind: 'word', words: ['with'], prefixes: [] }, { kind: 'target' },
    ]);
    expect(p?.mutual).toBe(true);
    expect(p?.specificity).toBe(4);
  });

  it('picks the role held on the event date, else the country of the nearest role', () => {
    const [person] = parsePeople('p.txt', 'Joe Biden | USAGOV 2021-01-20..2025-01-20, USAGOV 2009-01-20..2017-01-20\n').persons;
    expect(person).toBeDefined();
    expect(roleOn(person!, '2021-01-20')).toBe('USAGOV');
    expect(roleOn(person!, '2025-01-20')).toBe('USAGOV');
    expect(roleOn(person!, '2025-01-21')).toBe('USA');
    expect(roleOn(person!, '2019-06-01')).toBe('USA');
  });

  it('reads agents with explicit plurals and single-person titles', () => {
    const agents = parseAgents('a.txt', 'MIL | soldier | soldiers | x\nGOV* | foreign minister | foreign ministers\n');
    expect(agents.map((a) => `${a.agent}:${a.phrase}:${a.plural}:${a.title}`)).toEqual([
      'MIL:soldier:false:false', 'MIL:soldiers:true:false', 'GOV:foreign minister:false:true', 'GOV:foreign ministers:true:true',
    ]);
  });

  it('loads and cross-validates the built-in dictionaries', () => {
    const d = loadDictionaries();
    expect(d.cameo.get('042')?.plover.event).toBe('CONSULT');
    expect(d.cameo.get('190')?.quadClass).toBe(4);
    expect(d.patterns.length).toBeGreaterThan(300);
    expect(d.persons.length).toBeGreaterThan(150);
    expect(new Set(d.actorPhrases.filter((p) => p.kind === 'country').map((p) => p.code)).size).toBeGreaterThanOrEqual(195);
    expect(d.versions.verbs).toMatch(/^sha1:[0-9a-f]{12}$/);
  });
});
