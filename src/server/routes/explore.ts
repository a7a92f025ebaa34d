/**
 * GET /explore: the citation-network explorer, a static page plus its scripts and CSS from
 * src/server/web/explore (one concept per script, loaded in SCRIPTS order), the shared browser
 * helpers (routes/web-shared.ts) and Cytoscape.js from node_modules (no CDN, no build step). It
 * talks to /graphql and /explore/communities (routes/explore-data.ts) and links to
 * /export/network.*; a Content-Security-Policy of 'self' keeps it from loading anything else.
 * Another module extends the page through `extensions`: its script (served by its own route,
 * same origin) loads after explore.js and puts its controls in #explore-tools, using
 * window.EvidenceGraphExplorer (reseed, reload, on('drawn'), say).
 */
import express, { type Router } from 'express';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SHARED_DOM_SCRIPT } from './web-shared.js';

const require = createRequire(import.meta.url);
const WEB_DIR = fileURLToPath(new URL('../web/explore/', import.meta.url));
const CYTOSCAPE = require.resolve('cytoscape/dist/cytoscape.min.js');
/** The page's own scripts, in load order: state.js first (it creates the namespace), then the
    wiring (explore.js), then the modules that use its extension API (the harvest panel). */
const SCRIPTS = [
  'state.js',
  'queries.js',
  'encodings.js',
  'graph.js',
  'axes.js',
  'legend.js',
  'list.js',
  'panel.js',
  'tooltip.js',
  'similarity.js',
  'downloads.js',
  'search.js',
  'explore.js',
  // Modules built on the extension API, loaded after the wiring.
  'harvest.js',
];
const ASSETS: Record<string, string> = {
  ...Object.fromEntries(SCRIPTS.map((f) => [f, 'application/javascript'])),
  'explore.css': 'text/css',
};
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'";

const POLARITIES = ['SUPPORTING', 'MENTIONING', 'CONTRASTING', 'UNCLASSIFIED'];
const SECTIONS = ['INTRODUCTION', 'METHODS', 'RESULTS', 'DISCUSSION', 'CONCLUSION', 'OTHER'];

/** A module that adds to the explorer page: the same-origin URL of its script. */
export interface ExplorerExtension {
  script: string;
}

/** Routes for the explorer page and its assets; `extensions` load after the explorer's scripts. */
export function exploreRoutes(
  endpoint = '/graphql',
  extensions: readonly ExplorerExtension[] = [],
): Router {
  const router = express.Router();
  router.get('/assets/explore/cytoscape.min.js', (_req, res) => {
    res.type('application/javascript').sendFile(CYTOSCAPE, { maxAge: '1d' });
  });
  router.get('/assets/explore/:file', (req, res, next) => {
    const type = ASSETS[req.params.file];
    if (!type) return next();
    res.type(type).sendFile(req.params.file, { root: WEB_DIR, maxAge: '1h' });
  });
  router.get('/explore', (_req, res) => {
    res.set('Content-Security-Policy', CSP).type('html').send(page(endpoint, extensions));
  });
  return router;
}

const lower = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

function page(endpoint: string, extensions: readonly ExplorerExtension[]): string {
  const polarity = POLARITIES.map(
    (p) => `<label><input type="checkbox" name="polarity" value="${p}"> ${lower(p)}</label>`,
  ).join('');
  const sections = SECTIONS.map((s) => `<option value="${s}">${lower(s)}</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Citation network explorer · Evidence Graph</title>
<link rel="stylesheet" href="/assets/explore/explore.css">
</head>
<body data-endpoint="${endpoint}">
<header>
<h1>Citation network explorer</h1>
<form id="search" role="search" aria-label="Find a paper">
<label for="search-text">Find a paper</label>
<input id="search-text" name="text" type="search" placeholder="title words, e.g. peer support" autocomplete="off">
<button type="submit">Search</button>
</form>
<ul id="results" aria-label="Search results"></ul>
</header>
<form id="filters" aria-label="Network filters">
<label>Depth <select name="depth"><option>1</option><option>2</option><option>3</option></select></label>
<label>Direction <select name="direction"><option value="BOTH">both</option><option value="IN">cited by</option><option value="OUT">references</option></select></label>
<fieldset><legend>Polarity</legend>${polarity}</fieldset>
<label>Section <select name="section"><option value="">any</option>${sections}</select></label>
<label>Min. confidence <input name="minConfidence" type="number" min="0" max="1" step="0.05"></label>
<label>Year from <input name="yearFrom" type="number" min="1000" max="3000"></label>
<label>Year to <input name="yearTo" type="number" min="1000" max="3000"></label>
<label>Limit <input name="limit" type="number" min="1" max="2000" value="200"></label>
<button type="submit">Apply</button>
</form>
<div id="toolbar">
<form id="view" aria-label="Layout and encodings">
<label>Layout <select name="layout"><option value="axis">axis: year × measure</option><option value="force">force</option><option value="similarity">similarity</option></select></label>
<label>Up axis <select name="y"><option value="citations">citations</option><option value="logCitations">log citations</option><option value="references">references</option><option value="inMap">in-map citations</option></select></label>
<label>Size <select name="size"><option value="citations">citations</option><option value="pagerank">PageRank</option><option value="fixed">fixed</option></select></label>
<label>Colour <select name="colour"><option value="year">year</option><option value="cluster">cluster</option></select></label>
<label><input type="checkbox" name="pin" checked> pin the seed</label>
<button type="button" id="clear-path" hidden>Clear path</button>
</form>
<div id="explore-tools" role="group" aria-label="More tools"></div>
</div>
<div id="legend" aria-label="Legend"></div>
<main>
<section id="graph" aria-label="Citation network">
<p id="status" role="status">Search for a paper, or open /explore?seed=&lt;id or DOI&gt;.</p>
<div id="stage">
<div id="cy" role="img" aria-label="Citation network graph; the paper list beside it holds the same papers"></div>
<svg id="axes" aria-hidden="true"></svg>
<div id="edge-tip" role="tooltip" hidden></div>
</div>
<nav id="downloads" aria-label="Download this view" hidden>
Picture: <button type="button" id="dl-svg">SVG</button> <button type="button" id="dl-png">PNG</button>
· Data: <a id="dl-graphml" download>GraphML</a> <a id="dl-gexf" download>GEXF</a>
<a id="dl-json" download>Cytoscape JSON</a> <a id="dl-csv-nodes" download>CSV nodes</a>
<a id="dl-csv-edges" download>CSV edges</a>
</nav>
</section>
<section id="side" aria-label="Papers on the map">
<div id="similar" aria-label="Similar papers" hidden></div>
<div id="list-box">
<table id="papers" aria-describedby="papers-help">
<caption id="papers-caption">Papers on the map</caption>
<thead><tr>
<th scope="col" data-key="title"><button type="button">Title</button></th>
<th scope="col" data-key="year"><button type="button">Year</button></th>
<th scope="col" data-key="citations"><button type="button">Cited</button></th>
<th scope="col" data-key="inMap"><button type="button">In map</button></th>
<th scope="col" data-key="score"><button type="button">PageRank</button></th>
</tr></thead>
<tbody></tbody>
</table>
<p id="papers-help" class="help">Up and Down move between papers, Enter selects one; the column buttons sort.</p>
</div>
</section>
<aside id="panel" aria-live="polite" aria-labelledby="panel-title" tabindex="-1"><p id="panel-title">Click a paper, or choose one in the list, to see its statements.</p></aside>
</main>
<script src="/assets/explore/cytoscape.min.js"></script>
<script src="${SHARED_DOM_SCRIPT}"></script>
${SCRIPTS.map((f) => `<script src="/assets/explore/${f}"></script>`).join('\n')}
${extensions.map((e) => `<script src="${e.script}"></script>`).join('\n')}
</body>
</html>`;
}
