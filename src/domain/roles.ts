/**
 * Roles, from least to most trusted. Each includes the ones before it:
 * admin ⊇ curator ⊇ reader. Pure, so config (ROLES for API keys) and auth share it
 * without config importing auth.
 */
export const ROLES = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `value` names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `held` grants everything `required` does. */
export function includesRole(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}

/**
 * The role a token's claims grant: the highest known value of `role` (a string)
 * or `roles` (a list); unknown values are ignored and no role means reader.
 */
export function roleFromClaims(claims: Record<string, unknown>): Role {
  const values = [claims.role, ...(Array.isArray(claims.roles) ? claims.roles : [claims.roles])];
  let best: Role = 'reader';
  for (const value of values) if (isRole(value) && includesRole(value, best)) best = value;
  return best;
}
