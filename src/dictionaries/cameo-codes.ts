import type { PloverCode } from '../core/coded-event.js';
import { DictionaryError } from '../core/errors.js';
import { splitLines } from './lines.js';

/** One CAMEO event code with its PLOVER translation, QuadClass and Goldstein value. */
export interface CameoCode {
  code: string;
  name: string;
  /** PLOVER type, mode and context; event '-' for CAMEO 01 statements (not coded in PLOVER). */
  plover: PloverCode;
  quadClass: 1 | 2 | 3 | 4;
  /** Goldstein conflict–cooperation value, −10 … +10. */
  goldstein: number;
}

/** The 16 current PLOVER event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

const TYPES = new Set<string>([...PLOVER_TYPES, '-']);

/** Parses cameo/codes.txt (`CODE | name | EVENT, mode, context | QuadClass | Goldstein`). */
export function parseCameoCodes(file: string, content: string): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  for (const { line, fields } of splitLines(file, content, 5, 5)) {
    const [code = '', name = '', plover = '', quad = '', gold = ''] = fields;
    if (!/^\d{2,4}$/.test(code)) throw new DictionaryError(file, line, `CAMEO code must be 2–4 digits, found "${code}"`);
    if (out.has(code)) throw new DictionaryError(file, line, `duplicate CAMEO code ${code}`);
    const [event = '', mode = '', context = ''] = plover.split(',').map((s) => s.trim());
    if (!TYPES.has(event)) throw new DictionaryError(file, line, `unknown PLOVER type "${event}"`);
    const quadClass = Number(quad);
    if (![1, 2, 3, 4].includes(quadClass)) throw new DictionaryError(file, line, `QuadClass must be 1–4, found "${quad}"`);
    const goldstein = Number(gold);
    if (gold === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw new DictionaryError(file, line, `Goldstein value must be a number from -10 to 10, found "${gold}"`);
    }
    out.set(code, { code, name, plover: { event, mode, context }, quadClass: quadClass as 1 | 2 | 3 | 4, goldstein });
  }
  return out;
}
