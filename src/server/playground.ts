/**
 * The GraphQL IDE at GET /graphql, served entirely from local assets
 * (GraphiQL 3 UMD build + React 18), so it works with no internet access.
 * Example operations are preloaded as tabs.
 */
import express, { type Router } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EXAMPLE_OPERATIONS } from './web/examples.js';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, string> = {
  'react.js': join(pkgDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.js': join(pkgDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.js': join(pkgDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': join(pkgDir('graphiql'), 'graphiql.min.css'),
};

function page(endpoint: string): string {
  const tabs = JSON.stringify(EXAMPLE_OPERATIONS).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Evidence Graph · GraphQL</title>
<link rel="stylesheet" href="/assets/ide/graphiql.css">
<style>html,body,#ide{height:100%;margin:0}</style>
</head>
<body>
<div id="ide"></div>
<script src="/assets/ide/react.js"></script>
<script src="/assets/ide/react-dom.js"></script>
<script src="/assets/ide/graphiql.js"></script>
<script src="/assets/ide/start.js"></script>
<script id="examples" type="application/json">${tabs}</script>
<script>startIde(${JSON.stringify(endpoint)})</script>
</body>
</html>`;
}

const START_SCRIPT = `function startIde(endpoint) {
  var examples = JSON.parse(document.getElementById('examples').textContent);
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var root = ReactDOM.createRoot(document.getElementById('ide'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: examples,
    defaultQuery: examples[0].query,
    shouldPersistHeaders: false,
  }));
}`;

/** Routes for the IDE page and its assets. */
export function playgroundRoutes(endpoint = '/graphql'): Router {
  const router = express.Router();
  router.get('/assets/ide/start.js', (_req, res) => {
    res.type('application/javascript').send(START_SCRIPT);
  });
  router.get('/assets/ide/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  router.get(endpoint, (req, res, next) => {
    // Browsers get the IDE; API clients using GET (with ?query=) go on to Apollo.
    if (req.query.query !== undefined || !req.accepts('html')) return next();
    res.type('html').send(page(endpoint));
  });
  return router;
}
