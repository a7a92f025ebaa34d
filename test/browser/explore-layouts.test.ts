/**
 * The explorer's layouts, encodings and map tools in headless Chromium (outside network
 * blocked) on the hand-built two-community scenario (test/scenarios/explorer.ts), whose answers
 * are known: axis positions ordered by year and by the chosen measure, the similarity lists
 * equal to the API's coCited/coupled, Louvain clusters equal to the two communities, expansion
 * adding exactly a paper's neighbours, a shared URL reproducing the view, a citation path, and
 * the detail panel grouping statements by polarity with their label source. Screenshots of each
 * layout go to test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOffline, type OfflinePage } from '../helpers/browser.js';
import { batchScenario, useSeededService } from '../helpers/suite.js';
import {
  CITATIONS_IN_GRAPH,
  REFERENCES,
  YEAR,
  explorerScenario,
  xid,
} from '../scenarios/explorer.js';

const { db, server } = useSeededService(
  batchScenario(explorerScenario, { file: 'explorer', classify: true }),
);
let browser: OfflinePage;
const pageErrors: string[] = [];
const key = (id: string) => id.replace(/^exp-/, '');

interface Drawn {
  id: string;
  x: number;
  y: number;
  colour: string;
  size: number;
  cluster: number | null;
}

async function open(query: string): Promise<void> {
  const { page } = browser;
  await page.goto(`${server.url}/explore?${query}`);
  await page.waitForFunction(() => (window as any).__explorer?.loads >= 1, null, {
    timeout: 30_000,
    polling: 100,
  });
  expect(await page.evaluate(() => (window as any).__explorer.error)).toBeNull();
}

/** Runs `act` and waits until the explorer has drawn again. */
async function after(act: () => Promise<unknown>): Promise<void> {
  const { page } = browser;
  const before = await page.evaluate(() => (window as any).__explorer.loads);
  await act();
  await page.waitForFunction((n) => (window as any).__explorer.loads > n, before, {
    timeout: 30_000,
    polling: 100,
  });
}

async function drawn(): Promise<Drawn[]> {
  return browser.page.evaluate(() =>
    (window as any).__explorer.X.cy.nodes().map((n: any) => ({
      id: n.id(),
      x: n.position('x'),
      y: n.position('y'),
      colour: n.data('colour'),
      size: n.data('size'),
      cluster: n.data('cluster') ?? null,
    })),
  );
}

const ids = (nodes: Drawn[]) => nodes.map((n) => key(n.id)).sort();

/** x strictly follows year; y strictly follows `measure`, higher values higher up. */
function expectAxisOrder(nodes: Drawn[], measure: Record<string, number>): void {
  for (const a of nodes) {
    for (const b of nodes) {
      if (YEAR[key(a.id)]! < YEAR[key(b.id)]!) expect(a.x).toBeLessThan(b.x);
      const [ma, mb] = [measure[key(a.id)]!, measure[key(b.id)]!];
      if (ma > mb) expect(a.y).toBeLessThan(b.y);
      if (ma === mb) expect(a.y).toBeCloseTo(b.y, 6);
    }
  }
}

async function shot(name: string): Promise<void> {
  mkdirSync('test-artifacts', { recursive: true });
  await browser.page.screenshot({ path: `test-artifacts/explore-${name}.png`, fullPage: false });
}

async function selectRow(id: string): Promise<void> {
  await browser.page.click(`#papers tr[data-id="${id}"]`);
  await browser.page.waitForSelector(`#panel h2#panel-title`, { timeout: 30_000 });
}

beforeAll(async () => {
  browser = await openOffline();
  browser.page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
});

describe('explorer layouts', () => {
  it('axis layout (the default): x by year, y by citations, then by references', async () => {
    await open(`seed=${xid('a1')}&depth=2`);
    const nodes = await drawn();
    expect(ids(nodes)).toEqual(Object.keys(YEAR).sort());
    expectAxisOrder(nodes, CITATIONS_IN_GRAPH);
    expect(await browser.page.textContent('#axes')).toContain('2019');
    await shot('axis');

    await after(() => browser.page.selectOption('#view select[name="y"]', 'references'));
    expectAxisOrder(await drawn(), REFERENCES);
    expect(browser.page.url()).toContain('y=references');
    expect(await browser.page.textContent('#axes')).toContain('references in the graph');
  });

  it('force layout keeps the pinned seed at the centre', async () => {
    await after(() => browser.page.selectOption('#view select[name="layout"]', 'force'));
    const nodes = await drawn();
    const seed = nodes.find((n) => n.id === xid('a1'))!;
    expect([seed.x, seed.y]).toEqual([0, 0]);
    expect(await browser.page.isHidden('#axes')).toBe(true);
    await shot('force');
  });

  it('colours clusters as the two hand-built communities', async () => {
    await after(() => browser.page.selectOption('#view select[name="colour"]', 'cluster'));
    const nodes = await drawn();
    const cluster = (k: string) => nodes.find((n) => n.id === xid(k))!.cluster;
    for (const k of ['b1', 'b2', 'b3', 'b4', 'b5']) expect(cluster(k)).toBe(0);
    for (const k of ['a1', 'a2', 'a3', 'a4']) expect(cluster(k)).toBe(1);
    const colour = (k: string) => nodes.find((n) => n.id === xid(k))!.colour;
    expect(colour('a1')).not.toBe(colour('b1'));
    expect(await browser.page.textContent('#legend')).toMatch(/cluster.*1 \(5\).*2 \(4\)/);
    await shot('clusters');
  });

  it('similarity view lists prior and derivative works as coCited and coupled rank them', async () => {
    await open(`seed=${xid('a2')}&layout=similarity`);
    const res = await server.gql(
      `query($id: ID!) { paper(id: $id) { coCited(first: 15) { paper { id } } coupled(first: 15) { paper { id } } } }`,
      { id: xid('a2') },
    );
    const api = res.data as any;
    const list = (sel: string) =>
      browser.page.$$eval(`${sel} li button`, (bs) => bs.map((b) => b.getAttribute('data-id')));
    const prior = await list('#prior');
    const derivative = await list('#derivative');
    expect(prior).toEqual(api.paper.coCited.map((r: any) => r.paper.id));
    expect(derivative).toEqual(api.paper.coupled.map((r: any) => r.paper.id));
    expect(prior.map((id) => key(id!))).toEqual(['a1', 'a3']);
    expect(derivative.map((id) => key(id!))).toEqual(['a3', 'a4', 'b2']);
    expect(ids(await drawn())).toEqual(['a1', 'a2', 'a3', 'a4', 'b2']);
    await shot('similarity');
  });
});

describe('working with the map', () => {
  let shared = '';

  it('expanding a node adds exactly its neighbours', async () => {
    await open(`seed=${xid('a1')}`);
    const before = ids(await drawn());
    expect(before).toEqual(['a1', 'a2', 'a3', 'a4', 'b2']);
    const rows = await db.read(
      {
        name: 'test.neighbours',
        text: 'MATCH (:Paper {id: $id})-[:CITES]-(o:Paper) RETURN collect(DISTINCT o.id) AS ids',
      },
      { id: xid('b2') },
    );
    const neighbours = (rows[0]!.ids as string[]).map(key);
    await selectRow(xid('b2'));
    await after(() => browser.page.click('#panel button:text("Expand")'));
    const afterIds = ids(await drawn());
    expect(afterIds.filter((k) => !before.includes(k))).toEqual(
      neighbours.filter((k) => !before.includes(k)).sort(),
    );
    expect(afterIds.filter((k) => !before.includes(k))).toEqual(['b1', 'b3', 'b4', 'b5']);
    expect(browser.page.url()).toContain(`expand=${xid('b2')}`);
  });

  it('a shared URL reproduces the view', async () => {
    const { page } = browser;
    await selectRow(xid('a3'));
    await after(() => page.click('#panel button:text("Remove")'));
    await after(() => page.selectOption('#view select[name="colour"]', 'cluster'));
    await page.selectOption('#view select[name="size"]', 'fixed');
    await after(() => page.selectOption('#view select[name="y"]', 'inMap'));
    await selectRow(xid('b4'));
    shared = page.url();
    const view = async () => ({
      nodes: (await drawn()).sort((a, b) => (a.id < b.id ? -1 : 1)),
      edges: await page.evaluate(() =>
        (window as any).__explorer.X.cy
          .edges()
          .map((e: any) => e.id())
          .sort(),
      ),
      selected: await page.evaluate(() =>
        (window as any).__explorer.X.cy.$(':selected').map((n: any) => n.id()),
      ),
      controls: await page.$$eval('#view select', (ss) =>
        ss.map((s) => (s as HTMLSelectElement).value),
      ),
      legend: await page.textContent('#legend'),
    });
    const original = await view();
    expect(original.nodes.map((n) => key(n.id))).not.toContain('a3');
    expect(original.controls).toEqual(['axis', 'inMap', 'fixed', 'cluster']);
    expect(original.selected).toEqual([xid('b4')]);

    await page.goto('about:blank');
    await page.goto(shared);
    await page.waitForFunction(() => (window as any).__explorer?.loads >= 1, null, {
      timeout: 30_000,
      polling: 100,
    });
    await page.waitForSelector('#panel h2#panel-title');
    expect(await view()).toEqual(original);
  });

  it('highlights the citation path between two chosen papers', async () => {
    const { page } = browser;
    await selectRow(xid('b5'));
    await page.click('#panel button:text("Path from here")');
    await selectRow(xid('a1'));
    await page.click('#panel button:text("Path to here")');
    await page.waitForFunction(() => (window as any).__explorer.X.model.path, null, {
      timeout: 30_000,
    });
    const res = await server.gql(
      `{ citationPath(from: "${xid('b5')}", to: "${xid('a1')}") { id } }`,
    );
    const api = (res.data as any).citationPath.map((p: any) => p.id);
    expect(api.map(key)).toEqual(['b5', 'b2', 'a1']);
    const onPath = await page.evaluate(() => {
      const cy = (window as any).__explorer.X.cy;
      return {
        nodes: cy.nodes('.on-path').map((n: any) => n.id()),
        edges: cy.edges('.on-path').length,
      };
    });
    expect(onPath.nodes.sort()).toEqual([...api].sort());
    expect(onPath.edges).toBe(2);
    expect(page.url()).toContain(`path=${encodeURIComponent(`${xid('b5')},${xid('a1')}`)}`);
  });

  it('the detail panel groups statements by polarity with their label source', async () => {
    const { page } = browser;
    await open(`seed=${xid('a1')}&sel=${xid('a1')}`);
    await page.waitForSelector('#panel .polarity-group', { timeout: 30_000 });
    const res = await server.gql(
      `{ statements(where: { cited: "${xid('a1')}" }, first: 100) { edges { node { text polarity polaritySource } } } }`,
    );
    const api = (res.data as any).statements.edges.map((e: any) => e.node);
    const groups = await page.$$eval('#panel section.polarity-group', (ss) =>
      ss
        .filter((s) => s.querySelector('h4')!.id.startsWith('st-citing'))
        .map((s) => ({
          polarity: s.getAttribute('data-polarity'),
          items: Array.from(s.querySelectorAll('li.statement')).map((li) => ({
            text: li.querySelector('q')!.textContent,
            source: li.querySelector('.label-source')!.getAttribute('data-source'),
            label: li.querySelector('.label-source')!.textContent,
          })),
        })),
    );
    const order = ['SUPPORTING', 'CONTRASTING', 'MENTIONING', 'UNCLASSIFIED'];
    const expected = order
      .map((polarity) => ({
        polarity,
        items: api
          .filter((s: any) => s.polarity === polarity)
          .map((s: any) => ({ text: s.text, source: s.polaritySource ?? '' })),
      }))
      .filter((g) => g.items.length > 0);
    expect(
      groups.map((g) => ({
        polarity: g.polarity,
        items: g.items
          .map(({ text, source }) => ({ text, source }))
          .sort((a, b) => (a.text! < b.text! ? -1 : 1)),
      })),
    ).toEqual(
      expected.map((g) => ({
        ...g,
        items: g.items.sort((a: any, b: any) => (a.text < b.text ? -1 : 1)),
      })),
    );
    const labels = groups.flatMap((g) => g.items);
    // Four statements labelled by their source, one by the classifier at import.
    expect(labels.filter((l) => l.source === 'SOURCE')).toHaveLength(4);
    const model = labels.filter((l) => l.source === 'MODEL');
    expect(model).toHaveLength(1);
    expect(model[0]!.text).toBe('These results are consistent with a1.');
    expect(model[0]!.label).toMatch(/polarity by the classifier \S+@\d/);
    expect(await page.textContent('#panel')).toContain('Author A1');
    expect(await page.getAttribute('#panel a[href^="https://doi.org/"]', 'href')).toBe(
      'https://doi.org/10.5555/exp.a1',
    );
    expect(await page.textContent('#panel')).toContain('Explorer peer support');
    expect(await page.locator('#panel .tally-bar .seg').count()).toBeGreaterThanOrEqual(2);
    await shot('panel');
  });

  it('hovering an edge shows its sentences; the list is keyboard driven and synced', async () => {
    const { page } = browser;
    const point = await page.evaluate(() => {
      const cy = (window as any).__explorer.X.cy;
      const box = cy.container().getBoundingClientRect();
      const m = cy.getElementById('exp-a2\u2192exp-a1').renderedMidpoint();
      return { x: box.left + m.x, y: box.top + m.y };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector('#edge-tip:not([hidden]) q', { timeout: 30_000 });
    expect(await page.textContent('#edge-tip')).toContain('Paper a2 repeats the finding of a1.');

    await page.click('#papers th[data-key="year"] button');
    expect(await page.getAttribute('#papers th[data-key="year"]', 'aria-sort')).toBe('descending');
    const order = await page.$$eval('#papers tbody tr', (rs) =>
      rs.map((r) => r.getAttribute('data-id')),
    );
    expect(order.map((id) => key(id!))).toEqual(['a4', 'a3', 'b2', 'a2', 'a1']);
    await page.focus('#papers tbody tr:first-child');
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() =>
        (window as any).__explorer.X.cy.nodes('.hovered').map((n: any) => n.id()),
      ),
    ).toEqual([xid('a3')]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__explorer.X.state.sel === 'exp-a3');
    expect(await page.getAttribute(`#papers tr[data-id="${xid('a3')}"]`, 'aria-selected')).toBe(
      'true',
    );
    const nodePoint = await page.evaluate(() => {
      const cy = (window as any).__explorer.X.cy;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById('exp-a2').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(nodePoint.x, nodePoint.y);
    await page.waitForSelector(`#papers tr.hovered[data-id="${xid('a2')}"]`, { timeout: 10_000 });
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('downloads the picture as SVG and PNG', async () => {
    const { page } = browser;
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('#dl-svg')]);
    expect(svgFile.suggestedFilename()).toBe('network.svg');
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    const counts = await page.evaluate(() => {
      const cy = (window as any).__explorer.X.cy;
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    });
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<circle /g)).toHaveLength(counts.nodes);
    expect(svg.match(/<line /g)).toHaveLength(counts.edges);
    expect(svg).toContain('<title>Explorer paper A1</title>');
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('#dl-png')]);
    expect(pngFile.suggestedFilename()).toBe('network.png');
    const png = readFileSync((await pngFile.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
