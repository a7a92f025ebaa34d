/**
 * The explorer page's route without a database: every script the page names is served, in the
 * order the namespace needs (state.js first, then explore.js, then the harvest panel, which
 * uses its extension API, then extensions of the caller's), and the page keeps its
 * Content-Security-Policy of 'self'.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreRoutes } from '../../src/server/routes/explore.js';

let url = '';
let close: () => void = () => {};

beforeAll(async () => {
  const app = express();
  app.use(exploreRoutes('/graphql', [{ script: '/assets/harvest/form.js' }]));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe('GET /explore', () => {
  it('names its scripts in load order, extensions last, and serves each', async () => {
    const res = await fetch(`${url}/explore`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const scripts = [...(await res.text()).matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts[0]).toBe('/assets/explore/cytoscape.min.js');
    expect(scripts[1]).toBe('/assets/shared/dom.js');
    expect(scripts[2]).toBe('/assets/explore/state.js');
    expect(scripts.at(-3)).toBe('/assets/explore/explore.js');
    expect(scripts.at(-2)).toBe('/assets/explore/harvest.js');
    expect(scripts.at(-1)).toBe('/assets/harvest/form.js');
    for (const src of scripts.filter((s) => s.startsWith('/assets/explore/'))) {
      const asset = await fetch(`${url}${src}`);
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('content-type'), src).toMatch(/javascript/);
    }
    expect((await fetch(`${url}/assets/explore/explore.css`)).status).toBe(200);
    expect((await fetch(`${url}/assets/explore/nope.js`)).status).toBe(404);
  });
});
