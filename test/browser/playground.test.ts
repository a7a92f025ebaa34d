/**
 * The GraphQL IDE at GET /graphql works with no outside network: it loads
 * from local assets, runs a query, and shows the result.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { openOffline, type OfflinePage } from '../helpers/browser.js';
import { useSeededService } from '../helpers/suite.js';

const { server } = useSeededService(loadSeed);
let browser: OfflinePage;

beforeAll(async () => {
  browser = await openOffline();
});
afterAll(async () => {
  await browser?.close();
});

describe('GraphQL IDE', () => {
  it('runs a query offline and shows the result', async () => {
    const { page, blocked } = browser;
    await page.goto(`${server.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    // The first example tab is preloaded; run it with the execute button.
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window');
    await expect
      .poll(async () => (await result.textContent()) ?? '', { timeout: 30_000 })
      .toContain('BMC Psychiatry');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('"citingPublications": 78');
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/playground.png' });
    expect(blocked).toEqual([]);
  });

  it('shows the schema docs', async () => {
    const { page } = browser;
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    await expect
      .poll(async () => (await page.locator('.graphiql-doc-explorer').textContent()) ?? '')
      .toContain('Query');
  });
});
