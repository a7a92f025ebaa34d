/**
 * What each arm asks of the database: the Cypher it runs per request (captured, not
 * guessed), and for each query the PROFILE figures — total db hits and the operators the
 * plan starts from (its leaves), so scans show up.
 *
 * Lives in src/perf because the benchmarks (bench/) and the test suite both use it and
 * tests never import bench/; nothing shipped imports src/perf.
 */
import neo4j, { type Driver, type ProfiledPlan, type Session } from 'neo4j-driver';
import { Executor } from '../db/executor.js';

/** A query as sent to the database. */
export interface CapturedQuery {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** An executor that records every named query it runs into `sink` (arm A). */
export function capturingExecutor(driver: Driver, sink: CapturedQuery[]): Executor {
  return new Executor(driver, { log: (name, text, params) => sink.push({ name, text, params }) });
}

/**
 * A driver whose sessions record every `tx.run` into `sink` (arm B: @neo4j/graphql runs its
 * queries through `session.executeRead/executeWrite`).
 */
export function capturingDriver(driver: Driver, sink: CapturedQuery[]): Driver {
  const wrapTx = <T extends { run: (text: string, params?: Record<string, unknown>) => unknown }>(
    tx: T,
  ): T =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== 'run') return Reflect.get(target, prop, receiver);
        return (text: string, params: Record<string, unknown> = {}) => {
          sink.push({ name: 'neo4j-graphql', text, params });
          return target.run(text, params);
        };
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver);
      return (config: Parameters<Driver['session']>[0]) => {
        const session: Session = target.session(config);
        return new Proxy(session, {
          get(s, p, r) {
            if (p !== 'executeRead' && p !== 'executeWrite') return Reflect.get(s, p, r);
            const original = Reflect.get(s, p, r) as Session['executeRead'];
            return (work: (tx: never) => unknown, cfg?: unknown) =>
              original.call(s, (tx) => work(wrapTx(tx) as never) as never, cfg as never);
          },
        });
      };
    },
  });
}

/** PROFILE figures of one query. */
export interface Profile {
  dbHits: number;
  /** Operator names of the plan's leaves (where it starts reading). */
  leaves: string[];
  operators: string[];
}

function walk(plan: ProfiledPlan, out: Profile): void {
  out.dbHits += Number(plan.dbHits);
  out.operators.push(plan.operatorType);
  if (plan.children.length === 0) out.leaves.push(plan.operatorType);
  for (const child of plan.children) walk(child, out);
}

/** Runs `text` under PROFILE with `params` (a leading `CYPHER 5` prefix is kept in front). */
export async function profileQuery(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
): Promise<Profile> {
  const prefix = /^\s*CYPHER\s+5\s*/i.exec(text)?.[0] ?? '';
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(`${prefix}PROFILE ${text.slice(prefix.length)}`, params),
    );
    const out: Profile = { dbHits: 0, leaves: [], operators: [] };
    if (result.summary.profile) walk(result.summary.profile, out);
    return out;
  } finally {
    await session.close();
  }
}

/** Leaf operators that read a whole label or the whole store. */
export const SCANS =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan)(@|$)/;
