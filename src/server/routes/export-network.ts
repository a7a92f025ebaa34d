/**
 * GET /export/network.{graphml,gexf,json,csv}: a citation network as a file, streamed with
 * backpressure. Parameters as in src/exporters/export-params.ts (`seed` repeatable, `depth`,
 * `direction`, `polarity`, `section`, `minConfidence`, `yearFrom`, `yearTo`, `about`, `limit`);
 * with no seed the whole graph. CSV is two tables: `network.csv?part=nodes` (the default) and
 * `network.csv?part=edges`. Guarded like /graphql (src/server/guard.ts), reading through the
 * request context's repositories; errors answer in the GraphQL error shape (sendError).
 */
import express, { type Request, type Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
} from '../../services/network-export.js';
import { guarded, type RouteDeps } from '../guard.js';

const TYPES: Record<string, { type: string; format: (part: 'nodes' | 'edges') => ExportFormat }> = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', format: () => 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', format: () => 'gexf' },
  json: { type: 'application/json; charset=utf-8', format: () => 'cytoscape-json' },
  csv: { type: 'text/csv; charset=utf-8', format: (part) => `csv-${part}` },
};

function queryValues(req: Request, name: string): string[] {
  const v = req.query[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
}

/** Routes for the network exports. */
export function exportNetworkRoutes(deps: RouteDeps): Router {
  const router = express.Router();
  router.get(
    '/export/network.:ext',
    guarded(deps, async ({ repos }, req, res) => {
      const ext = typeof req.params.ext === 'string' ? req.params.ext : '';
      const kind = TYPES[ext];
      if (!kind) throw new AppError(ErrorCode.NOT_FOUND, 'unknown export format');
      const unknown = Object.keys(req.query).filter(
        (k) => !(EXPORT_PARAMS as readonly string[]).includes(k),
      );
      const plan = exportPlan((name: ExportParam) => queryValues(req, name), unknown);
      const source = plan.request
        ? await seededNetwork(repos.network, repos.networkExport, plan.request)
        : wholeGraph(repos.networkExport);
      const chunks = serialise(kind.format(plan.part), source, { description: describePlan(plan) });
      // The first chunk is read before any header is sent, so a failing database still gets
      // a proper error status; after that, errors can only abort the stream.
      const first = await chunks.next();
      res.status(200);
      res.setHeader('Content-Type', kind.type);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${filename(ext, queryValues(req, 'part')[0])}"`,
      );
      try {
        await pipeline(Readable.from(resume(first, chunks)), res);
      } catch (error) {
        deps.log('export stream aborted', error);
      }
    }),
  );
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
