const ASCII_SIMPLE = /^[\x20-\x7e]*$/;

/**
 * The key a name is indexed and looked up by: lower case, accents removed ("Québec" → "quebec"), typographic
 * apostrophes made straight, runs of whitespace made one space. Text spans are keyed the same way.
 */
export function nameKey(text: string): string {
  if (ASCII_SIMPLE.test(text) && !text.includes('  ') && text.trim() === text && !text.includes('`')) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
