import { DictionaryError } from '../core/errors.js';
import { splitLines } from './lines.js';

/**
 * One element of a verb pattern after its head: a word (any of `words` by lemma, or starting with one of
 * `prefixes`), or the target slot `+T`.
 */
export type PatternElement =
  | { kind: 'word'; words: string[]; prefixes: string[] }
  | { kind: 'target' };

/** A parsed verb pattern line (`id | CODE | pattern | flags`); see dictionaries/README.md. */
export interface VerbPattern {
  id: string;
  code: string;
  /** Head lemmas: the verb or event noun the pattern is indexed by. */
  head: string[];
  elements: PatternElement[];
  /** Reciprocal action: "X and Y met" codes X → Y. */
  mutual: boolean;
  hasTarget: boolean;
  /** Number of words plus one for a target slot; the most specific match wins. */
  specificity: number;
  source: string;
}

const FLAGS = new Set(['mutual']);

/** Parses one verbs/*.txt file. Throws DictionaryError (file:line) on a malformed pattern. */
export function parseVerbPatterns(file: string, content: string): VerbPattern[] {
  const out: VerbPattern[] = [];
  for (const { line, fields } of splitLines(file, content, 3, 4)) {
    const [id = '', code = '', pattern = '', flagField = ''] = fields;
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) throw new DictionaryError(file, line, `pattern id must be lower-case letters, digits, ".", "_" or "-", found "${id}"`);
    if (!/^\d{2,4}$/.test(code)) throw new DictionaryError(file, line, `CAMEO code must be 2–4 digits, found "${code}"`);
    const flags = flagField.split(/\s+/).filter(Boolean);
    for (const f of flags) if (!FLAGS.has(f)) throw new DictionaryError(file, line, `unknown flag "${f}"`);
    const parts = tokenizePattern(pattern, file, line);
    const headPart = parts[0];
    if (!headPart || headPart === '+T') throw new DictionaryError(file, line, 'a pattern must start with its head word');
    const head = parseWord(headPart, file, line);
    if (head.kind !== 'word' || head.prefixes.length > 0) throw new DictionaryError(file, line, 'the head must be whole words, not prefixes');
    const elements: PatternElement[] = [];
    let targets = 0;
    for (const part of parts.slice(1)) {
      if (part === '+T') { targets++; elements.push({ kind: 'target' }); continue; }
      elements.push(parseWord(part, file, line));
    }
    if (targets > 1) throw new DictionaryError(file, line, 'a pattern may have at most one +T');
    out.push({
      id, code, head: head.words, elements, mutual: flags.includes('mutual'), hasTarget: targets === 1,
      specificity: 1 + elements.length, source: `${file}:${line}`,
    });
  }
  return out;
}

function tokenizePattern(pattern: string, file: string, line: number): string[] {
  const parts = pattern.split(/\s+/).filter(Boolean);
  for (const p of parts) {
    if ((p.match(/\{/g)?.length ?? 0) !== (p.match(/\}/g)?.length ?? 0)) throw new DictionaryError(file, line, `unbalanced braces in "${p}"`);
    if (p.startsWith('$') || (p.startsWith('+') && p !== '+T')) throw new DictionaryError(file, line, `unknown slot "${p}" (the only slot is +T; the source is always the subject)`);
  }
  return parts;
}

function parseWord(part: string, file: string, line: number): PatternElement {
  const inner = part.startsWith('{') ? part.slice(1, -1) : part;
  const alternatives = inner.split('|').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (alternatives.length === 0) throw new DictionaryError(file, line, `empty word set "${part}"`);
  const words: string[] = [];
  const prefixes: string[] = [];
  for (const a of alternatives) {
    if (!/^[a-z][a-z'-]*\*?$/.test(a)) throw new DictionaryError(file, line, `pattern word must be letters, found "${a}"`);
    if (a.endsWith('*')) prefixes.push(a.slice(0, -1));
    else words.push(a);
  }
  return { kind: 'word', words, prefixes };
}
