/**
 * The harvest's HTTP client against the loopback API server: what it retries (429 with
 * Retry-After honoured as the least wait, 500, a cut-off body) and what it does not (400),
 * what it counts, the cache in front of it (a second ask is a hit, --offline a clear miss),
 * and the backoff arithmetic.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs, retryAfterMs } from '../../../src/harvest/backoff.js';
import { ResponseCache } from '../../../src/harvest/cache.js';
import { HarvestRequestError } from '../../../src/harvest/errors.js';
import { HttpClient, json } from '../../../src/harvest/http.js';
import { Journal } from '../../../src/harvest/journal.js';
import { startApiServer, type ApiServer } from '../../helpers/api-server.js';
import { fixtureWorld } from '../../helpers/api-world.js';

const SEED = '10.1186/s12888-021-03321-z';
let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer(fixtureWorld());
});
afterAll(() => api.close());

const workUrl = () => `${api.env.CROSSREF_API_URL}/works/${encodeURIComponent(SEED)}`;

function client(extra: ConstructorParameters<typeof HttpClient>[0] = {}) {
  const waits: number[] = [];
  const http = new HttpClient({
    baseDelayMs: 8,
    maxDelayMs: 1000,
    retries: 3,
    random: () => 1,
    sleep: async (ms) => void waits.push(ms),
    ...extra,
  });
  return { http, waits };
}

describe('HttpClient', () => {
  it('retries 429 after Retry-After (at least), then 500 and a cut-off body with backoff, counting each', async () => {
    const { http, waits } = client();
    api.faults.push(
      { path: /^\/crossref\//, kind: '429', retryAfter: 2, times: 1 },
      { path: /^\/crossref\//, kind: '500', times: 1 },
      { path: /^\/crossref\//, kind: 'truncate', times: 1 },
    );
    const got = (await http.fetch({ source: 'crossref', url: workUrl() }, json)) as any;
    expect(got.message.DOI).toBe(SEED);
    expect(waits).toEqual([2000, 16, 32]);
    expect(http.stats).toEqual({
      requests: { openalex: 0, s2: 0, crossref: 4, europepmc: 0 },
      cacheHits: 0,
      retries: 3,
    });
  });

  it('gives up after its retries, naming the source, the status and the tries', async () => {
    const { http } = client();
    api.faults.push({ path: /^\/crossref\//, kind: '500', times: 10 });
    const err = await http
      .fetch({ source: 'crossref', url: workUrl() }, json)
      .catch((e: unknown) => e as Error);
    api.faults.length = 0;
    expect(err).toBeInstanceOf(HarvestRequestError);
    expect((err as Error).message).toMatch(/^crossref: HTTP 500, after 4 tries/);
  });

  it('does not retry a client error, and answers null for 404', async () => {
    const { http } = client();
    const missing = `${api.env.CROSSREF_API_URL}/works/10.5555%2Fnone`;
    expect(await http.fetch({ source: 'crossref', url: missing }, json)).toBeNull();
    expect(http.stats.retries).toBe(0);
    const badPath = `${api.url}/nowhere`;
    api.faults.length = 0;
    // An unknown API path is a 404 too: nothing to retry.
    expect(await http.fetch({ source: 'openalex', url: badPath }, json)).toBeNull();
  });

  it('answers from the cache once it holds the answer; offline, a miss is a clear error', async () => {
    const cache = new ResponseCache(mkdtempSync(join(tmpdir(), 'eg-http-cache-')));
    const first = client({ cache });
    const before = api.count('crossref');
    await first.http.fetch({ source: 'crossref', url: `${workUrl()}?mailto=a@b.org` }, json);
    // The mailto is no part of the key, nor the origin.
    const offline = client({ cache, offline: true });
    const again = (await offline.http.fetch(
      { source: 'crossref', url: workUrl().replace(api.url, 'http://mirror.invalid') },
      json,
    )) as any;
    expect(again.message.DOI).toBe(SEED);
    expect(api.count('crossref')).toBe(before + 1);
    expect(offline.http.stats.cacheHits).toBe(1);
    const miss = await offline.http
      .fetch({ source: 'openalex', url: `${api.url}/openalex/works/doi:10.5555/x` }, json)
      .catch((e: unknown) => e as Error);
    expect((miss as Error).message).toMatch(/^openalex: not in the cache, and --offline forbids/);
  });
});

describe('backoff', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('doubles its ceiling per attempt up to the cap, jittered below it', () => {
    expect([0, 1, 2, 3, 10].map((a) => backoffMs(a, 100, 1000, () => 1))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    expect(backoffMs(3, 100, 1000, () => 0.5)).toBe(400);
  });
});

describe('Journal', () => {
  it('remembers finished steps across opens, ignores a cut-off line, and is gone once closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-journal-'));
    const a = await Journal.open(dir, { plan: 1 });
    await a.mark('papers:abc');
    const { appendFile } = await import('node:fs/promises');
    await appendFile(a.file, '{"done":"s2-ed');
    const b = await Journal.open(dir, { plan: 1 });
    expect([b.has('papers:abc'), b.has('s2-ed'), b.size]).toEqual([true, false, 1]);
    expect((await Journal.open(dir, { plan: 2 })).size).toBe(0);
    await b.close();
    expect((await Journal.open(dir, { plan: 1 })).size).toBe(0);
  });
});
