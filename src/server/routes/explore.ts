/**
 * GET /explore: the citation-network explorer, a static page plus its own JS and CSS from
 * src/server/web/explore, the shared browser helpers (routes/web-shared.ts) and Cytoscape.js
 * from node_modules (no CDN, no build step). It talks to /graphql and links to
 * /export/network.*; a Content-Security-Policy of 'self' keeps it from loading anything else.
 * The harvest panel (harvest.js, startHarvest for curators) is its own module, hooked in by
 * one placeholder and one script tag.
 */
import express, { type Router } from 'express';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SHARED_DOM_SCRIPT } from './web-shared.js';

const require = createRequire(import.meta.url);
const WEB_DIR = fileURLToPath(new URL('../web/explore/', import.meta.url));
const CYTOSCAPE = require.resolve('cytoscape/dist/cytoscape.min.js');
const ASSETS: Record<string, string> = {
  'explore.js': 'application/javascript',
  'explore.css': 'text/css',
  'harvest.js': 'application/javascript',
};
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'";

const POLARITIES = ['SUPPORTING', 'MENTIONING', 'CONTRASTING', 'UNCLASSIFIED'];
const SECTIONS = ['INTRODUCTION', 'METHODS', 'RESULTS', 'DISCUSSION', 'CONCLUSION', 'OTHER'];

/** Routes for the explorer page and its assets. */
export function exploreRoutes(endpoint = '/graphql'): Router {
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
    res.set('Content-Security-Policy', CSP).type('html').send(page(endpoint));
  });
  return router;
}

const lower = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

function page(endpoint: string): string {
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
<div id="harvest"></div>
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
<div id="legend" aria-label="Edge colours">
<span class="swatch supporting"></span>supporting <span class="swatch contrasting"></span>contrasting
<span class="swatch mentioning"></span>mentioning <span class="swatch unclassified"></span>unclassified / none
· <span class="swatch dashed"></span>dashed: polarity from the classifier only
· node size: PageRank score
</div>
<main>
<section id="graph" aria-label="Citation network">
<p id="status" role="status">Search for a paper, or open /explore?seed=&lt;id or DOI&gt;.</p>
<div id="cy" role="img" aria-label="Citation network graph"></div>
<nav id="downloads" aria-label="Download this view" hidden>
Download: <a id="dl-graphml" download>GraphML</a> <a id="dl-gexf" download>GEXF</a>
<a id="dl-json" download>Cytoscape JSON</a> <a id="dl-csv-nodes" download>CSV nodes</a>
<a id="dl-csv-edges" download>CSV edges</a>
</nav>
</section>
<aside id="panel" aria-live="polite" aria-label="Selected paper"><p>Click a paper to see its statements.</p></aside>
</main>
<script src="/assets/explore/cytoscape.min.js"></script>
<script src="${SHARED_DOM_SCRIPT}"></script>
<script src="/assets/explore/explore.js"></script>
<script src="/assets/explore/harvest.js"></script>
</body>
</html>`;
}
