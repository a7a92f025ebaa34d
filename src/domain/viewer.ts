/**
 * Who is making a request, once their credentials have been verified. A pure type in
 * the domain so that config, the request context and auth all read it without importing
 * each other (src/auth verifies credentials and produces a Viewer).
 */
import type { Role } from './roles.js';

/** A signed-in user. Requests without credentials have no viewer (null). */
export interface Viewer {
  /** The user id (`sub` of a JWT, or the user an API key maps to). */
  id: string;
  role: Role;
  /** How the viewer proved who they are. */
  via: 'jwt' | 'api-key';
}

/**
 * The viewer's id where the policy (src/auth/policy.ts) has already required a
 * signed-in user; reaching here without one is a missing policy entry, not a client error.
 */
export function viewerIdOf(viewer: Viewer | null): string {
  if (!viewer)
    throw new Error('no viewer: this field lacks a signed-in rule in src/auth/policy.ts');
  return viewer.id;
}
