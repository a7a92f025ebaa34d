/**
 * GET /assets/shared/dom.js: the browser helpers (gql, h) that the explorer and the
 * evidence dashboard both load, served from one file (src/server/web/shared) so the
 * pages do not each carry a copy.
 */
import express, { type Router } from 'express';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('../web/shared/', import.meta.url));

/** The URL pages load the shared helpers from, before their own script. */
export const SHARED_DOM_SCRIPT = '/assets/shared/dom.js';

/** The route for the shared browser helpers. */
export function sharedWebRoutes(): Router {
  const router = express.Router();
  router.get(SHARED_DOM_SCRIPT, (_req, res) => {
    res.type('application/javascript').sendFile('dom.js', { root: WEB_DIR, maxAge: '1h' });
  });
  return router;
}
