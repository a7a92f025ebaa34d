/**
 * The on-disk response cache of the harvest: one file per request, keyed by a hash of the
 * method, the URL and the body, with the identification parameters (`mailto`) left out of
 * the key, so a rerun, or an --offline run, finds what an earlier run fetched whoever ran
 * it. Files are written to a temporary name and renamed, so a run killed mid-write leaves
 * no half response behind; only answers that parsed are stored (see http.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceName } from './sources.js';

/** A stored answer: the status (200, or 404 for "the API has no such work") and the body. */
export interface CachedResponse {
  status: number;
  body: string;
}

/** What identifies a request in the cache. */
export interface CacheKey {
  source: SourceName;
  method: string;
  url: string;
  body?: string;
}

/** Query parameters that identify the caller, not the request. */
const IDENTIFICATION = ['mailto'];

function keyOf(req: CacheKey): string {
  const url = new URL(req.url);
  for (const p of IDENTIFICATION) url.searchParams.delete(p);
  // The origin is left out too: a mirror serves the same answers as the API it mirrors.
  const what = JSON.stringify([req.method, url.pathname + url.search, req.body ?? '']);
  return createHash('sha256').update(what).digest('hex');
}

/** A directory of cached responses, one subfolder per source. */
export class ResponseCache {
  private tmp = 0;
  constructor(readonly dir: string) {}

  private file(req: CacheKey): string {
    const key = keyOf(req);
    return path.join(this.dir, req.source, key.slice(0, 2), `${key}.json`);
  }

  /** The stored answer to `req`, or null when there is none (or it cannot be read). */
  async get(req: CacheKey): Promise<CachedResponse | null> {
    try {
      const stored = JSON.parse(await readFile(this.file(req), 'utf8')) as CachedResponse;
      return typeof stored.body === 'string' && typeof stored.status === 'number' ? stored : null;
    } catch {
      return null;
    }
  }

  /** Stores the answer to `req` whole or not at all. */
  async put(req: CacheKey, response: CachedResponse): Promise<void> {
    const file = this.file(req);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${(this.tmp += 1)}.tmp`;
    await writeFile(tmp, JSON.stringify({ url: req.url, ...response }));
    await rename(tmp, file);
  }
}
