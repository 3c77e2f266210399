/**
 * Turns what a user typed into an FTS5 query that cannot be a syntax error: every word is quoted (so `AND`,
 * `NEAR`, `-` and `:` are plain words), words are all required, `word*` keeps its prefix star and a
 * "quoted phrase" stays a phrase. Returns null when nothing searchable is left.
 *
 * @example ftsQuery('missile launch*') // → '"missile" "launch"*'
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = phrase.match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = match[2]!;
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const star = raw.endsWith('*') ? '*' : '';
    terms.push(`"${words.join(' ')}"${star}`);
  }
  return terms.length === 0 ? null : terms.join(' ');
}
