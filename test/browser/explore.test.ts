/**
 * The citation-network explorer at GET /explore in headless Chromium with outside network
 * blocked: the neighbourhood of Lyons 2021 renders, clicking a paper shows its statements,
 * the download links carry the view's parameters, and a screenshot is kept.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load.js';
import { openOffline, type OfflinePage } from '../helpers/browser.js';
import { useSeededService } from '../helpers/suite.js';

const { db, server } = useSeededService(loadSeed);
let browser: OfflinePage;
const pageErrors: string[] = [];
const SEED = 'lyons-2021';

/** Read straight from the graph, not through the network code under test. */
async function neighbourCount(): Promise<number> {
  const [row] = await db.read(
    {
      name: 'test.neighbours',
      text: 'MATCH (:Paper {id: $id})-[:CITES]-(o:Paper) RETURN count(DISTINCT o) AS n',
    },
    { id: SEED },
  );
  return row?.n as number;
}

async function statementAboutSeed(): Promise<string> {
  const [row] = await db.read(
    {
      name: 'test.statementAbout',
      text: 'MATCH (s:Statement)-[:REFERS_TO]->(:Paper {id: $id}) RETURN s.text AS text ORDER BY s.id LIMIT 1',
    },
    { id: SEED },
  );
  return row?.text as string;
}

beforeAll(async () => {
  browser = await openOffline();
  browser.page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
});

describe('network explorer', () => {
  it('renders the neighbourhood of Lyons 2021 from local assets only', async () => {
    const { page, blocked } = browser;
    await page.goto(`${server.url}/explore?seed=${SEED}`);
    await page.waitForFunction(() => (window as any).__explorer?.loads >= 1, null, {
      timeout: 30_000,
      polling: 200,
    });
    const neighbours = await neighbourCount();
    expect(neighbours).toBeGreaterThanOrEqual(1);
    const drawn = await page.evaluate(() => {
      const cy = (window as any).__explorer.cy;
      return {
        nodes: cy.nodes().map((n: any) => n.id()),
        edges: cy.edges().length,
        seedDepth: cy.getElementById('lyons-2021').data('depth'),
        colours: cy.edges().map((e: any) => e.style('line-color')),
      };
    });
    expect(drawn.nodes).toContain(SEED);
    expect(drawn.nodes).toHaveLength(1 + neighbours);
    expect(drawn.edges).toBeGreaterThanOrEqual(neighbours);
    expect(drawn.seedDepth).toBe(0);
    for (const c of drawn.colours) expect(c).toMatch(/^rgb/);
    expect(await page.textContent('#status')).toContain(`${1 + neighbours} papers`);
    const graphml = await page.getAttribute('#dl-graphml', 'href');
    expect(graphml).toBe(
      '/export/network.graphml?seed=lyons-2021&depth=1&direction=BOTH&limit=200',
    );
    expect(await page.getAttribute('#dl-gexf', 'href')).toContain(
      '/export/network.gexf?seed=lyons-2021',
    );
    expect(blocked).toEqual([]);
  });

  it('shows the statements of a clicked paper', async () => {
    const { page, blocked } = browser;
    const point = await page.evaluate(() => {
      const cy = (window as any).__explorer.cy;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById('lyons-2021').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#panel li.statement', { timeout: 30_000 });
    const expected = await statementAboutSeed();
    const panel = (await page.textContent('#panel')) ?? '';
    expect(panel).toContain('Statements about this paper');
    expect(panel).toContain(expected.slice(0, 60));
    expect(await page.locator('#panel li.statement .meta').first().textContent()).toMatch(
      /(supporting|mentioning|contrasting|unclassified) · (introduction|methods|results|discussion|conclusion|other)/,
    );
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/explore.png', fullPage: true });
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('reloads with filters and a download link that carries them', async () => {
    const { page } = browser;
    await page.check('input[name="polarity"][value="SUPPORTING"]');
    await page.selectOption('select[name="depth"]', '2');
    const before = await page.evaluate(() => (window as any).__explorer.loads);
    await page.click('#filters button[type="submit"]');
    await page.waitForFunction((n) => (window as any).__explorer.loads > n, before, {
      timeout: 30_000,
      polling: 200,
    });
    expect(await page.getAttribute('#dl-graphml', 'href')).toBe(
      '/export/network.graphml?seed=lyons-2021&depth=2&direction=BOTH&limit=200&polarity=SUPPORTING',
    );
    const res = await fetch(`${server.url}${await page.getAttribute('#dl-graphml', 'href')}`);
    expect(res.status).toBe(200);
    const nodes = await page.evaluate(() => (window as any).__explorer.cy.nodes().length);
    expect((await res.text()).match(/<node /g)?.length).toBe(nodes);
  });
});
