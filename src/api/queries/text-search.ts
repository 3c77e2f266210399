/** One search term: words that must follow each other (one word, or a "quoted phrase"), maybe a prefix. */
interface SearchTerm {
  words: string[];
  prefix: boolean;
}

/**
 * The terms of what a user typed: every word is required, `word*` is a prefix, a "quoted phrase" stays a
 * phrase; punctuation and operators (`AND`, `NEAR`, `-`, `:`) are plain text, so no input is a syntax error.
 */
function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    const raw = phrase ?? match[2]!;
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    terms.push({ words, prefix: phrase === undefined && raw.endsWith('*') });
  }
  return terms;
}

/**
 * The search as an SQLite FTS5 query, or null when nothing searchable is left.
 * @example ftsQuery('missile launch*') // → '"missile" "launch"*'
 */
export function ftsQuery(input: string): string | null {
  const terms = searchTerms(input).map((term) => `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`);
  return terms.length === 0 ? null : terms.join(' ');
}

/**
 * The search as a PostgreSQL `to_tsquery` text (configuration `simple`), or null when nothing searchable is left.
 * @example tsQuery('missile "air strike" launch*') // → "'missile' & ('air' <-> 'strike') & 'launch':*"
 */
export function tsQuery(input: string): string | null {
  const quote = (word: string) => `'${word.toLowerCase()}'`;
  const terms = searchTerms(input).map((term) => {
    const words = term.words.map(quote);
    if (term.prefix) words[words.length - 1] += ':*';
    return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
  });
  return terms.length === 0 ? null : terms.join(' & ');
}
