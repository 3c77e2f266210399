/**
 * Keyset pagination cursors: the sort value and id of the last event of a page, as base64url JSON. Opaque to
 * clients; `decodeCursor` returns null for anything it did not make.
 */
export interface Cursor {
  value: string | number;
  id: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as unknown[];
    if ((typeof value !== 'string' && typeof value !== 'number') || !Number.isSafeInteger(id)) return null;
    return { value, id: id as number };
  } catch {
    return null;
  }
}
