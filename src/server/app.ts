/**
 * The HTTP service: Apollo Server on express, health routes and the offline
 * IDE. Cross-cutting behaviour lives in Apollo plugins, not in resolvers.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import http from 'node:http';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { buildResolvers } from '../resolvers/index.js';
import type { RequestContext } from '../context.js';
import { authenticatedContext, createContext } from './context.js';
import { createFormatError, sendError } from './errors.js';
import type { Log, RouteDeps } from './guard.js';
import { healthRoutes } from './health.js';
import { queryLimits } from './limits/index.js';
import { playgroundRoutes } from './playground.js';
import { evidenceDashboardRoutes } from './routes/evidence-dashboard.js';
import { evidenceExportRoutes } from './routes/evidence-export.js';
import { exportNetworkRoutes } from './routes/export-network.js';
import { exploreDataRoutes } from './routes/explore-data.js';
import { exploreRoutes } from './routes/explore.js';
import { sharedWebRoutes } from './routes/web-shared.js';
import { loadTypeDefs } from './schema.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { compiledGateway } from './compiled-execution.js';

export interface AppOptions {
  db: Executor;
  config: Config;
  log?: Log;
}

export interface App {
  express: Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Starts Apollo and listens; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Drains in-flight requests and stops Apollo and the HTTP server. */
  stop(): Promise<void>;
}

/**
 * Errors raised outside GraphQL and the guarded routes (body too large, malformed JSON)
 * answer through the same error path, in the GraphQL error shape with the HTTP status
 * body-parser chose; never express's HTML page with a stack trace.
 */
function jsonErrors(log: Log): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    sendError(res, error, log);
  };
}

/** CORS for the configured origins; none when CORS_ORIGINS is empty. */
function corsMiddleware(config: Config): RequestHandler[] {
  if (config.corsOrigins.length === 0) return [];
  return [
    cors({ origin: config.corsOrigins.includes('*') ? true : config.corsOrigins, maxAge: 600 }),
  ];
}

/** Builds the service around an executor; does not start the database. */
export function createApp({ db, config, log = () => {} }: AppOptions): App {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: it would hash every response body once more, and no client revalidates a POST.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const limits = queryLimits(config);
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers() as never,
  });
  const apollo = new ApolloServer<RequestContext>({
    // Operations run compiled (graphql-jit), through Apollo's executor seam.
    gateway: compiledGateway(schema),
    formatError: createFormatError((m, e) => log(m, e)),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints; Apollo's default cache-control plugin would still
      // hook every resolved field of every request.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
    ],
  });
  let started = false;
  return {
    express: app,
    httpServer,
    apollo,
    async listen(port, host) {
      await apollo.start();
      started = true;
      const graphql = expressMiddleware(apollo, {
        context: ({ req }) => createContext(db, config, req.headers),
      });
      const json = express.json({ limit: config.bodyLimit });
      const cors = corsMiddleware(config);
      // GraphQL POSTs, nearly all of the traffic, go straight to Apollo; every other request
      // (GET /graphql for the playground, exports, explorer, health) takes the routes below.
      app.post('/graphql', ...cors, json, graphql);
      app.use(healthRoutes(() => db.ping()));
      if (cors.length > 0) app.use(...cors);
      if (config.playground) app.use(playgroundRoutes('/graphql'));
      // Feature routes (exports, explorer, dashboard) are mounted here, one line each.
      // Data routes take the same per-request context as /graphql (authenticated, with
      // ANONYMOUS_READ honoured); the explorer and dashboard pages themselves are static.
      const routes: RouteDeps = {
        context: (req) => authenticatedContext(db, config, req.headers),
        log,
      };
      app.use(exportNetworkRoutes(routes));
      app.use(sharedWebRoutes());
      app.use(exploreRoutes('/graphql'));
      app.use(exploreDataRoutes(routes, json));
      app.use(evidenceExportRoutes(routes));
      app.use(evidenceDashboardRoutes('/graphql'));
      app.use('/graphql', json, graphql);
      app.use(jsonErrors(log));
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    async stop() {
      if (started) await apollo.stop();
      else if (httpServer.listening) await new Promise((r) => httpServer.close(r));
    },
  };
}
