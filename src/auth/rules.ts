/**
 * The rules the policy (policy.ts) assigns to fields. A rule may refuse a
 * call before its resolver runs (`check`), stand in for the resolver when
 * nobody is signed in (`anonymous`), or trim what the resolver returned
 * (`filter`) — so resolvers themselves never decide who may see what.
 */
import type { CollectionModel } from '../repositories/library.js';
import type { RequestContext } from '../context.js';
import { AppError, ErrorCode } from '../domain/errors.js';
import { forbidden, signInRequired } from './errors.js';
import { includesRole, type Role } from '../domain/roles.js';
import type { Viewer } from '../domain/viewer.js';

type Args = Record<string, unknown>;

export interface Rule {
  /** Shown in the policy table and in error messages. */
  readonly name: string;
  check?(ctx: RequestContext, parent: unknown, args: Args, field: string): Promise<void> | void;
  /** With no viewer, the field answers this instead of running its resolver. */
  anonymous?(): unknown;
  filter?(result: unknown, ctx: RequestContext): unknown;
}

/** Anyone, signed in or not. */
export const anyone: Rule = { name: 'anyone' };

/** Any signed-in user; anonymous callers get UNAUTHENTICATED. */
export const signedIn: Rule = {
  name: 'signedIn',
  check(ctx, _parent, _args, field) {
    if (!ctx.viewer) throw signInRequired(field);
  },
};

/** A signed-in user holding `required` or a higher role; others get FORBIDDEN. */
export function role(required: Role): Rule {
  return {
    name: `role(${required})`,
    check(ctx, parent, args, field) {
      signedIn.check?.(ctx, parent, args, field);
      const held = (ctx.viewer as Viewer).role;
      if (!includesRole(held, required)) {
        throw forbidden(`${field} needs the ${required} role; you are a ${held}`);
      }
    },
  };
}

/** Answers `value` for anonymous callers instead of refusing them (e.g. `me` → null). */
export function orAnonymous(value: unknown): Rule {
  return { name: `signedIn or ${JSON.stringify(value)}`, anonymous: () => value };
}

/** Fields of a User: only that user may read them. */
export const self: Rule = {
  name: 'self',
  check(ctx, parent, args, field) {
    signedIn.check?.(ctx, parent, args, field);
    if ((parent as { id: string }).id !== ctx.viewer?.id) {
      throw forbidden(`${field} is private to its user`);
    }
  },
};

/** True when the viewer may read the collection: it is theirs, or public. */
export function canSee(viewer: Viewer | null, c: CollectionModel): boolean {
  return c.public || c.ownerId === viewer?.id;
}

/** Collections the viewer may not see become null (a single one) or are left out (lists). */
export const visibleCollections: Rule = {
  name: 'owner or public',
  filter(result, ctx) {
    if (Array.isArray(result)) return result.filter((c) => canSee(ctx.viewer, c));
    const one = result as CollectionModel | null;
    return one && canSee(ctx.viewer, one) ? one : null;
  },
};

/**
 * Writes to the collection named by argument `arg`: only its owner. Someone
 * else's private collection is NOT_FOUND, exactly like a missing one, so its
 * existence does not leak; a public one they can see is FORBIDDEN.
 */
export function collectionOwner(arg: string): Rule {
  return {
    name: `owner(${arg})`,
    async check(ctx, parent, args, field) {
      signedIn.check?.(ctx, parent, args, field);
      const id = String(args[arg]);
      const c = await ctx.loaders.collection.load(id);
      if (!c || !canSee(ctx.viewer, c)) {
        throw new AppError(ErrorCode.NOT_FOUND, `collection "${id}" does not exist`);
      }
      if (c.ownerId !== ctx.viewer?.id) throw forbidden(`${field} is for the collection's owner`);
    },
  };
}
