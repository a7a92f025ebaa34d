/**
 * Named Cypher for personal libraries: (:User)-[:SAVED {at}]->(:Paper),
 * -[:REACTED {value, at}]->(:Paper) and (:User)-[:OWNS]->(:Collection)-[:CONTAINS {at}]->(:Paper).
 * Writes match collections through their owner ($user), so a user can only
 * ever change their own; users are MERGEd on their first write.
 */
import type { NamedQuery } from '../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

const COLLECTION = `c {.id, .name, .public, ownerId: u.id}`;

/** Saved flag and reaction of one user ($user) for a batch of papers. */
export const viewerStates = q(
  'library.viewerStates',
  `MATCH (u:User {id: $user})
UNWIND $ids AS id
MATCH (p:Paper {id: id})
OPTIONAL MATCH (u)-[s:SAVED]->(p)
OPTIONAL MATCH (u)-[r:REACTED]->(p)
RETURN id AS key, {saved: s IS NOT NULL, reaction: coalesce(r.value, 'NONE')} AS item`,
);

export const collectionsByIds = q(
  'library.collectionsByIds',
  `UNWIND $ids AS id
MATCH (u:User)-[:OWNS]->(c:Collection {id: id})
RETURN id AS key, ${COLLECTION} AS item`,
);

export const userCollections = q(
  'library.userCollections',
  `UNWIND $ids AS id
MATCH (u:User {id: id})-[:OWNS]->(c:Collection)
WITH id, u, c ORDER BY c.createdAt, c.id
RETURN id AS key, collect(${COLLECTION}) AS items`,
);

export const userReactions = q(
  'library.userReactions',
  `UNWIND $ids AS id
MATCH (:User {id: id})-[r:REACTED]->(p:Paper)
WITH id, r, p ORDER BY r.at DESC, p.id
RETURN id AS key, collect({paper: p {.*}, reaction: r.value, at: toString(r.at)}) AS items`,
);

/** A page of papers per owner id: saved by a user (newest first) or in a collection (in order added). */
function pages(name: string, match: string, order: string): NamedQuery {
  return q(
    name,
    `UNWIND $ids AS id
CALL (id) { MATCH ${match} RETURN count(r) AS total }
CALL (id) { MATCH ${match} WITH r, p ORDER BY ${order}
  SKIP toInteger($offset) LIMIT toInteger($limit) RETURN collect(p {.*}) AS page }
RETURN id AS key, {total: total, page: page} AS item`,
  );
}

export const savedPages = pages(
  'library.savedPages',
  '(:User {id: id})-[r:SAVED]->(p:Paper)',
  'r.at DESC, p.id',
);

export const collectionPages = pages(
  'library.collectionPages',
  '(:Collection {id: id})-[r:CONTAINS]->(p:Paper)',
  'r.at, p.id',
);

export const savePaper = q(
  'library.save',
  `MATCH (p:Paper {id: $paper})
MERGE (u:User {id: $user})
MERGE (u)-[s:SAVED]->(p) ON CREATE SET s.at = datetime()
RETURN p {.*} AS paper`,
);

export const unsavePaper = q(
  'library.unsave',
  `MATCH (p:Paper {id: $paper})
OPTIONAL MATCH (:User {id: $user})-[s:SAVED]->(p)
DELETE s
RETURN p {.*} AS paper`,
);

/** Sets, replaces or (with NONE) removes the user's one reaction to a paper. */
export const reactToPaper = q(
  'library.react',
  `MATCH (p:Paper {id: $paper})
MERGE (u:User {id: $user})
WITH p, u
CALL (p, u) {
  WITH p, u WHERE $reaction = 'NONE'
  OPTIONAL MATCH (u)-[r:REACTED]->(p) DELETE r
}
CALL (p, u) {
  WITH p, u WHERE $reaction <> 'NONE'
  MERGE (u)-[r:REACTED]->(p)
  SET r.at = CASE WHEN r.value = $reaction THEN r.at ELSE datetime() END, r.value = $reaction
}
RETURN p {.*} AS paper`,
);

export const createCollection = q(
  'library.createCollection',
  `MERGE (u:User {id: $user})
CREATE (u)-[:OWNS]->(c:Collection {id: $id, name: $name, public: $public, createdAt: datetime()})
RETURN ${COLLECTION} AS collection`,
);

/** Renames and/or changes visibility; null leaves a value as it is. */
export const updateCollection = q(
  'library.updateCollection',
  `MATCH (u:User {id: $user})-[:OWNS]->(c:Collection {id: $id})
SET c.name = coalesce($name, c.name), c.public = coalesce($public, c.public)
RETURN ${COLLECTION} AS collection`,
);

export const deleteCollection = q(
  'library.deleteCollection',
  `MATCH (:User {id: $user})-[:OWNS]->(c:Collection {id: $id})
DETACH DELETE c
RETURN count(*) AS deleted`,
);

export const addToCollection = q(
  'library.addToCollection',
  `MATCH (u:User {id: $user})-[:OWNS]->(c:Collection {id: $id})
OPTIONAL MATCH (p:Paper {id: $paper})
CALL (c, p) {
  WITH c, p WHERE p IS NOT NULL
  MERGE (c)-[r:CONTAINS]->(p) ON CREATE SET r.at = datetime()
}
RETURN ${COLLECTION} AS collection, p IS NOT NULL AS paperFound`,
);

export const removeFromCollection = q(
  'library.removeFromCollection',
  `MATCH (u:User {id: $user})-[:OWNS]->(c:Collection {id: $id})
OPTIONAL MATCH (p:Paper {id: $paper})
OPTIONAL MATCH (c)-[r:CONTAINS]->(p)
DELETE r
RETURN ${COLLECTION} AS collection, p IS NOT NULL AS paperFound`,
);
