import type { Token } from '../../core/doc.js';

/** A value stored under a phrase, with the phrase's own token spellings for the case check. */
interface Stored<T> {
  value: T;
  forms: string[];
}

interface Node<T> {
  next: Map<string, Node<T>>;
  values: Stored<T>[];
}

/**
 * Longest-match lookup of token sequences (compared lower-cased), with the dictionary case rule: a phrase
 * token written capitalised must be capitalised in the text, and one written all in capitals ("US", "UN")
 * must be all capitals in the text.
 */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  /** Adds a phrase given as its tokens (original spelling). Empty phrases are ignored. */
  add(forms: string[], value: T): void {
    if (forms.length === 0) return;
    let node = this.root;
    for (const form of forms) {
      const key = form.toLowerCase();
      let child = node.next.get(key);
      if (!child) { child = { next: new Map(), values: [] }; node.next.set(key, child); }
      node = child;
    }
    node.values.push({ value, forms });
  }

  /**
   * The longest phrase starting at token `at` and ending before `limit`, with every value stored under it
   * that passes the case rule; null when none.
   */
  longest(tokens: readonly Token[], at: number, limit: number): { length: number; values: T[] } | null {
    let node: Node<T> | undefined = this.root;
    let best: { length: number; values: T[] } | null = null;
    for (let i = at; i < limit && node; i++) {
      node = node.next.get((tokens[i] as Token).lower);
      if (!node || node.values.length === 0) continue;
      const length = i - at + 1;
      const values = node.values.filter((s) => caseFits(s.forms, tokens, at)).map((s) => s.value);
      if (values.length > 0) best = { length, values };
    }
    return best;
  }
}

function caseFits(forms: string[], tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k] as string;
    const text = (tokens[at + k] as Token).text;
    const letters = form.replace(/[^A-Za-z]/g, '');
    if (letters.length > 1 && letters === letters.toUpperCase()) {
      if (text !== text.toUpperCase()) return false;
    } else if (/^[A-Z]/.test(form) && !/^[A-Z\u00C0-\u00DE]/.test(text)) {
      return false;
    }
  }
  return true;
}
