import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/ingest/fetch/decode-body.js';
import { guessCharset } from '../../../src/ingest/fetch/guess-charset.js';
import { encodeLegacy } from '../helpers/encode-legacy.js';

const RUSSIAN = 'Президент России Владимир Путин встретился с лидером КНДР Ким Чен Ыном на космодроме Восточный.';
const JAPANESE = 'ロシアのプーチン大統領は、北朝鮮の金正恩総書記とボストーチヌイ宇宙基地で会談した。';
const CHINESE = '俄罗斯总统普京在东方航天发射场会见了朝鲜最高领导人金正恩，双方讨论了军事合作问题。';
const FRENCH = 'Le président français a rencontré son homologue à Genève, où ils ont évoqué la sécurité européenne.';

describe('decodeBody', () => {
  it('reads a UTF-8 BOM and drops it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0"?><rss/>')]);
    expect(decodeBody(bytes)).toEqual({ text: '<?xml version="1.0"?><rss/>', charset: 'utf-8', source: 'bom' });
  });

  it('reads a UTF-16 BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Путин', 'utf16le')]);
    expect(decodeBody(bytes)).toMatchObject({ text: 'Путин', charset: 'utf-16le' });
  });

  it('prefers valid UTF-8 to a wrong declaration', () => {
    expect(decodeBody(Buffer.from(RUSSIAN), 'text/html; charset=windows-1251')).toMatchObject({ text: RUSSIAN, source: 'utf-8' });
  });

  it('takes the charset from the header, then <meta>, then the XML declaration', () => {
    const body = encodeLegacy(RUSSIAN, 'windows-1251');
    expect(decodeBody(body, 'text/html; charset="windows-1251"')).toMatchObject({ text: RUSSIAN, source: 'header' });
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><p>'), body]);
    expect(decodeBody(html, 'text/html')).toMatchObject({ source: 'meta', charset: 'windows-1251' });
    const equiv = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'), encodeLegacy(JAPANESE, 'shift_jis')]);
    expect(decodeBody(equiv)).toMatchObject({ source: 'meta', charset: 'shift_jis' });
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="GB2312"?><rss><title>'), encodeLegacy(CHINESE, 'gb18030')]);
    expect(decodeBody(xml, 'application/xml')).toMatchObject({ source: 'xml', charset: 'gbk' });
    expect(decodeBody(xml, 'application/xml').text).toContain(CHINESE);
  });

  it('guesses when nothing is declared', () => {
    expect(decodeBody(encodeLegacy(RUSSIAN, 'windows-1251'))).toMatchObject({ text: RUSSIAN, source: 'guess' });
  });

  it('ignores an unknown label', () => {
    expect(decodeBody(encodeLegacy(RUSSIAN, 'windows-1251'), 'text/html; charset=x-nonsense').source).toBe('guess');
  });
});

describe('guessCharset', () => {
  it.each([
    ['windows-1251', RUSSIAN],
    ['shift_jis', JAPANESE],
    ['gb18030', CHINESE],
    ['windows-1252', FRENCH],
  ] as const)('recognises %s', (label, text) => {
    expect(guessCharset(encodeLegacy(text, label))).toBe(label);
  });
});
