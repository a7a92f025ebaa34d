/**
 * `target.push(...items)` passes every item as an argument and overflows the
 * call stack past ~100k items (an OpenAlex shard's cited-work stubs reach
 * that); this appends in a loop instead.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
