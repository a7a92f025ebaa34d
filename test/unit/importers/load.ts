/** Reads a fixture from test/fixtures/import. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** The text of fixture `name`, exactly as stored (CRLF kept). */
export function fixture(name: string): string {
  return readFileSync(DIR + name, 'utf8');
}
