import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/exporters/serialisers/xml.js';

describe('escapeXml', () => {
  it('returns text without special characters unchanged', () => {
    expect(escapeXml('Plain title — ünïcödé 😀')).toBe('Plain title — ünïcödé 😀');
  });

  it('escapes the five markup characters', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(
      'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;',
    );
  });

  it('writes tab, LF and CR as character references so attribute values keep them', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('removes C0 controls, U+FFFE and U+FFFF', () => {
    expect(escapeXml('a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uFFFFg')).toBe('abcdefg');
  });

  it('removes lone surrogates but keeps surrogate pairs', () => {
    expect(escapeXml('x\uD83D')).toBe('x');
    expect(escapeXml('\uDE00x')).toBe('x');
    expect(escapeXml('a\uD83Db\uDE00c')).toBe('abc');
    expect(escapeXml('a\uD83D\uDE00<')).toBe('a\uD83D\uDE00&lt;');
  });

  it('gives the same answer on repeated calls (no regex state kept between calls)', () => {
    expect([escapeXml('a&b'), escapeXml('a&b'), escapeXml('ab')]).toEqual([
      'a&amp;b',
      'a&amp;b',
      'ab',
    ]);
  });
});
