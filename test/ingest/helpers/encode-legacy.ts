/**
 * Encodes text in a legacy encoding for fixtures (Node's TextEncoder writes UTF-8 only): the table is built by
 * decoding every one- and two-byte sequence with TextDecoder, so it is exactly the inverse of what sitrep reads.
 */
const tables = new Map<string, Map<string, number[]>>();

export function encodeLegacy(text: string, label: 'windows-1251' | 'shift_jis' | 'gb18030' | 'windows-1252'): Uint8Array {
  const table = tableFor(label);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const sequence = table.get(char);
    if (!sequence) throw new Error(`${label} cannot encode ${JSON.stringify(char)}`);
    bytes.push(...sequence);
  }
  return Uint8Array.from(bytes);
}

function tableFor(label: string): Map<string, number[]> {
  let table = tables.get(label);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(label, { fatal: true });
  const add = (sequence: number[]) => {
    try {
      const char = decoder.decode(Uint8Array.from(sequence));
      if (char.length >= 1 && !char.includes('\ufffd') && !table!.has(char)) table!.set(char, sequence);
    } catch {
      // not a valid sequence
    }
  };
  for (let a = 0x80; a <= 0xff; a++) add([a]);
  if (label === 'shift_jis' || label === 'gb18030') {
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) add([a, b]);
  }
  tables.set(label, table);
  return table;
}
