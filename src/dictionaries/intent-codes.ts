import { DictionaryError } from '../core/errors.js';
import { splitLines } from './lines.js';

/**
 * How an intent or refusal construction recodes its complement: "vowed to attack" (complement 190) →
 * intended code 138; "refused to meet" (complement 040) → refused code 125. Keyed by CAMEO code prefix;
 * the longest matching prefix wins. An empty cell keeps the complement's own code.
 */
export interface IntentCodes {
  intended(code: string): string;
  refused(code: string): string;
  /** The CAMEO 10 code for demanding the complement ("X said Y must withdraw" → 1056); 100 by default. */
  demanded(code: string): string;
}

/** Parses cameo/intent.txt (`PREFIX | intended code | refused code | demanded code`). */
export function parseIntentCodes(file: string, content: string, known: ReadonlySet<string>): IntentCodes {
  const intended = new Map<string, string>();
  const refused = new Map<string, string>();
  const demanded = new Map<string, string>();
  for (const { line, fields } of splitLines(file, content, 3, 4)) {
    const [prefix = '', whenIntended = '', whenRefused = '', whenDemanded = ''] = fields;
    if (!/^\d{2,4}$/.test(prefix)) throw new DictionaryError(file, line, `code prefix must be 2–4 digits, found "${prefix}"`);
    for (const c of [whenIntended, whenRefused, whenDemanded]) {
      if (c !== '' && !known.has(c)) throw new DictionaryError(file, line, `unknown CAMEO code ${c}`);
    }
    if (whenIntended) intended.set(prefix, whenIntended);
    if (whenRefused) refused.set(prefix, whenRefused);
    if (whenDemanded) demanded.set(prefix, whenDemanded);
  }
  const lookup = (table: Map<string, string>) => (code: string): string => {
    for (let n = code.length; n >= 2; n--) {
      const hit = table.get(code.slice(0, n));
      if (hit) return hit;
    }
    return code;
  };
  const demand = lookup(demanded);
  return {
    intended: lookup(intended),
    refused: lookup(refused),
    demanded: (code) => {
      const d = demand(code);
      return d === code ? '100' : d;
    },
  };
}
