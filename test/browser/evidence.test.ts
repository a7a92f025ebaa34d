/**
 * The evidence dashboard at GET /evidence in headless Chromium with outside network
 * blocked: the heatmap renders, a click opens the forest plot, a screenshot is kept.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { openOffline, type OfflinePage } from '../helpers/browser.js';
import { useSeededService } from '../helpers/suite.js';

const { server } = useSeededService(loadSeed);
let browser: OfflinePage;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await openOffline();
  browser.page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
});

describe('evidence dashboard', () => {
  it('renders the heatmap from local assets only', async () => {
    const { page, blocked } = browser;
    await page.goto(`${server.url}/evidence`);
    await page.waitForSelector('table.heatmap button.cell', { timeout: 30_000 });
    // 41 cells without roll-up, counted by hand in test/integration/evidence-seed.test.ts.
    expect(await page.locator('table.heatmap button.cell').count()).toBe(41);
    expect(await page.locator('table.heatmap tbody th[scope="row"]').count()).toBe(6);
    const label = await page
      .locator('button.cell[data-i="peer-support-group"][data-o="recovery"]')
      .getAttribute('aria-label');
    expect(label).toBe(
      'Peer support group × Recovery: 0 studies, 1 reviews, single SMD 0.18 (0.07 to 0.29), favours intervention, 0 contrasting statements',
    );
    expect(blocked).toEqual([]);
  });

  it('opens the forest plot with a pooled diamond and the statements of a cell', async () => {
    const { page, blocked } = browser;
    // Roll up: peer-support × recovery then pools Lyons 2021 and Smit 2023 (k = 2).
    await page.check('input[name="rollUp"]');
    const cell = page.locator('button.cell[data-i="peer-support"][data-o="recovery"]');
    await expect
      .poll(async () => (await cell.getAttribute('aria-label')) ?? '')
      .toContain('pooled SMD 0.19');
    await cell.click();
    await page.waitForSelector('#detail svg.forest polygon.pooled-diamond', { timeout: 30_000 });
    expect(await page.locator('#detail svg.forest g.study').count()).toBe(3);
    expect(await page.locator('#detail svg.forest g.study.excluded').count()).toBe(1);
    const het = (await page.locator('#detail .heterogeneity').textContent()) ?? '';
    expect(het).toContain('REML; τ² = 0.00; I² = 0.0%; Q = 0.02 (df 1');
    expect(het).toContain('prediction interval 0.12 to 0.25');
    expect(await page.locator('#detail ul.statements li').count()).toBe(1);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/evidence.png', fullPage: true });
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
