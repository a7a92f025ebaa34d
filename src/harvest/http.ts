/**
 * The one HTTP client of the harvest (Node's fetch): a concurrency limit per host (p-limit),
 * a timeout per attempt, retries with jittered exponential backoff on 429, 5xx, network
 * errors and bodies that do not parse (a truncated answer), honouring `Retry-After`, and
 * the response cache in front of it all. Everything it does is counted, per source, for the
 * run's summary. A request that fails for good throws HarvestRequestError.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { backoffMs, retryableStatus, retryAfterMs } from './backoff.js';
import type { ResponseCache } from './cache.js';
import { HarvestRequestError, OFFLINE_MISS } from './errors.js';
import { perSource, type SourceName } from './sources.js';

/** How the client behaves; every field has a polite default. */
export interface HttpOptions {
  /** Requests in flight per host. */
  concurrency?: Partial<Record<SourceName, number>>;
  timeoutMs?: number;
  /** Retries after the first attempt. */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited out: the request fails. */
  maxRetryAfterMs?: number;
  cache?: ResponseCache;
  /** Answer from the cache only; a miss is a HarvestRequestError. */
  offline?: boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** One request of a source client. */
export interface HttpRequest {
  source: SourceName;
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

/** What the client did, for the summary. */
export interface HttpStats {
  /** Requests sent over the network (each retry counts), per source. */
  requests: Record<SourceName, number>;
  cacheHits: number;
  retries: number;
}

/** An answer: 200 with its parsed body, or 404 (null): the API holds no such thing. */
export type Answer<T> = T | null;

const DEFAULT_CONCURRENCY: Record<SourceName, number> = {
  openalex: 6,
  s2: 2,
  crossref: 4,
  europepmc: 4,
};

const sleeper = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The harvest's HTTP client; one per run, shared by the four source clients. */
export class HttpClient {
  readonly stats: HttpStats = { requests: perSource(), cacheHits: 0, retries: 0 };
  private limits = new Map<string, LimitFunction>();
  private readonly o: Required<Omit<HttpOptions, 'cache' | 'concurrency'>> & HttpOptions;

  constructor(options: HttpOptions = {}) {
    this.o = {
      timeoutMs: 30_000,
      retries: 5,
      baseDelayMs: 500,
      maxDelayMs: 30_000,
      maxRetryAfterMs: 120_000,
      offline: false,
      sleep: sleeper,
      random: Math.random,
      ...options,
    };
  }

  private limit(req: HttpRequest): LimitFunction {
    const host = new URL(req.url).host;
    let limit = this.limits.get(host);
    if (!limit) {
      const n = this.o.concurrency?.[req.source] ?? DEFAULT_CONCURRENCY[req.source];
      limit = pLimit(n);
      this.limits.set(host, limit);
    }
    return limit;
  }

  /**
   * The answer to `req`, parsed by `parse` (which throws on a body it cannot read, and the
   * request is retried). From the cache when it holds one; a fetched answer is cached.
   */
  async fetch<T>(req: HttpRequest, parse: (body: string) => T): Promise<Answer<T>> {
    const key = { source: req.source, method: req.method ?? 'GET', url: req.url, body: req.body };
    const cached = await this.o.cache?.get(key);
    if (cached) {
      this.stats.cacheHits += 1;
      return cached.status === 404 ? null : parse(cached.body);
    }
    if (this.o.offline) throw new HarvestRequestError(req.source, req.url, OFFLINE_MISS);
    const got = await this.limit(req)(() => this.attempts(req, parse));
    await this.o.cache?.put(key, { status: got.status, body: got.body });
    return got.value;
  }

  private async attempts<T>(
    req: HttpRequest,
    parse: (body: string) => T,
  ): Promise<{ status: number; body: string; value: Answer<T> }> {
    for (let attempt = 0; ; attempt += 1) {
      let why: string;
      let wait: number | null = null;
      this.stats.requests[req.source] += 1;
      try {
        const res = await fetch(req.url, {
          method: req.method ?? 'GET',
          headers: { accept: 'application/json, application/xml;q=0.9', ...req.headers },
          body: req.body,
          signal: AbortSignal.timeout(this.o.timeoutMs),
        });
        if (res.status === 404) {
          await res.body?.cancel();
          return { status: 404, body: '', value: null };
        }
        if (res.ok) {
          const body = await res.text();
          try {
            return { status: 200, body, value: parse(body) };
          } catch (err) {
            why = `unreadable answer: ${(err as Error).message}`;
          }
        } else {
          await res.body?.cancel();
          why = `HTTP ${res.status}`;
          if (!retryableStatus(res.status)) throw new HarvestRequestError(req.source, req.url, why);
          wait = retryAfterMs(res.headers.get('retry-after'));
          if (wait !== null && wait > this.o.maxRetryAfterMs)
            throw new HarvestRequestError(req.source, req.url, `${why}, retry after ${wait} ms`);
        }
      } catch (err) {
        if (err instanceof HarvestRequestError) throw err;
        const e = err as Error & { cause?: { code?: string } };
        why = e.name === 'TimeoutError' ? `timed out after ${this.o.timeoutMs} ms` : e.message;
        if (e.cause?.code) why = `${why} (${e.cause.code})`;
      }
      if (attempt >= this.o.retries)
        throw new HarvestRequestError(req.source, req.url, `${why}, after ${attempt + 1} tries`);
      this.stats.retries += 1;
      const backoff = backoffMs(attempt, this.o.baseDelayMs, this.o.maxDelayMs, this.o.random);
      await this.o.sleep(Math.max(wait ?? 0, backoff));
    }
  }
}

/** JSON.parse as a `parse` function: a truncated body throws, and is retried. */
export const json = (body: string): unknown => JSON.parse(body) as unknown;

/** A JATS article as it is; a body that stops before </article> is refused as truncated. */
export const article = (body: string): string => {
  if (!body.includes('</article>')) throw new Error('no </article>: truncated, or not JATS');
  return body;
};
