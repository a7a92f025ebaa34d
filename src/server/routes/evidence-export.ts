/**
 * GET /export/evidence.csv and /export/evidence.json: the evidence map, one row per
 * cell, with the filters of `evidenceMap` as query parameters (lists repeated or
 * comma-separated). Bad parameters answer 400 with a JSON body whose code is
 * BAD_USER_INPUT; anything unexpected is masked as a 500.
 */
import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../../config.js';
import type { Executor } from '../../db/executor.js';
import { parseEvidenceQuery } from '../../domain/evidence/filter.js';
import { cellRow, toCsv } from '../../domain/evidence/table.js';
import { AppError, ErrorCode } from '../../domain/errors.js';
import { createContext } from '../context.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
};

/** Routes for the two export formats. */
export function evidenceExportRoutes(
  db: Executor,
  config: Config,
  log: (message: string, error?: unknown) => void = () => {},
): Router {
  const router = express.Router();
  const handle = (format: 'csv' | 'json') => async (req: Request, res: Response) => {
    try {
      const { filter, options } = parseEvidenceQuery(req.query as Record<string, unknown>);
      const { repos } = createContext(db, config);
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
    } catch (error) {
      sendError(res, error, log);
    }
  };
  router.get('/export/evidence.csv', handle('csv'));
  router.get('/export/evidence.json', handle('json'));
  return router;
}

function sendError(res: Response, error: unknown, log: (m: string, e?: unknown) => void): void {
  if (error instanceof AppError && STATUS[error.code]) {
    res.status(STATUS[error.code] ?? 500).json({
      error: { code: error.code, message: error.message, ...error.details },
    });
    return;
  }
  log('evidence export failed', error);
  res.status(500).json({
    error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' },
  });
}
