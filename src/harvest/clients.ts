/**
 * The four source clients of one run, sharing one HTTP client (its limits, cache and
 * counters), built from the harvest configuration (src/config.ts).
 */
import type { HarvestConfig } from '../config.js';
import { ResponseCache } from './cache.js';
import { CrossrefClient } from './crossref.js';
import { EuropePmcClient } from './europepmc.js';
import { HttpClient, type HttpOptions } from './http.js';
import { OpenAlexClient } from './openalex.js';
import { S2Client } from './s2.js';

/** One run's clients. */
export interface Clients {
  http: HttpClient;
  openalex: OpenAlexClient;
  s2: S2Client;
  crossref: CrossrefClient;
  europepmc: EuropePmcClient;
}

/** Clients on `config`'s base URLs, caching in `cacheDir`. */
export function makeClients(
  config: HarvestConfig,
  cacheDir: string,
  options: HttpOptions = {},
): Clients {
  const http = new HttpClient({ cache: new ResponseCache(cacheDir), ...options });
  return {
    http,
    openalex: new OpenAlexClient(http, config.openalexUrl, config.mailto),
    s2: new S2Client(http, config.s2Url, config.s2ApiKey),
    crossref: new CrossrefClient(http, config.crossrefUrl, config.mailto),
    europepmc: new EuropePmcClient(http, config.europepmcUrl),
  };
}
