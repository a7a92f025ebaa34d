/**
 * The one authorization policy: every Mutation field and every private field
 * mapped to its rule, enforced by wrapping the resolver map once at build
 * time (applyPolicy). Resolvers contain no authorization of their own.
 * Mutation fields missing here default to role('curator'), so a new
 * mutation is closed until someone decides otherwise.
 */
import {
  anyone,
  collectionOwner,
  orAnonymous,
  role,
  self,
  signedIn,
  visibleCollections,
  type Rule,
} from './rules.js';

/** What a mutation without an entry requires. */
export const DEFAULT_MUTATION_RULE: Rule = role('curator');

/** Type → field → rule. Fields not listed (other than Mutation's) are public reads. */
export const POLICY: Record<string, Record<string, Rule>> = {
  Query: {
    me: orAnonymous(null),
    collection: visibleCollections,
    changes: role('curator'),
    harvestJob: role('curator'),
  },
  Paper: {
    viewer: orAnonymous({ saved: false, reaction: 'NONE' }),
  },
  User: {
    saved: self,
    reactions: self,
    collections: visibleCollections,
  },
  Mutation: {
    savePaper: signedIn,
    unsavePaper: signedIn,
    reactToPaper: signedIn,
    createCollection: signedIn,
    renameCollection: collectionOwner('id'),
    addToCollection: collectionOwner('collectionId'),
    removeFromCollection: collectionOwner('collectionId'),
    deleteCollection: collectionOwner('id'),
    setCollectionVisibility: collectionOwner('id'),
    upsertPaper: role('curator'),
    addCitationStatement: role('curator'),
    updateStatement: role('curator'),
    tagStatement: role('curator'),
    deleteStatement: role('curator'),
    mergePapers: role('curator'),
    setConceptSynonyms: role('curator'),
    importRecords: role('curator'),
    startHarvest: role('curator'),
  },
};

type Resolver = (
  parent: unknown,
  args: Record<string, unknown>,
  ctx: never,
  info: never,
) => unknown;
type ResolverMap = Record<string, Record<string, unknown>>;

function guard(type: string, field: string, rule: Rule, resolve: Resolver): Resolver {
  if (rule === anyone) return resolve;
  const name = `${type}.${field}`;
  return async (parent, args, ctx, info) => {
    const context = ctx as unknown as Parameters<NonNullable<Rule['check']>>[0];
    if (rule.anonymous && !context.viewer) return rule.anonymous();
    await rule.check?.(context, parent, args, name);
    const result = await resolve(parent, args, ctx, info);
    return rule.filter ? rule.filter(result, context) : result;
  };
}

/**
 * Returns `resolvers` with every policy rule applied. Throws at start-up when
 * the policy names a non-Mutation field that has no resolver, so a rename
 * cannot silently drop a rule (a Mutation without a resolver runs nothing).
 */
export function applyPolicy<T extends object>(resolvers: T): T {
  const map = resolvers as ResolverMap;
  const out: ResolverMap = { ...map };
  for (const [type, rules] of Object.entries(POLICY)) {
    for (const field of Object.keys(rules)) {
      if (type !== 'Mutation' && typeof map[type]?.[field] !== 'function') {
        throw new Error(`src/auth/policy.ts names ${type}.${field}, which has no resolver`);
      }
    }
  }
  for (const [type, fields] of Object.entries(map)) {
    const rules = POLICY[type];
    if (!rules && type !== 'Mutation') continue;
    const wrapped: Record<string, unknown> = { ...fields };
    for (const [field, resolve] of Object.entries(fields)) {
      const rule = rules?.[field] ?? (type === 'Mutation' ? DEFAULT_MUTATION_RULE : anyone);
      if (typeof resolve !== 'function') {
        if (rule === anyone) continue;
        throw new Error(`${type}.${field} must be a function resolver to carry a policy rule`);
      }
      wrapped[field] = guard(type, field, rule, resolve as Resolver);
    }
    out[type] = wrapped;
  }
  return out as T;
}

/** The policy as rows (type.field, rule), for documentation and tests. */
export function policyTable(): [string, string][] {
  return Object.entries(POLICY).flatMap(([type, rules]) =>
    Object.entries(rules).map(([field, rule]): [string, string] => [`${type}.${field}`, rule.name]),
  );
}
