/** Liveness and readiness: /healthz says the process is up, /readyz that Neo4j answers. */
import type { Router } from 'express';
import express from 'express';

export function healthRoutes(ping: () => Promise<boolean>): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const ready = await ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
  return router;
}
