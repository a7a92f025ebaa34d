/**
 * How many of each full-text article's in-text citations resolve to a reference with a DOI or
 * PMID (issue 14's 80% line), per file, from the importer's own parse: the article's
 * statements whose cited work has a DOI or PMID, over its statements plus the in-text
 * citations that became no statement (`ParseResult.dropped`: table cells, outside the body,
 * entries without identity, ...). Reads the articles by path (files, directories, `.gz` and PMC
 * packages, as `import` does); copies nothing. Not part of `npm test`. The last row sums
 * every file read: `--exclude` leaves out files whose name contains a text (the samples'
 * one computer-science article, say), so the total is over the files the figure is about.
 *
 *   npm run eval:fulltext -- --articles ../shared/fulltext-samples [--exclude acl-main] [--json]
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { expandInputs } from '../src/importers/containers/index.js';
import { detectFormat, parse } from '../src/importers/parsers/index.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true, default: [] },
    json: { type: 'boolean', default: false },
  },
});
if (!values.articles?.length) {
  console.error(
    'usage: eval:fulltext -- --articles <file or directory> [...] [--exclude <text>] [--json]',
  );
  process.exit(2);
}

interface Row {
  file: string;
  format: string;
  statements: number;
  resolved: number;
  citations: number;
  dropped: Record<string, number>;
  percent: number;
}

const rows: Row[] = [];
for (const source of await expandInputs(values.articles, 'auto')) {
  const text = await source.read();
  if (values.exclude!.some((x) => basename(source.name).includes(x))) continue;
  const format = detectFormat(source.name, text);
  if (format !== 'jats' && format !== 'tei') continue;
  const result = parse(format, text, { file: source.name });
  const statements = result.batch.statements;
  const resolved = statements.filter((s) => s.cited.doi || s.cited.pmid).length;
  const dropped = result.dropped ?? {};
  const citations = statements.length + Object.values(dropped).reduce((a, b) => a + b, 0);
  rows.push({
    file: basename(source.name),
    format,
    statements: statements.length,
    resolved,
    citations,
    dropped,
    percent: citations === 0 ? 0 : (100 * resolved) / citations,
  });
}

const sum = (key: 'statements' | 'resolved' | 'citations') => rows.reduce((n, r) => n + r[key], 0);
const total = { files: rows.length, statements: sum('statements'), resolved: sum('resolved') };
const totalPercent = sum('citations') === 0 ? 0 : (100 * total.resolved) / sum('citations');

if (values.json) {
  console.log(JSON.stringify({ rows, total: { ...total, percent: totalPercent } }, null, 2));
} else {
  console.log(
    '| file | format | statements | to a DOI/PMID | in-text citations dropped | % resolved |',
  );
  console.log('| --- | --- | ---: | ---: | --- | ---: |');
  for (const r of rows) {
    const dropped =
      Object.entries(r.dropped)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || '–';
    console.log(
      `| ${r.file} | ${r.format} | ${r.statements} | ${r.resolved} | ${dropped} | ${r.percent.toFixed(1)} |`,
    );
  }
  console.log(
    `| all ${total.files} files | | ${total.statements} | ${total.resolved} | ${sum('citations') - total.statements} | ${totalPercent.toFixed(1)} |`,
  );
}
