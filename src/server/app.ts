/**
 * The HTTP service: Apollo Server on express, health routes and the offline
 * IDE. Cross-cutting behaviour lives in Apollo plugins, not in resolvers.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type Express } from 'express';
import http from 'node:http';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { buildResolvers } from '../resolvers/index.js';
import { createContext, type RequestContext } from './context.js';
import { createFormatError } from './errors.js';
import { healthRoutes } from './health.js';
import { playgroundRoutes } from './playground.js';
import { loadTypeDefs } from './schema.js';

export interface AppOptions {
  db: Executor;
  config: Config;
  log?: (message: string, error?: unknown) => void;
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

/** Builds the service around an executor; does not start the database. */
export function createApp({ db, config, log = () => {} }: AppOptions): App {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers() as never,
    formatError: createFormatError((m, e) => log(m, e)),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
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
      app.use(healthRoutes(() => db.ping()));
      app.use(playgroundRoutes('/graphql'));
      // Feature routes (exports, explorer, dashboard) are mounted here, one line each.
      app.use(
        '/graphql',
        express.json({ limit: '1mb' }),
        expressMiddleware(apollo, { context: async () => createContext(db, config) }),
      );
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
