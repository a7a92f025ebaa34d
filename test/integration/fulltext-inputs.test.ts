/**
 * What `evidence-graph import` reads full texts from (its run(), in this process):
 * a directory walked recursively (only import files), a gzipped `.nxml`, and a
 * `.tar.gz` package shaped as PMC's open-access service ships one (a folder
 * with the article, its figures and PDF), each member its own source named
 * `package.tar.gz:folder/article.nxml`; and bad XML: a truncated file exits 1
 * naming file, line and column, and an XXE file is refused, both writing
 * nothing, the XXE one never reading the file it names. The inputs are built
 * here in a temp directory from synthetic text.
 */
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { graphCensus } from '../helpers/db.js';
import { runCli } from '../helpers/cli.js';
import { useDatabase } from '../helpers/suite.js';

const WORK = mkdtempSync(join(tmpdir(), 'eg-fulltext-inputs-'));

/** A small JATS article: `body` null leaves the body out; refs cite DOIs 10.5555/inputs.<n>. */
function jats(doi: string, title: string, body: string | null, refs: number[]): string {
  const list = refs
    .map(
      (n) =>
        `<ref id="r${n}"><element-citation><article-title>Fixture input reference ${n}</article-title><year>2020</year><pub-id pub-id-type="doi">10.5555/inputs.${n}</pub-id></element-citation></ref>`,
    )
    .join('\n');
  return `<?xml version="1.0"?>
<article>
<front><article-meta>
<article-id pub-id-type="doi">${doi}</article-id>
<title-group><article-title>${title}</article-title></title-group>
<pub-date><year>2022</year></pub-date>
</article-meta></front>
${body === null ? '' : `<body><sec><title>Results</title><p>${body}</p></sec></body>`}
<back><ref-list>${list}</ref-list></back>
</article>
`;
}

const cite = (n: number) => `<xref ref-type="bibr" rid="r${n}">${n}</xref>`;

async function writePackage(path: string, members: Record<string, string | Buffer>) {
  const p = pack();
  for (const [name, content] of Object.entries(members)) p.entry({ name }, content);
  p.finalize();
  await pipeline(p, createGzip(), createWriteStream(path));
}

const db = useDatabase();
const papers = async () =>
  (
    await db.read({
      name: 'test.fulltextInputs',
      text: `MATCH (p:Paper) WHERE p.doi STARTS WITH '10.5555/inputs'
             RETURN p.doi AS doi, COUNT { (p)-[:MAKES]->() } AS made ORDER BY doi`,
    })
  ).map((r) => [r.doi, r.made]);

describe('import: full-text inputs', { timeout: 600_000 }, () => {
  it('reads a directory tree: a gzipped article and a PMC package, skipping other files', async () => {
    const dir = join(WORK, 'tree');
    mkdirSync(join(dir, 'oa', 'deeper'), { recursive: true });
    writeFileSync(
      join(dir, 'oa', 'one.nxml.gz'),
      gzipSync(
        jats(
          '10.5555/inputs.gz',
          'Fixture gzipped article',
          `Fixture sentence cites two inputs ${cite(1)}, ${cite(2)}. A fixture sentence cites nothing listed ${cite(9)}.`,
          [1, 2],
        ),
      ),
    );
    await writePackage(join(dir, 'oa', 'deeper', 'PMC9000002.tar.gz'), {
      'PMC9000002/article.nxml': jats('10.5555/inputs.pkg', 'Fixture packaged article', null, [3]),
      'PMC9000002/fig1.jpg': Buffer.alloc(4096, 7),
      'PMC9000002/article.pdf': Buffer.from('%PDF-1.4 fixture, not an article'),
      'PMC9000002/._article.nxml': Buffer.from('macOS fork, not XML'),
      // Supplementary XML beside the .nxml is not an article: read, it would stop the import.
      'PMC9000002/supplement.xml': '<data>fixture supplementary table</data>',
    });
    writeFileSync(join(dir, 'README.txt'), 'not an import file');
    writeFileSync(join(dir, '.hidden.xml'), 'not XML at all');
    const r = await runCli(['import', dir]);
    expect(r.code).toBe(0);
    // Two sources read: the gzipped article and the package's one XML member.
    expect(r.stdout).toMatch(/^imported: read 2, created \d+/);
    expect(r.stdout).toContain('dropped 1 in-text citation: unresolved-rid 1');
    // The package's article has no body: its warning names the member.
    const member = join(dir, 'oa', 'deeper', 'PMC9000002.tar.gz:PMC9000002/article.nxml');
    expect(r.stderr).toContain(`warning: ${member}: the article has no body`);
    expect(await papers()).toEqual([
      ['10.5555/inputs.1', 0],
      ['10.5555/inputs.2', 0],
      ['10.5555/inputs.3', 0],
      ['10.5555/inputs.gz', 2],
      ['10.5555/inputs.pkg', 0],
    ]);
    // Without a body nothing is cited: the package's reference is a paper, not a CITES edge.
    const cites = await db.read({
      name: 'test.fulltextInputs.cites',
      text: `MATCH (a:Paper)-[c:CITES]->(b) WHERE a.doi STARTS WITH '10.5555/inputs'
             RETURN a.doi AS citing, b.doi AS cited, c.sources AS sources ORDER BY cited`,
    });
    expect(cites).toEqual([
      { citing: '10.5555/inputs.gz', cited: '10.5555/inputs.1', sources: ['jats'] },
      { citing: '10.5555/inputs.gz', cited: '10.5555/inputs.2', sources: ['jats'] },
    ]);
  });

  it('stops at a truncated XML file, naming file, line and column, and writes nothing', async () => {
    const dir = join(WORK, 'truncated');
    mkdirSync(dir);
    const good = join(dir, 'a-good.nxml');
    writeFileSync(good, jats('10.5555/inputs.good', 'Fixture good article', null, [4]));
    const full = jats('10.5555/inputs.cut', 'Fixture truncated article', 'Fixture text.', [5]);
    const cut = join(dir, 'b-cut.nxml');
    writeFileSync(cut, full.slice(0, full.indexOf('<back>') + 20));
    const before = await graphCensus(db);
    const r = await runCli(['import', '--json', good, cut]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^error: ${cut}:\\d+:\\d+: `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await graphCensus(db)).toEqual(before);
  });

  it('refuses an external entity without reading the file it names', async () => {
    const secret = join(WORK, 'secret.txt');
    const marker = 'FIXTURE-SECRET-7f3a9c';
    writeFileSync(secret, marker);
    const xxe = join(WORK, 'xxe.nxml');
    writeFileSync(
      xxe,
      jats('10.5555/inputs.xxe', 'Fixture &xxe; article', 'Fixture &xxe; text.', [6]).replace(
        '<article>',
        `<!DOCTYPE article [<!ENTITY xxe SYSTEM "file://${secret}">]>\n<article>`,
      ),
    );
    const before = await graphCensus(db);
    const r = await runCli(['import', '--json', xxe]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^error: ${xxe}(:\\d+:\\d+)?: `));
    expect(r.stdout + r.stderr).not.toContain(marker);
    expect(await graphCensus(db)).toEqual(before);
    const [found] = await db.read(
      {
        name: 'test.fulltextInputs.secret',
        text: `MATCH (n) WHERE any(k IN keys(n) WHERE toStringOrNull(n[k]) CONTAINS $marker)
               RETURN count(n) AS n`,
      },
      { marker },
    );
    expect(found!.n).toBe(0);
  });
});
