/**
 * When to try a failed request again: jittered exponential backoff ("full jitter": a random
 * wait up to base·2^attempt, capped), and the server's own `Retry-After` (seconds or an HTTP
 * date), which is honoured as the least wait. Pure, so the client's tests can check it.
 */

/** Milliseconds a `Retry-After` header asks for; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The wait before retry number `attempt` (0 for the first retry). */
export function backoffMs(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** attempt));
}

/** True for the statuses worth another try: rate limited, or a server-side failure. */
export function retryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}
