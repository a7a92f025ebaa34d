/**
 * Authentication: turns a request's headers into a Viewer (or null for an
 * anonymous request). Credentials that are present but wrong are refused,
 * never ignored; with ANONYMOUS_READ=false, so are requests without any.
 */
import type { AuthConfig } from '../config.js';
import { viewerForApiKey } from './api-keys.js';
import { AuthError } from './errors.js';
import { viewerForToken } from './jwt.js';
import type { Viewer } from '../domain/viewer.js';

/** Request headers as Node gives them (lower-case names). */
export type RequestHeaders = Record<string, string | string[] | undefined>;

function single(headers: RequestHeaders, name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  if (Array.isArray(value)) throw new AuthError(`send the ${name} header once`);
  return value;
}

/** The viewer the headers prove, null when they carry no credentials; throws AuthError otherwise. */
export async function authenticate(
  headers: RequestHeaders,
  config: AuthConfig,
): Promise<Viewer | null> {
  const authorization = single(headers, 'authorization');
  const apiKey = single(headers, 'x-api-key');
  if (authorization !== null && apiKey !== null) {
    throw new AuthError('send either an Authorization header or an x-api-key, not both');
  }
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AuthError('the Authorization header must be "Bearer <token>"');
    return viewerForToken(match[1] as string, config);
  }
  if (apiKey !== null) {
    const viewer = viewerForApiKey(apiKey, config.apiKeys);
    if (!viewer) throw new AuthError('the x-api-key is not recognised');
    return viewer;
  }
  if (!config.anonymousRead) {
    throw new AuthError('this service needs credentials: send a Bearer token or an x-api-key');
  }
  return null;
}
