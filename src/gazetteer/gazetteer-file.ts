import type { GazetteerData, TextColumn } from './gazetteer-data.js';

/** Magic bytes at the start of a gazetteer cache file. */
const MAGIC = 'SITREPGZ';
const TYPED = ['lat', 'lon', 'country', 'admin1', 'population', 'kind', 'featureCode', 'geonameid', 'postingOffsets', 'postings'] as const;
const TEXTS = ['names', 'keys'] as const;
const CONSTRUCTORS = { Float32Array, Uint16Array, Uint32Array, Uint8Array };
type TypedName = keyof typeof CONSTRUCTORS;

interface Section { name: string; type: TypedName | 'text'; offset: number; length: number }

/**
 * Encodes a gazetteer as one binary file: `SITREPGZ`, a 4-byte little-endian header length, a JSON header
 * (small fields and the section table), then each column as raw little-endian bytes aligned to 8 bytes (text
 * columns as UTF-8, their offsets as Uint32). Loading is a read and a few typed-array views: no parse of the bulk.
 */
export function encodeGazetteer(data: GazetteerData): Buffer {
  const chunks: Buffer[] = [];
  const sections: Section[] = [];
  let at = 0;
  const push = (name: string, type: Section['type'], bytes: Buffer, length: number): void => {
    sections.push({ name, type, offset: at, length });
    const padded = Buffer.alloc(Math.ceil(bytes.length / 8) * 8);
    bytes.copy(padded);
    chunks.push(padded);
    at += padded.length;
  };
  for (const name of TYPED) {
    const array = data[name];
    push(name, array.constructor.name as TypedName, Buffer.from(array.buffer, array.byteOffset, array.byteLength), array.length);
  }
  for (const name of TEXTS) {
    const column: TextColumn = data[name];
    push(`${name}.text`, 'text', Buffer.from(column.text, 'utf8'), column.text.length);
    push(`${name}.offsets`, 'Uint32Array', Buffer.from(column.offsets.buffer, column.offsets.byteOffset, column.offsets.byteLength), column.offsets.length);
  }
  const header = Buffer.from(JSON.stringify({
    sources: data.sources, countryCodes: data.countryCodes, admin1Codes: data.admin1Codes, featureCodes: data.featureCodes,
    notPlaces: data.notPlaces, waters: data.waters, sections,
  }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const headerPadded = Buffer.alloc(Math.ceil((MAGIC.length + 4 + header.length) / 8) * 8);
  Buffer.from(MAGIC).copy(headerPadded);
  length.copy(headerPadded, MAGIC.length);
  header.copy(headerPadded, MAGIC.length + 4);
  return Buffer.concat([headerPadded, ...chunks]);
}

/**
 * Decodes a file written by `encodeGazetteer`. Typed columns are views on `bytes` (copied once if `bytes` is
 * not 8-byte aligned).
 * @throws Error when the bytes are not a gazetteer file.
 */
export function decodeGazetteer(input: Buffer): GazetteerData {
  if (input.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a sitrep gazetteer file');
  const bytes = input.byteOffset % 8 === 0 ? input : Buffer.from(input);
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Omit<GazetteerData, (typeof TYPED)[number] | (typeof TEXTS)[number]> & { sections: Section[] };
  const base = Math.ceil((MAGIC.length + 4 + headerLength) / 8) * 8;
  const section = new Map(header.sections.map((s) => [s.name, s]));
  const typed = (name: string): Float32Array | Uint16Array | Uint32Array | Uint8Array => {
    const s = section.get(name);
    if (!s || s.type === 'text') throw new Error(`gazetteer file lacks column ${name}`);
    return new CONSTRUCTORS[s.type](bytes.buffer as ArrayBuffer, bytes.byteOffset + base + s.offset, s.length);
  };
  const text = (name: string): TextColumn => {
    const s = section.get(`${name}.text`);
    if (!s) throw new Error(`gazetteer file lacks column ${name}`);
    const start = bytes.byteOffset + base + s.offset;
    const utf8 = Buffer.from(bytes.buffer, start, (section.get(`${name}.offsets`)?.offset ?? s.offset) - s.offset).toString('utf8');
    return { text: utf8.slice(0, s.length), offsets: typed(`${name}.offsets`) as Uint32Array };
  };
  return {
    sources: header.sources, countryCodes: header.countryCodes, admin1Codes: header.admin1Codes, featureCodes: header.featureCodes,
    notPlaces: header.notPlaces, waters: header.waters,
    lat: typed('lat') as Float32Array, lon: typed('lon') as Float32Array, country: typed('country') as Uint16Array,
    admin1: typed('admin1') as Uint16Array, population: typed('population') as Uint32Array, kind: typed('kind') as Uint8Array,
    featureCode: typed('featureCode') as Uint8Array, geonameid: typed('geonameid') as Uint32Array,
    postingOffsets: typed('postingOffsets') as Uint32Array, postings: typed('postings') as Uint32Array,
    names: text('names'), keys: text('keys'),
  };
}
