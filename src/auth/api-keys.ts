/**
 * API keys for scripts (`x-api-key` header). Every configured key is compared,
 * in constant time over SHA-256 digests, so neither the position of a match nor
 * the length of a near-miss shows in the response time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyEntry } from '../config.js';
import type { Viewer } from '../domain/viewer.js';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** The viewer an API key maps to, or null when no configured key matches. */
export function viewerForApiKey(presented: string, keys: readonly ApiKeyEntry[]): Viewer | null {
  const given = digest(presented);
  let found: ApiKeyEntry | null = null;
  for (const entry of keys) {
    // No early exit: the loop takes the same time wherever the match is.
    if (timingSafeEqual(given, digest(entry.key)) && found === null) found = entry;
  }
  return found ? { id: found.user, role: found.role, via: 'api-key' } : null;
}
