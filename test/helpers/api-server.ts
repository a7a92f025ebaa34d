/**
 * A loopback HTTP server (127.0.0.1) standing in for OpenAlex, Semantic Scholar, Crossref
 * and Europe PMC in the harvest tests and bench: it answers from an ApiWorld
 * (api-world.ts), counts every request it receives, and injects faults on request: 429
 * with Retry-After, 500s, slow answers and bodies cut short. Nothing reaches the internet:
 * the tests point OPENALEX_API_URL, S2_API_URL, CROSSREF_API_URL and EUROPEPMC_API_URL here.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiReply, ApiRequest, ApiWorld } from './api-world.js';
import { worldHandler } from './api-world.js';

/** A fault served instead of the answer to the next `times` requests whose path matches. */
export interface Fault {
  path: RegExp;
  kind: '429' | '500' | 'slow' | 'truncate';
  times: number;
  /** 429: the Retry-After header, in seconds. */
  retryAfter?: number;
  /** slow: how long to wait before answering. */
  delayMs?: number;
}

/** The running server. */
export interface ApiServer {
  url: string;
  /** The four base URLs, as environment variables. */
  env: Record<'OPENALEX_API_URL' | 'S2_API_URL' | 'CROSSREF_API_URL' | 'EUROPEPMC_API_URL', string>;
  /** Every request received, in order. */
  requests: ApiRequest[];
  /** Requests received per API (the path's first segment). */
  count(api?: string): number;
  faults: Fault[];
  close(): Promise<void>;
}

/** Starts the server on a free loopback port. */
export async function startApiServer(world: ApiWorld): Promise<ApiServer> {
  const answer = worldHandler(world);
  const requests: ApiRequest[] = [];
  const faults: Fault[] = [];
  // Slow answers still pending when the server closes are dropped, not left to fire later.
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const r: ApiRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
        headers: req.headers,
      };
      requests.push(r);
      const fault = faults.find((f) => f.times > 0 && f.path.test(r.path));
      if (fault) fault.times -= 1;
      const send = (reply: ApiReply, headers: Record<string, string> = {}) => {
        res.writeHead(reply.status, {
          'content-type': reply.type ?? 'application/json',
          ...headers,
        });
        res.end(reply.body);
      };
      if (fault?.kind === '429')
        return send(
          { status: 429, body: '{"message":"Too Many Requests"}' },
          { 'retry-after': String(fault.retryAfter ?? 0) },
        );
      if (fault?.kind === '500') return send({ status: 500, body: '{"message":"oops"}' });
      const reply = answer(r);
      if (fault?.kind === 'slow') {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send(reply);
        }, fault.delayMs ?? 100);
        return void timers.add(timer);
      }
      if (fault?.kind === 'truncate') {
        // Promise the whole body, send half, and hang up: the client sees a cut-off answer.
        res.writeHead(reply.status, { 'content-length': String(Buffer.byteLength(reply.body)) });
        res.write(reply.body.slice(0, Math.floor(reply.body.length / 2)));
        return void res.destroy();
      }
      send(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: {
      OPENALEX_API_URL: `${url}/openalex`,
      S2_API_URL: `${url}/s2`,
      CROSSREF_API_URL: `${url}/crossref`,
      EUROPEPMC_API_URL: `${url}/europepmc`,
    },
    requests,
    count: (api) =>
      api === undefined
        ? requests.length
        : requests.filter((r) => r.path.startsWith(`/${api}/`)).length,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
