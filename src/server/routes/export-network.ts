/**
 * GET /export/network.{graphml,gexf,json,csv}: a citation network as a file, streamed with
 * backpressure. Parameters as in src/exporters/export-params.ts (`seed` repeatable, `depth`,
 * `direction`, `polarity`, `section`, `minConfidence`, `yearFrom`, `yearTo`, `about`, `limit`);
 * with no seed the whole graph. CSV is two tables: `network.csv?part=nodes` (the default) and
 * `network.csv?part=edges`. Bad parameters answer 400 `{error: {code, message}}`.
 */
import express, { type Request, type Response, type Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Executor } from '../../db/executor.js';
import { AppError, ErrorCode } from '../../domain/errors.js';
import {
  EXPORT_PARAMS,
  describePlan,
  exportPlan,
  type ExportParam,
} from '../../exporters/export-params.js';
import {
  seededNetwork,
  serialise,
  wholeGraph,
  type ExportFormat,
} from '../../exporters/network-export.js';
import { NetworkExportRepository } from '../../repositories/network-export.js';
import { NetworkRepository } from '../../repositories/network.js';

const TYPES: Record<string, { type: string; format: (part: 'nodes' | 'edges') => ExportFormat }> = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', format: () => 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', format: () => 'gexf' },
  json: { type: 'application/json; charset=utf-8', format: () => 'cytoscape-json' },
  csv: { type: 'text/csv; charset=utf-8', format: (part) => `csv-${part}` },
};

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 504,
};

function queryValues(req: Request, name: string): string[] {
  const v = req.query[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
}

function sendError(res: Response, error: unknown, log: (m: string, e: unknown) => void): void {
  const known = error instanceof AppError && error.code !== ErrorCode.INTERNAL_SERVER_ERROR;
  if (!known) log('export failed', error);
  const code = known ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const message = known ? error.message : 'Internal server error';
  res.status(STATUS[code] ?? 500).json({ error: { code, message } });
}

/** Routes for the network exports, reading through their own repositories. */
export function exportNetworkRoutes(
  db: Executor,
  log: (message: string, error?: unknown) => void = () => {},
): Router {
  const router = express.Router();
  router.get('/export/network.:ext', async (req, res) => {
    const kind = TYPES[req.params.ext ?? ''];
    if (!kind) {
      res
        .status(404)
        .json({ error: { code: ErrorCode.NOT_FOUND, message: 'unknown export format' } });
      return;
    }
    let chunks: AsyncGenerator<string>;
    let first: IteratorResult<string>;
    try {
      const unknown = Object.keys(req.query).filter(
        (k) => !(EXPORT_PARAMS as readonly string[]).includes(k),
      );
      const plan = exportPlan((name: ExportParam) => queryValues(req, name), unknown);
      const stats = { roundTrips: 0, queries: [] };
      const exports = new NetworkExportRepository(db, stats);
      const source = plan.request
        ? await seededNetwork(new NetworkRepository(db, stats), exports, plan.request)
        : wholeGraph(exports);
      chunks = serialise(kind.format(plan.part), source, { description: describePlan(plan) });
      // The first chunk is read before any header is sent, so a failing database still gets
      // a proper error status; after that, errors can only abort the stream.
      first = await chunks.next();
    } catch (error) {
      sendError(res, error, log);
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', kind.type);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${filename(req.params.ext as string, queryValues(req, 'part')[0])}"`,
    );
    try {
      await pipeline(Readable.from(resume(first, chunks)), res);
    } catch (error) {
      log('export stream aborted', error);
    }
  });
  return router;
}

function filename(ext: string, part: string | undefined): string {
  return ext === 'csv' ? `network-${part ?? 'nodes'}.csv` : `network.${ext}`;
}

async function* resume(
  first: IteratorResult<string>,
  rest: AsyncGenerator<string>,
): AsyncGenerator<string> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}
