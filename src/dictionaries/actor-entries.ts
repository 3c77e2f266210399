import { DictionaryError } from '../core/errors.js';
import { items, splitLines } from './lines.js';

/** How a dictionary phrase names its actor. */
export type PhraseKind = 'country' | 'adjective' | 'people' | 'seat' | 'person' | 'igo' | 'group' | 'blocked';

/** A dictionary phrase ("North Korean", "Kremlin", "Kim Jong Un") and what it names. */
export interface ActorPhrase {
  phrase: string;
  kind: PhraseKind;
  /** Base code: country (PRK), IGO (IGOUNO), or for persons the id of the person entry. */
  code: string;
  /** Canonical name of the country, organisation or person. */
  name: string;
  /** Agent that a seat of power stands for (GOV unless `=MIL` etc.). */
  agent?: string;
  source: string;
}

/** A person's office: CAMEO code held from `from` to `to` (ISO dates, inclusive; '' = open). */
export interface Role {
  code: string;
  from: string;
  to: string;
}

/** A person from actors/people.txt. */
export interface PersonEntry {
  name: string;
  roles: Role[];
  source: string;
}

/** A sector agent word from actors/agents.txt ("troops" → MIL, plural). */
export interface AgentPhrase {
  phrase: string;
  agent: string;
  plural: boolean;
  /** True for titles held by one person (leader, president, foreign minister). */
  title: boolean;
  /** True for weapons named as the doer (`~`): a source, never a target. */
  means: boolean;
  source: string;
}

const COUNTRY = /^[A-Z]{3}$/;
const AGENT = /^[A-Z]{3}$/;
const ORG = /^(IGO|NGO)[A-Z]{3,9}$/;
const GROUP = /^[A-Z]{3}[A-Z]{3}$/;
const ROLE_CODE = /^([A-Z]{3}|(IGO|NGO)[A-Z]{3,9})([A-Z]{3})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses actors/countries.txt. Throws DictionaryError on a malformed line. */
export function parseCountries(file: string, content: string): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  for (const { line, fields } of splitLines(file, content, 5, 5)) {
    const [code = '', names, adjectives, people, seats] = fields;
    const where = `${file}:${line}`;
    if (!COUNTRY.test(code)) throw new DictionaryError(file, line, `country code must be 3 capital letters, found "${code}"`);
    const nameList = items(names);
    const name = nameList[0];
    if (!name) throw new DictionaryError(file, line, 'a country needs at least one name');
    for (const phrase of nameList) out.push({ phrase, kind: 'country', code, name, source: where });
    for (const phrase of items(adjectives)) out.push({ phrase, kind: 'adjective', code, name, source: where });
    for (const phrase of items(people)) out.push({ phrase, kind: 'people', code, name, source: where });
    for (const item of items(seats)) {
      const [phrase = '', agent = 'GOV'] = item.split('=').map((s) => s.trim());
      if (!AGENT.test(agent)) throw new DictionaryError(file, line, `agent after "=" must be 3 capital letters, found "${agent}"`);
      out.push({ phrase, kind: 'seat', code, name, agent, source: where });
    }
  }
  return out;
}

/** Parses actors/igos.txt (`CODE | names | note`; codes IGO… or NGO…). */
export function parseIgos(file: string, content: string): ActorPhrase[] {
  return parseNamedActors(file, content, 'igo', ORG, 'IGO or NGO plus 3–9 capital letters');
}

/** Parses actors/groups.txt (`CODE | names | note`; codes country + agent, e.g. PSEREB). */
export function parseGroups(file: string, content: string): ActorPhrase[] {
  return parseNamedActors(file, content, 'group', GROUP, 'a country code plus a sector agent (PSEREB)');
}

function parseNamedActors(file: string, content: string, kind: PhraseKind, pattern: RegExp, what: string): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  for (const { line, fields } of splitLines(file, content, 2, 3)) {
    const [code = '', names] = fields;
    if (!pattern.test(code)) throw new DictionaryError(file, line, `code must be ${what}, found "${code}"`);
    const nameList = items(names);
    const name = nameList[0];
    if (!name) throw new DictionaryError(file, line, 'an actor needs at least one name');
    for (const phrase of nameList) out.push({ phrase, kind, code, name, source: `${file}:${line}` });
  }
  return out;
}

/** Parses actors/not-actors.txt: one phrase per line that shadows the actor names inside it ("Latin America"). */
export function parseNotActors(file: string, content: string): ActorPhrase[] {
  return splitLines(file, content, 1, 1).map(({ line, fields }) => ({
    phrase: fields[0] ?? '', kind: 'blocked' as const, code: '', name: '', source: `${file}:${line}`,
  }));
}

/** Parses actors/people.txt (`names | roles | note`); returns persons and their name phrases. */
export function parsePeople(file: string, content: string): { persons: PersonEntry[]; phrases: ActorPhrase[] } {
  const persons: PersonEntry[] = [];
  const phrases: ActorPhrase[] = [];
  for (const { line, fields } of splitLines(file, content, 2, 3)) {
    const names = items(fields[0]);
    const name = names[0];
    if (!name) throw new DictionaryError(file, line, 'a person needs a name');
    const roles: Role[] = [];
    for (const r of (fields[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      const m = /^(\S+)\s+(\S*)\.\.(\S*)$/.exec(r);
      if (!m) throw new DictionaryError(file, line, `role must be "CODE FROM..TO", found "${r}"`);
      const [, code = '', from = '', to = ''] = m;
      if (!ROLE_CODE.test(code)) throw new DictionaryError(file, line, `unknown role code "${code}"`);
      for (const d of [from, to]) {
        if (d !== '' && (!DATE.test(d) || Number.isNaN(Date.parse(d)))) throw new DictionaryError(file, line, `role date must be YYYY-MM-DD, found "${d}"`);
      }
      if (from && to && to < from) throw new DictionaryError(file, line, `role ends (${to}) before it starts (${from})`);
      roles.push({ code, from, to });
    }
    if (roles.length === 0) throw new DictionaryError(file, line, `person "${name}" has no role`);
    const id = `person:${persons.length}`;
    persons.push({ name, roles, source: `${file}:${line}` });
    for (const phrase of names) phrases.push({ phrase, kind: 'person', code: id, name, source: `${file}:${line}` });
  }
  return { persons, phrases };
}

/** Parses actors/agents.txt (`AGENT[*|~] | singular | plural | note`). */
export function parseAgents(file: string, content: string): AgentPhrase[] {
  const out: AgentPhrase[] = [];
  for (const { line, fields } of splitLines(file, content, 3, 4)) {
    const head = fields[0] ?? '';
    const title = head.endsWith('*');
    const means = head.endsWith('~');
    const agent = title || means ? head.slice(0, -1) : head;
    if (!AGENT.test(agent)) throw new DictionaryError(file, line, `agent code must be 3 capital letters, found "${head}"`);
    const source = `${file}:${line}`;
    for (const phrase of items(fields[1])) out.push({ phrase, agent, plural: false, title, means, source });
    for (const phrase of items(fields[2])) out.push({ phrase, agent, plural: true, title, means, source });
  }
  return out;
}

/** The role a person holds on `date` (ISO, both ends of a role inclusive), or undefined between roles. */
export function activeRole(person: PersonEntry, date: string): Role | undefined {
  return person.roles.find((role) => (role.from === '' || role.from <= date) && (role.to === '' || date <= role.to));
}

/** The code a person holds on `date` (ISO), else the country (first 3 letters) of the nearest role. */
export function roleOn(person: PersonEntry, date: string): string {
  let nearest: Role | undefined;
  let nearestGap = Infinity;
  const active = activeRole(person, date);
  if (active) return active.code;
  for (const role of person.roles) {
    const edge = role.to !== '' && role.to < date ? role.to : role.from;
    const gap = Math.abs(Date.parse(edge) - Date.parse(date));
    if (gap < nearestGap) { nearestGap = gap; nearest = role; }
  }
  const code = (nearest ?? person.roles[0])?.code ?? '';
  return code.startsWith('IGO') || code.startsWith('NGO') ? code : code.slice(0, 3);
}
