/**
 * Reading JSON documents (RFC 8259) and JSON Lines (https://jsonlines.org/)
 * with errors that name the file and, when the engine reports a position, the line.
 */
import { ParseError } from './errors.js';

/** Parses a whole JSON document; ParseError when the file is empty or not valid JSON. */
export function parseJsonDocument(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ParseError(file, 'the file is empty');
  try {
    return JSON.parse(body);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? body.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new ParseError(file, `not a valid JSON document (${message})`, line);
  }
}

/** One non-blank line of a JSON Lines file. */
export interface JsonLine {
  /** 1-based line number. */
  line: number;
  text: string;
}

/** The non-blank lines of a JSON Lines file, with their line numbers. */
export function jsonLines(text: string): JsonLine[] {
  const out: JsonLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const t = raw.trim();
      if (t !== '') out.push({ line: i + 1, text: t });
    });
  return out;
}

/**
 * True when the text reads as JSON Lines rather than one document: more than one
 * non-blank line, the whole text is not valid JSON, and some line is itself a JSON object.
 */
export function looksLikeJsonLines(text: string, file: string): boolean {
  if (/\.(jsonl|ndjson)$/i.test(file)) return true;
  const lines = jsonLines(text);
  if (lines.length < 2) return false;
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return false;
  } catch {
    return lines.some((l) => {
      try {
        const v: unknown = JSON.parse(l.text);
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      } catch {
        return false;
      }
    });
  }
}
