import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costLimitRule } from '../../src/server/limits/cost.js';

const schema = buildSchema(`
  type Query { papers(first: Int): Conn! paper: Paper }
  type Conn { edges: [Edge!]! }
  type Edge { node: Paper! }
  type Paper { id: ID! authors: [Author!]! refs(first: Int = 20): Conn! }
  type Author { name: String! }
`);

/** The reported cost, or null when under the limit. */
function cost(query: string, maxCost = 1): number | null {
  const errors = validate(schema, parse(query), [
    costLimitRule({ maxCost, maxPageSize: 100, defaultPageSize: 20 }),
  ]);
  return errors.length === 0 ? null : (errors[0]!.extensions.cost as number);
}

describe('cost limit rule', () => {
  it('counts each field once per item of every page above it', () => {
    // papers 1 + 10 × (edges 1 + node 1 + id 1) = 31
    expect(cost('{ papers(first: 10) { edges { node { id } } } }')).toBe(31);
    // adds, per paper: authors 1 + 10 (list weight) × name 1 = 11
    expect(cost('{ papers(first: 10) { edges { node { id authors { name } } } } }')).toBe(
      31 + 10 * 11,
    );
  });

  it('uses the default of a paged argument, and the maximum for variables and oversized literals', () => {
    // refs defaults to 20: papers 1 + 2 × (edges + node + refs 1 + 20 × (edges + node + id)) = 1 + 2 × 63
    expect(cost('{ papers(first: 2) { edges { node { refs { edges { node { id } } } } } } }')).toBe(
      1 + 2 * 63,
    );
    expect(cost('query($n: Int) { papers(first: $n) { edges { node { id } } } }')).toBe(
      1 + 100 * 3,
    );
    expect(cost('{ papers(first: 100000) { edges { node { id } } } }')).toBe(1 + 100 * 3);
  });

  it('expands fragments once per use', () => {
    const q =
      'fragment F on Paper { id authors { name } } { papers(first: 1) { edges { node { ...F ...F } } } }';
    // papers 1 + 1 × (edges 1 + node 1 + 2 × F), F = id 1 + authors 1 + 10 × name 1 = 12
    expect(cost(q)).toBe(1 + 1 * (2 + 2 * 12));
  });

  it('refuses three nested 100-item pages and accepts what is under the limit', () => {
    const deep =
      '{ papers(first: 100) { edges { node { refs(first: 100) { edges { node { refs(first: 100) { edges { node { id } } } } } } } } } }';
    expect(cost(deep, 250_000)).toBeGreaterThan(1_000_000);
    expect(cost('{ papers(first: 10) { edges { node { id } } } }', 250_000)).toBeNull();
  });
});
