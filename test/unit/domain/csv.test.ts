/**
 * The one CSV writer (src/domain/csv.ts): RFC 4180 quoting, the empty string kept apart from
 * an absent value, CRLF record ends; and what csv-parse, an independent RFC 4180 reader, reads
 * back from it.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_EOL, csvField, csvRecord } from '../../../src/domain/csv.js';

describe('csvField', () => {
  it('quotes a comma, a quote, CR or LF and doubles the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('cr\rlf\n')).toBe('"cr\rlf\n"');
  });

  it('writes absent values as empty fields and the empty string as ""', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('""');
  });

  it('writes numbers and booleans with String()', () => {
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(3)).toBe('3');
    expect(csvField(true)).toBe('true');
  });
});

describe('csvRecord', () => {
  it('ends every record in CRLF', () => {
    expect(CSV_EOL).toBe('\r\n');
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('reads back field for field, line breaks and quotes included', () => {
    const rows = [
      ['id', 'title', 'note'],
      ['p1', 'Title, with "quotes"\r\nand a line break', ''],
      ['p2', ' padded ', 'x'],
    ];
    const text = rows.map(csvRecord).join('');
    expect(parse(text, { relax_column_count: false })).toEqual(rows);
  });
});
