/**
 * `evidence-graph export` run as a user runs it (in-process through the bin's own run(),
 * see test/helpers/cli.ts) against the test database: every format
 * written to files round-trips through an independent parser with the scenario's counts and
 * attributes; bad options exit non-zero and say what is wrong.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AWKWARD_TITLE, AWKWARD_TITLE_XML, networkScenario } from '../scenarios/network.js';
import { expectScenarioExport } from '../scenarios/network-expect.js';
import { readCsv, readCytoscape, readGexf, readGraphml } from '../scenarios/network-formats.js';
import { runCli } from '../helpers/cli.js';
import { batchScenario, useDatabase } from '../helpers/suite.js';

const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));

const cli = (...args: string[]) => runCli(['export', ...args]);

const file = (name: string) => readFileSync(join(dir, name), 'utf8');
const DEPTHS = { a: 0, b: 1, c: 1, d: 1, f: 1 };

// Labels exactly as the scenario gives them (UNCLASSIFIED included): no classifier.
useDatabase(batchScenario(networkScenario, { file: 'network', classify: false }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evidence-graph export', () => {
  it('writes the whole graph as GraphML and GEXF', async () => {
    const graphml = await cli('--format', 'graphml', '--out', join(dir, 'all.graphml'));
    expect(graphml.code, graphml.stderr).toBe(0);
    expectScenarioExport(readGraphml(file('all.graphml')), 'abcdefgh', AWKWARD_TITLE_XML);
    const gexf = await cli('--format', 'gexf', '--out', join(dir, 'all.gexf'));
    expect(gexf.code, gexf.stderr).toBe(0);
    expectScenarioExport(readGexf(file('all.gexf')), 'abcdefgh', AWKWARD_TITLE_XML);
  });

  it('writes a seeded network as Cytoscape JSON to stdout', async () => {
    const res = await cli('--format', 'cytoscape-json', '--seed', 'net-a', '--depth', '1');
    expect(res.code, res.stderr).toBe(0);
    const net = readCytoscape(res.stdout);
    expectScenarioExport(net, 'abcdf', AWKWARD_TITLE, { depths: DEPTHS });
  });

  it('writes CSV as FILE.nodes.csv + FILE.edges.csv, or nodes.csv + edges.csv in a directory', async () => {
    const named = await cli(
      '--format',
      'csv',
      '--seed',
      '10.5555/net.a',
      '--out',
      join(dir, 'net.csv'),
    );
    expect(named.code, named.stderr).toBe(0);
    expectScenarioExport(
      readCsv(file('net.nodes.csv'), file('net.edges.csv')),
      'abcdf',
      AWKWARD_TITLE,
      { depths: DEPTHS },
    );
    const inDir = await cli('--format', 'csv', '--out', `${dir}/`);
    expect(inDir.code, inDir.stderr).toBe(0);
    expectScenarioExport(readCsv(file('nodes.csv'), file('edges.csv')), 'abcdefgh', AWKWARD_TITLE);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('exits 2 naming the bad option', async () => {
    for (const [args, word] of [
      [['--format', 'pdf'], '--format'],
      [['--format', 'graphml', '--depth', '9', '--seed', 'net-a'], '--depth'],
      [['--format', 'graphml', '--depth', '2'], 'seed'],
      [['--format', 'csv'], '--out'],
      [['--format', 'graphml', '--colour', 'red'], '--colour'],
    ] as const) {
      const res = await cli(...args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toContain(word);
    }
  });
});
