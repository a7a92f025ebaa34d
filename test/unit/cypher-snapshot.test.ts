/**
 * Snapshots of the Cypher text and the printed schema: a change to a query or
 * to the public contract shows up in review as a snapshot diff.
 */
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as citations from '../../src/db/cypher/citations.js';
import * as concepts from '../../src/db/cypher/concepts.js';
import { paperListQuery } from '../../src/db/cypher/paper-list.js';
import * as papers from '../../src/db/cypher/papers.js';
import * as search from '../../src/db/cypher/search.js';
import * as statements from '../../src/db/cypher/statements.js';
import * as writes from '../../src/db/cypher/writes.js';
import * as network from '../../src/db/cypher/network.js';
import * as networkRelated from '../../src/db/cypher/network-related.js';
import * as networkExport from '../../src/db/cypher/network-export.js';
import * as evidence from '../../src/db/cypher/evidence.js';
import * as library from '../../src/db/cypher/library.js';
import * as curation from '../../src/db/cypher/curation.js';
import type { NamedQuery } from '../../src/db/executor.js';
import { loadTypeDefs } from '../../src/server/schema.js';

const MODULES = [
  citations,
  concepts,
  papers,
  search,
  statements,
  writes,
  network,
  networkRelated,
  networkExport,
  evidence,
  library,
  curation,
];

function collect(value: unknown, out: Map<string, string>): void {
  if (value && typeof value === 'object') {
    const q = value as Partial<NamedQuery>;
    if (typeof q.name === 'string' && typeof q.text === 'string') out.set(q.name, q.text);
    else for (const v of Object.values(value)) collect(v, out);
  }
}

describe('named Cypher', () => {
  it('matches the snapshot', () => {
    const all = new Map<string, string>();
    for (const mod of MODULES) collect(mod, all);
    collect(paperListQuery('interventions', 'YEAR', 'DESC'), all);
    collect(statements.statementListQuery('cited'), all);
    expect(Object.fromEntries([...all].sort())).toMatchSnapshot();
  });

  it('never interpolates a value: every query reads its inputs from $parameters', () => {
    const all = new Map<string, string>();
    for (const mod of MODULES) collect(mod, all);
    for (const [name, text] of all) expect(text, name).not.toMatch(/\$\{/);
  });
});

describe('GraphQL schema', () => {
  it('matches the snapshot of the public contract', () => {
    expect(printSchema(lexicographicSortSchema(buildSchema(loadTypeDefs())))).toMatchSnapshot();
  });
});
