/** Loads the SDL from schema/*.graphql (one file per domain), in a stable order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema', import.meta.url));

/** The type definitions, concatenated; common.graphql and paper.graphql (which defines Query) first. */
export function loadTypeDefs(dir = SCHEMA_DIR): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

function rank(file: string): number {
  return file === 'common.graphql' ? 0 : file === 'paper.graphql' ? 1 : 2;
}
