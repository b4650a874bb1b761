import { describe, expect, it } from 'vitest';
import { decodeBuffer, decodeText, looksBinary } from '../../src/io/decode.js';
import { InputError } from '../../src/io/errors.js';

const utf16 = (text: string, bigEndian: boolean) => {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (const c of text) {
    const code = c.charCodeAt(0);
    out.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return new Uint8Array(out);
};

describe('decodeBuffer', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('Resumo: doença incapacitante');
    expect(decodeBuffer(bytes, 'a.txt')).toBe('Resumo: doença incapacitante');
    expect(decodeBuffer(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'a.txt')).toBe('Resumo: doença incapacitante');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBuffer(utf16('lúpus eritematoso', false), 'le.txt')).toBe('lúpus eritematoso');
    expect(decodeBuffer(utf16('lúpus eritematoso', true), 'be.txt')).toBe('lúpus eritematoso');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "ação – São" in Latin-1/cp1252: ç=E7 ã=E3 en dash=96
    const bytes = new Uint8Array([0x61, 0xe7, 0xe3, 0x6f, 0x20, 0x96, 0x20, 0x53, 0xe3, 0x6f]);
    expect(decodeBuffer(bytes, 'latin1.txt')).toBe('ação – São');
  });

  it('keeps CRLF line ends for clean to normalise', () => {
    expect(decodeBuffer(new TextEncoder().encode('a\r\nb'), 'crlf.txt')).toBe('a\r\nb');
  });

  it('rejects a binary file with an error naming it', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]);
    expect(() => decodeBuffer(bytes, 'figure.png')).toThrow(InputError);
    try {
      decodeBuffer(bytes, 'figure.png');
    } catch (e) {
      expect((e as InputError).file).toBe('figure.png');
      expect((e as InputError).key).toBe('binary');
    }
  });

  it('sees control-character noise as binary but not tabs and form feeds', () => {
    expect(looksBinary(new TextEncoder().encode('a\tb\fc\n'))).toBe(false);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toBe(true);
  });
});

describe('decodeText: whether the charset was a guess', () => {
  const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

  it('says a file that is not UTF-8 and names no charset was read as Windows-1252 by guess', () => {
    expect(decodeText(latin1('Relato de caso: ação'), 'a.txt')).toEqual({ text: 'Relato de caso: ação', guessed: 'windows-1252' });
    expect(decodeText(latin1('<?xml version="1.0" encoding="UTF-8"?><article>ação</article>'), 'a.xml').guessed).toBe('windows-1252');
  });

  it('makes no guess for UTF-8, nor for an XML file that declares Latin-1 or Windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('ação'), 'a.txt')).toEqual({ text: 'ação' });
    expect(decodeText(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><article>ação</article>'), 'a.xml').guessed).toBeUndefined();
    expect(decodeText(latin1("<?xml version='1.0' encoding='windows-1252'?><article>ação</article>"), 'a.xml').guessed).toBeUndefined();
    // Every WHATWG label of the charset, the less common ones too.
    for (const label of ['iso88591', 'ISO_8859-1:1987', 'cp819', 'IBM819', 'csisolatin1', 'iso-ir-100', 'ANSI_X3.4-1968']) {
      expect(decodeText(latin1(`<?xml version="1.0" encoding="${label}"?><article>ação</article>`), 'a.xml').guessed).toBeUndefined();
    }
  });
});
