/**
 * Per-file setup of the integration project: after a file's tests, every named
 * query its test executors ran must have been sent exactly the $parameters its
 * Cypher reads (test/helpers/params.ts). Registered last-run, after the file's own
 * afterAll hooks have stopped its servers.
 */
import { afterAll, expect } from 'vitest';
import { paramMismatches } from '../helpers/params.js';

afterAll(() => {
  expect(
    paramMismatches(),
    'named queries sent a $parameter their Cypher does not read, or not sent one it does',
  ).toEqual({});
});
