/** Named Cypher for the concept taxonomy. */
import type { NamedQuery } from '../executor.js';

export const interventionTypes: NamedQuery = {
  name: 'concepts.interventionTypes',
  text: `MATCH (c:InterventionType)
OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent:InterventionType)
RETURN c {.*, kind: 'InterventionType', parentId: parent.id,
          paperCount: COUNT { (c)<-[:STUDIES]-(:Paper) }} AS item
ORDER BY c.name`,
};

export const outcomes: NamedQuery = {
  name: 'concepts.outcomes',
  text: `MATCH (c:Outcome)
WHERE $domain IS NULL OR c.domain = $domain
OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent:Outcome)
RETURN c {.*, kind: 'Outcome', parentId: parent.id,
          paperCount: COUNT { (c)<-[:MEASURES]-(:Paper) }} AS item
ORDER BY c.name`,
};

export const populations: NamedQuery = {
  name: 'concepts.populations',
  text: `MATCH (c:Population) RETURN c {.*, kind: 'Population'} AS item ORDER BY c.name`,
};

export const settings: NamedQuery = {
  name: 'concepts.settings',
  text: `MATCH (c:Setting) RETURN c {.*, kind: 'Setting'} AS item ORDER BY c.name`,
};

/** Any concepts by id, with their kind, for loaders (parents, children, finding ends). */
export const conceptsByIds: NamedQuery = {
  name: 'concepts.byIds',
  text: `UNWIND $ids AS id
MATCH (c {id: id}) WHERE c:InterventionType OR c:Outcome OR c:Population OR c:Setting
OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent)
RETURN id AS key, c {.*, kind: head([l IN labels(c) WHERE l IN ['InterventionType','Outcome','Population','Setting']]),
                 parentId: parent.id} AS item`,
};

export const conceptChildren: NamedQuery = {
  name: 'concepts.children',
  text: `UNWIND $ids AS id
MATCH (child)-[:SUBTYPE_OF]->(c {id: id}) WHERE c:InterventionType OR c:Outcome
WITH id, child, c ORDER BY child.name
RETURN id AS key, collect(child {.*, kind: head([l IN labels(child) WHERE l IN ['InterventionType','Outcome']]),
                                 parentId: id}) AS items`,
};
