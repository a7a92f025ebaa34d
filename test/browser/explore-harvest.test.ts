/**
 * The explorer's harvest panel in headless Chromium, outside network blocked: a curator
 * opens /explore at a DOI the (empty) graph does not hold, harvests it with their token
 * through startHarvest (the service's APIs are the loopback server of the harvest tests),
 * and the page then draws the DOI's network. A reader's token is refused.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../src/auth/jwt.js';
import { loadConfig } from '../../src/config.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { fixtureWorld } from '../helpers/api-world.js';
import { openOffline, type OfflinePage } from '../helpers/browser.js';
import { testConfig } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { useDatabase } from '../helpers/suite.js';

const SEED = '10.1186/s12888-021-03321-z';
const SECRET = 'explore-harvest-secret-of-32-chars-at-least';
const db = useDatabase();
let api: ApiServer;
let server: TestServer;
let browser: OfflinePage;
const pageErrors: string[] = [];

beforeAll(async () => {
  api = await startApiServer(fixtureWorld());
  const base = testConfig();
  server = await startTestServer(db, {
    auth: { ...base.auth, jwtSecret: SECRET },
    harvest: loadConfig(api.env).harvest,
    embedded: { ...base.embedded, dataDir: mkdtempSync(join(tmpdir(), 'eg-explore-harvest-')) },
  });
  browser = await openOffline();
  browser.page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await api?.close();
});

async function harvestWith(role: 'curator' | 'reader') {
  const { page } = browser;
  await page.goto(`${server.url}/explore?seed=${SEED}`);
  await page.click('#harvest summary');
  expect(await page.inputValue('#harvest-doi')).toBe(SEED);
  await page.fill('#harvest-token', await signDevToken(SECRET, `${role}-1`, role, '10m'));
  await page.check('#harvest-fulltext');
  await page.click('#harvest-form button[type="submit"]');
}

describe('explorer: harvest a DOI, then see its network', () => {
  it("refuses a reader's token", async () => {
    await harvestWith('reader');
    await browser.page.waitForFunction(() => (window as any).__harvest?.error, null, {
      timeout: 30_000,
      polling: 100,
    });
    expect(await browser.page.textContent('#harvest-status')).toMatch(/Could not harvest/);
  });

  it('a curator harvests the DOI and the page draws its network', async () => {
    await harvestWith('curator');
    await browser.page.waitForFunction(() => (window as any).__explorer?.loads >= 1, null, {
      timeout: 60_000,
      polling: 200,
    });
    const drawn = await browser.page.evaluate(() => (window as any).__explorer.cy.nodes().length);
    // The seed, its seven neighbours in the harvest and the full text's extra reference.
    expect(drawn).toBe(9);
    expect(await browser.page.textContent('#harvest-status')).toMatch(
      /Harvested 8 works: 9 papers, 9 citations, 8 statements added/,
    );
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
