/**
 * The one guard of the HTTP data routes (exports, and any route that answers data
 * rather than a static page): each request gets its context from the same factory as
 * /graphql, so it authenticates exactly as the API does and honours ANONYMOUS_READ,
 * and anything the handler throws is answered by the one error path (sendError).
 */
import type { Request, RequestHandler, Response } from 'express';
import type { RequestContext } from '../context.js';
import { sendError } from './errors.js';

export type Log = (message: string, error?: unknown) => void;

/** What a data route needs from the app: a request's context and a logger. */
export interface RouteDeps {
  /** The authenticated per-request context; rejects with an AuthError (401). */
  context(req: Request): Promise<RequestContext>;
  log: Log;
}

/** A data route's work, given the caller's context; it writes the response itself. */
export type DataHandler = (ctx: RequestContext, req: Request, res: Response) => Promise<void>;

/** Wraps `handle` in authentication and the shared error answer. */
export function guarded(deps: RouteDeps, handle: DataHandler): RequestHandler {
  return async (req, res) => {
    try {
      await handle(await deps.context(req), req, res);
    } catch (error) {
      // Once a body has started, a status can no longer be sent: log and cut the response.
      if (res.headersSent) {
        deps.log('response aborted', error);
        res.destroy();
        return;
      }
      sendError(res, error, deps.log);
    }
  };
}
