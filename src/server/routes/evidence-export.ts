/**
 * GET /export/evidence.csv and /export/evidence.json: the evidence map, one row per
 * cell, with the filters of `evidenceMap` as query parameters (lists repeated or
 * comma-separated). Guarded like /graphql (src/server/guard.ts); bad parameters answer
 * 400 BAD_USER_INPUT in the GraphQL error shape, anything unexpected a masked 500.
 */
import express, { type Router } from 'express';
import { parseEvidenceQuery } from '../../domain/evidence/filter.js';
import { cellRow, toCsv } from '../../domain/evidence/table.js';
import { guarded, type RouteDeps } from '../guard.js';

/** Routes for the two export formats. */
export function evidenceExportRoutes(deps: RouteDeps): Router {
  const router = express.Router();
  const handle = (format: 'csv' | 'json') =>
    guarded(deps, async ({ repos }, req, res) => {
      const { filter, options } = parseEvidenceQuery(req.query as Record<string, unknown>);
      const map = await repos.evidence.map(filter, options);
      const rows = map.cells.map(cellRow);
      if (format === 'csv') {
        res
          .type('text/csv; charset=utf-8; header=present')
          .attachment('evidence.csv')
          .send(toCsv(rows));
        return;
      }
      res.json({
        generatedAt: new Date().toISOString(),
        method: options.method,
        rollUp: options.rollUp,
        knappHartung: options.knappHartung,
        filters: filter,
        cells: map.cells.map((cell, i) => ({
          ...rows[i],
          paperIds: cell.papers.map((p) => p.id),
          findingIds: cell.findings.map((f) => f.id),
        })),
      });
    });
  router.get('/export/evidence.csv', handle('csv'));
  router.get('/export/evidence.json', handle('json'));
  return router;
}
