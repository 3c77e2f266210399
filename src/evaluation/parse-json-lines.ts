import type { z } from 'zod';
import { SitrepError } from '../core/errors.js';

/**
 * Parses a JSON Lines gold file, validating each non-blank line with `schema`.
 * @throws SitrepError `<path>:<line>: …` for the first line that is not JSON or does not fit; `what` names the
 *   expected record ("a geoparsing gold document").
 */
export function parseJsonLines<T extends z.ZodType>(path: string, raw: string, schema: T, what: string): z.infer<T>[] {
  const out: z.infer<T>[] = [];
  raw.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new SitrepError(`${path}:${n + 1}: not valid JSON (${(cause as Error).message})`, { cause });
    }
    const r = schema.safeParse(json);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new SitrepError(`${path}:${n + 1}: not ${what}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    }
    out.push(r.data);
  });
  return out;
}
