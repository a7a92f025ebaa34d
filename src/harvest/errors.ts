/**
 * Why a harvest request gave no answer: the source, the request and the reason, so that a
 * run can go on with the other sources and list each failure by source (exit 3). A miss in
 * the cache of an --offline run is one of these too, with its own reason.
 */
import type { SourceName } from './sources.js';

/** A request that failed for good: retries spent, a status that is not retried, or offline. */
export class HarvestRequestError extends Error {
  override readonly name = 'HarvestRequestError';
  constructor(
    readonly source: SourceName,
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason} (${url})`);
  }
}

/** The reason an --offline run gives for a request its cache does not hold. */
export const OFFLINE_MISS = 'not in the cache, and --offline forbids asking the API';
