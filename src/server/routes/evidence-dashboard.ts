/**
 * GET /evidence: the evidence-map dashboard, a static page plus its own JS and CSS from
 * src/server/web/evidence and the shared browser helpers (routes/web-shared.ts); no CDN, no
 * build step. It talks to /graphql from the browser; a Content-Security-Policy of 'self'
 * keeps it from loading anything else.
 */
import express, { type Router } from 'express';
import { fileURLToPath } from 'node:url';
import { SHARED_DOM_SCRIPT } from './web-shared.js';

const WEB_DIR = fileURLToPath(new URL('../web/evidence/', import.meta.url));
const ASSETS: Record<string, string> = {
  'dashboard.js': 'application/javascript',
  'forest.js': 'application/javascript',
  'dashboard.css': 'text/css',
};
const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'";

/** Routes for the dashboard page and its assets. */
export function evidenceDashboardRoutes(endpoint = '/graphql'): Router {
  const router = express.Router();
  router.get('/assets/evidence/:file', (req, res, next) => {
    const type = ASSETS[req.params.file];
    if (!type) return next();
    res.type(type).sendFile(req.params.file, { root: WEB_DIR, maxAge: '1h' });
  });
  router.get('/evidence', (_req, res) => {
    res.set('Content-Security-Policy', CSP).type('html').send(page(endpoint));
  });
  return router;
}

function page(endpoint: string): string {
  const domains = ['CLINICAL', 'PSYCHOSOCIAL', 'SERVICE_USE', 'IMPLEMENTATION', 'OTHER']
    .map((d) => `<option value="${d}">${d.replace('_', ' ').toLowerCase()}</option>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Evidence map · Evidence Graph</title>
<link rel="stylesheet" href="/assets/evidence/dashboard.css">
</head>
<body data-endpoint="${endpoint}">
<header><h1>Evidence map</h1>
<p>Interventions × outcomes. Colour: direction and size of the pooled effect; circle size: papers in the cell; <span class="badge" aria-hidden="true">!</span> contrasting statements.</p></header>
<form id="filters" aria-label="Filters">
<label>Outcome domain <select name="domain"><option value="">all</option>${domains}</select></label>
<label>Population <select name="population"><option value="">all</option></select></label>
<label>Setting <select name="setting"><option value="">all</option></select></label>
<label>Year from <input name="yearFrom" type="number" min="1000" max="3000" inputmode="numeric"></label>
<label>Year to <input name="yearTo" type="number" min="1000" max="3000" inputmode="numeric"></label>
<label>Method <select name="method"><option>REML</option><option>DL</option><option>FE</option></select></label>
<label><input name="rollUp" type="checkbox"> Roll up subtypes</label>
</form>
<div id="legend" aria-hidden="true"></div>
<main>
<section id="map" aria-label="Heatmap"><p id="status" role="status">Loading…</p></section>
<aside id="detail" aria-live="polite" aria-label="Selected cell"><p>Select a cell to see its forest plot and statements.</p></aside>
</main>
<noscript>The dashboard needs JavaScript; the same data is at /export/evidence.csv.</noscript>
<script src="${SHARED_DOM_SCRIPT}"></script>
<script src="/assets/evidence/forest.js"></script>
<script src="/assets/evidence/dashboard.js"></script>
</body>
</html>`;
}
