/**
 * Snapshots of the Cypher text and the printed schema: a change to a query or
 * to the public contract shows up in review as a snapshot diff. And the check
 * that queries are sent exactly their $parameters, shown to catch a mismatch.
 */
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as citations from '../../src/db/cypher/citations.js';
import * as concepts from '../../src/db/cypher/concepts.js';
import { paperListQuery } from '../../src/db/cypher/paper-list.js';
import * as papers from '../../src/db/cypher/papers.js';
import * as lookup from '../../src/db/cypher/paper-lookup.js';
import * as search from '../../src/db/cypher/search.js';
import * as statements from '../../src/db/cypher/statements.js';
import * as writes from '../../src/db/cypher/writes.js';
import * as creates from '../../src/db/cypher/creates.js';
import { createPapers, createStatements } from '../../src/importers/writer/create-rows.js';
import * as network from '../../src/db/cypher/network/traversal.js';
import * as networkRelated from '../../src/db/cypher/network/related.js';
import * as networkExport from '../../src/db/cypher/network/export.js';
import * as evidence from '../../src/db/cypher/evidence.js';
import * as library from '../../src/db/cypher/library.js';
import * as curation from '../../src/db/cypher/curation.js';
import type { NamedQuery } from '../../src/db/executor.js';
import { paramProblems, paramsUsed } from '../helpers/params.js';
import { loadTypeDefs } from '../../src/server/schema.js';

const MODULES = [
  citations,
  concepts,
  papers,
  search,
  statements,
  writes,
  creates,
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
    // The create-only queries are built for the writer's property names.
    collect([createPapers, createStatements], all);
    // Statement lists and search are built per filter shape too.
    const unset = {
      polarity: false,
      section: false,
      purpose: false,
      minConfidence: false,
      source: false,
      citing: false,
      cited: false,
      about: false,
    };
    const list = statements.statementListQuery('all', unset);
    all.set(`${list.name} (no filter)`, list.text);
    const cited = statements.statementListQuery('cited', { ...unset, cited: true, polarity: true });
    all.set(`${cited.name} (polarity)`, cited.text);
    const search = statements.statementSearchQuery({ ...unset, about: true, minConfidence: true });
    all.set(`${search.name} (about, minConfidence)`, search.text);
    const lean = statements.statementSearchQuery(unset, {
      statement: ['id', 'polarity', 'section', 'text'],
      paper: ['id', 'title'],
    });
    all.set(`${lean.name} (shown fields only)`, lean.text);
    // Citation pages are built per request shape; snapshot the default and the fullest ones.
    const none = { polarity: false, section: false, minConfidence: false, about: false };
    const year = { yearFrom: false, yearTo: false, selfCitation: null };
    for (const direction of ['citations', 'references'] as const) {
      const shapes = {
        default: { ...none, ...year, orderField: 'YEAR', descending: true },
        byConfidence: {
          ...none,
          yearFrom: true,
          yearTo: true,
          selfCitation: false,
          orderField: 'CONFIDENCE',
          descending: false,
        },
        byStatements: {
          polarity: true,
          section: true,
          minConfidence: true,
          about: true,
          yearFrom: true,
          yearTo: true,
          selfCitation: true,
          orderField: 'CONFIDENCE',
          descending: true,
        },
      } as const;
      for (const [label, shape] of Object.entries(shapes)) {
        const q = citations.citationPageQuery(direction, shape);
        all.set(`${q.name} (${label})`, q.text);
      }
    }
    // Network levels and edges are built per filter shape as well.
    const open = {
      polarity: false,
      section: false,
      minConfidence: false,
      about: false,
      yearFrom: false,
      yearTo: false,
    };
    const every = {
      polarity: true,
      section: true,
      minConfidence: true,
      about: true,
      yearFrom: true,
      yearTo: true,
    };
    for (const [label, shape] of Object.entries({ 'no filter': open, 'every filter': every })) {
      for (const q of [
        network.networkLevelQuery('BOTH', shape),
        network.networkLevelQuery('OUT', shape),
        network.networkEdgesQuery(shape),
      ])
        all.set(`${q.name} (${label})`, q.text);
    }
    // The kept papers read as the request shows them (op 6: id, title, year).
    const kept = network.networkEdgesQuery(open, ['id', 'title', 'year']);
    all.set(`${kept.name} (no filter, projected)`, kept.text);
    // A paper looked up with what the request shows, alone and with the page it reads next
    // (ops 1, 2 and 8 of the side-by-side benchmark).
    const shown = ['doi', 'id', 'title', 'year'];
    const polarity = { ...none, ...year, polarity: true, section: true };
    const byStatements = { ...polarity, orderField: 'YEAR', descending: true } as const;
    for (const [label, q] of Object.entries({
      'shown fields': lookup.paperLookupQuery('doi', shown, null),
      'by id, whole': lookup.paperLookupQuery('id', null, null),
      'with a citation page': lookup.paperLookupQuery(
        'doi',
        ['id'],
        {
          key: 'citations',
          name: citations.citationPageName('citations', byStatements),
          body: () =>
            citations.citationPageBody('citations', byStatements, shown, [
              'id',
              'polarity',
              'text',
            ]),
          columns: ['total', 'page'],
        },
        false,
      ),
      'with co-cited papers': lookup.paperLookupQuery('doi', ['id'], {
        key: 'coCited',
        name: 'network.coCited',
        body: () => networkRelated.relatedBody('coCited', ['id', 'title', 'year']),
        columns: ['items'],
      }),
    }))
      all.set(`${q.name} (${label})`, q.text);
    expect(Object.fromEntries([...all].sort())).toMatchSnapshot();
  });
});

// Whether each query is sent exactly the $parameters it reads is checked where the
// parameters are known: on every query the integration files really run
// (test/helpers/params.ts, test/setup/params.ts). Here, that the check can fail.
describe('the $parameter check', () => {
  const text = `MATCH (p:Paper {id: $id}) WHERE p.year >= $yearFrom RETURN p LIMIT $first`;

  it('passes a query sent exactly the parameters it reads', () => {
    expect(paramProblems(text, { id: 'a', yearFrom: 2000, first: 5 })).toEqual([]);
  });

  it('names a parameter the text reads but the caller does not send', () => {
    expect(paramProblems(text, { id: 'a', first: 5 })).toEqual([
      'uses $yearFrom but is not sent it',
    ]);
    // The driver drops a key whose value is undefined, so that is not sent either.
    expect(paramProblems(text, { id: 'a', yearFrom: undefined, first: 5 })).toEqual([
      'uses $yearFrom but is not sent it',
    ]);
  });

  it('names a parameter sent that the text never reads', () => {
    expect(paramProblems(text, { id: 'a', yearFrom: 2000, first: 5, yearTo: 2010 })).toEqual([
      'is sent yearTo but never reads $yearTo',
    ]);
  });

  it('reads no parameter inside strings, backticked names or comments', () => {
    const quoted = `// $a in a comment
MATCH (n) WHERE n.t = '$b' OR n.u = "it's $c" OR n.\`$d\` = 1 /* $e */ RETURN $f AS f`;
    expect([...paramsUsed(quoted)]).toEqual(['f']);
  });
});

describe('GraphQL schema', () => {
  it('matches the snapshot of the public contract', () => {
    expect(printSchema(lexicographicSortSchema(buildSchema(loadTypeDefs())))).toMatchSnapshot();
  });
});
