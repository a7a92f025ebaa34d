/**
 * Arm B's HTTP service: the @neo4j/graphql schema (type-defs.ts) on the same stack as ours,
 * Apollo Server 5 on express 5 through @as-integrations/express5, with the same driver
 * settings (src/db/driver.ts). `executionContext` can be replaced per request (the benchmark
 * passes a driver wrapper that records the Cypher the library runs).
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { typeDefs } from './type-defs.js';

/** Per-request context handed to @neo4j/graphql. */
export interface Neo4jGraphqlContext {
  executionContext: Driver;
}

/** Builds the library's schema over `driver`. */
export async function neo4jGraphqlSchema(driver: Driver) {
  return new Neo4jGraphQL({ typeDefs, driver }).getSchema();
}

/** A running arm-B server. */
export interface Neo4jGraphqlServer {
  apollo: ApolloServer<Neo4jGraphqlContext>;
  port: number;
  stop(): Promise<void>;
}

/** Starts Apollo + express on `port` (0: any free port) at 127.0.0.1. */
export async function startNeo4jGraphqlServer(
  driver: Driver,
  port: number,
): Promise<Neo4jGraphqlServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Neo4jGraphqlContext>({
    schema: await neo4jGraphqlSchema(driver),
    introspection: false,
    csrfPrevention: true,
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async () => ({ executionContext: driver }) }),
  );
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  const address = httpServer.address();
  return {
    apollo,
    port: typeof address === 'object' && address ? address.port : port,
    async stop() {
      await apollo.stop();
      await new Promise((r) => httpServer.close(r));
    },
  };
}
