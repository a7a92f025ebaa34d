/**
 * Bearer JWT verification with `jose`: HS256 tokens against JWT_SECRET,
 * asymmetric ones against the JWKS at JWT_JWKS_URL (fetched and cached by
 * jose's remote key set). Any failure is an AuthError: a bad token never
 * silently downgrades a request to anonymous.
 */
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
} from 'jose';
import type { AuthConfig } from '../config.js';
import { isValidId } from '../domain/ids.js';
import { AuthError } from './errors.js';
import { isRole, roleFromClaims, type Role } from '../domain/roles.js';
import type { Viewer } from '../domain/viewer.js';

const HMAC = ['HS256'];
const ASYMMETRIC = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];

/** One remote key set per URL for the life of the process: keys are public, not per-user data. */
const remoteSets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function remoteSet(url: string): ReturnType<typeof createRemoteJWKSet> {
  let set = remoteSets.get(url);
  if (!set) remoteSets.set(url, (set = createRemoteJWKSet(new URL(url))));
  return set;
}

async function verify(token: string, config: AuthConfig): Promise<JWTPayload> {
  let alg: string | undefined;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch {
    throw new AuthError('the bearer token is not a JWT');
  }
  const options = {
    issuer: config.issuer ?? undefined,
    audience: config.audience ?? undefined,
  };
  if (alg && HMAC.includes(alg) && config.jwtSecret) {
    const key = new TextEncoder().encode(config.jwtSecret);
    return (await jwtVerify(token, key, { ...options, algorithms: HMAC })).payload;
  }
  if (alg && ASYMMETRIC.includes(alg) && config.jwksUrl) {
    return (
      await jwtVerify(token, remoteSet(config.jwksUrl), { ...options, algorithms: ASYMMETRIC })
    ).payload;
  }
  throw new AuthError(`bearer tokens signed with ${alg ?? 'no algorithm'} are not accepted here`);
}

function reason(error: unknown): string {
  if (error instanceof AuthError) return error.message;
  if (error instanceof joseErrors.JWTExpired) return 'the bearer token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `the bearer token's "${error.claim}" claim is not accepted`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no known key signed the bearer token';
  return 'the bearer token could not be verified';
}

/** Verifies a bearer token and returns its viewer; throws AuthError (UNAUTHENTICATED) otherwise. */
export async function viewerForToken(token: string, config: AuthConfig): Promise<Viewer> {
  let claims: JWTPayload;
  try {
    claims = await verify(token, config);
  } catch (error) {
    throw new AuthError(reason(error));
  }
  if (typeof claims.sub !== 'string' || !isValidId(claims.sub)) {
    throw new AuthError('the bearer token has no usable "sub" (user id) claim');
  }
  return { id: claims.sub, role: roleFromClaims(claims), via: 'jwt' };
}

/** Signs an HS256 development token (the `token` command); `expires` is a jose time span ("1h"). */
export function signDevToken(
  secret: string,
  user: string,
  role: Role,
  expires: string,
  claims: { issuer?: string | null; audience?: string | null } = {},
): Promise<string> {
  if (!isValidId(user)) throw new Error(`--user must be a user id (letters, digits, . _ : -)`);
  if (!isRole(role)) throw new Error(`--role must be reader, curator or admin; got "${role}"`);
  let jwt = new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user)
    .setIssuedAt()
    .setExpirationTime(expires);
  if (claims.issuer) jwt = jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt = jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
