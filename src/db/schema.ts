/**
 * Applies schema/neo4j/constraints.cypher. Every statement there is
 * `IF NOT EXISTS`, so this is idempotent; it then waits for indexes to come online.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Executor } from './executor.js';

const FILE = fileURLToPath(new URL('../../schema/neo4j/constraints.cypher', import.meta.url));

/** The DDL statements, in file order, without comments. */
export function schemaStatements(text = readFileSync(FILE, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Creates missing constraints and indexes and waits until they are usable. */
export async function applySchema(db: Executor, awaitSeconds = 300): Promise<void> {
  for (const [i, text] of schemaStatements().entries()) {
    await db.write({ name: `schema.${i}`, text });
  }
  await db.write(
    { name: 'schema.await', text: 'CALL db.awaitIndexes($seconds)' },
    { seconds: awaitSeconds },
  );
}
