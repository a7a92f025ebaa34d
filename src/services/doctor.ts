/**
 * The `evidence-graph doctor` use case: run every store check and, with `fix`, first repair
 * what is safe to repair mechanically (counters to their recount, integer properties to
 * integers), then check again. Identifier clashes and likely duplicates are only reported:
 * deciding that two papers are one work is a merge, for the importer's identity rules or a
 * curator, never for a repair tool.
 */
import { INTEGER_PROPERTIES_BY_OWNER } from '../domain/integer-properties.js';
import type {
  CheckFinding,
  DoctorRepository,
  IntegerOwner,
  RepairPage,
} from '../repositories/doctor.js';

/** The checks, in the order they are reported. */
export const CHECKS = [
  'counter-drift',
  'identifier-clash',
  'likely-duplicate',
  'orphan-stub',
  'missing-provenance',
  'wrong-type',
] as const;

export type CheckName = (typeof CHECKS)[number];

/** What each check looks for, for a human reader of the report. */
export const CHECK_DESCRIPTIONS: Record<CheckName, string> = {
  'counter-drift': 'paper and citation counters that differ from a recount',
  'identifier-clash': 'papers sharing a DOI, PMID, PMCID, OpenAlex id or S2 id',
  'likely-duplicate':
    'papers with the same normalised title, year and first author and no shared identifier, for a curator to judge (never merged)',
  'orphan-stub': 'stub papers with no relationship at all',
  'missing-provenance':
    'citations, concept links, inclusions, statements and findings without sources',
  'wrong-type': 'years, counters and counts stored as something other than an integer',
};

export interface DoctorCheck extends CheckFinding {
  name: CheckName;
  ok: boolean;
}

export interface DoctorReport {
  /** True when every check found nothing. */
  ok: boolean;
  checks: DoctorCheck[];
  /** With `fix`: counters and typed values changed before the checks ran. */
  fixed?: { counters: number; types: number };
}

export interface DoctorOptions {
  /** Repair counters and types first. */
  fix?: boolean;
  /** Problems listed per check (all are counted). */
  examples?: number;
  /** Anchors (papers, findings, tallies) per repair transaction. */
  batchSize?: number;
}

export const DEFAULT_EXAMPLES = 20;
export const DEFAULT_BATCH_SIZE = 1000;

/** Runs `step` page after page (keyset by id) until a short page; the total fixed. */
async function paged(
  step: (after: string) => Promise<RepairPage>,
  batchSize: number,
): Promise<number> {
  let fixed = 0;
  for (let after = ''; ;) {
    const page = await step(after);
    fixed += page.fixed;
    if (page.size < batchSize || page.last === null) return fixed;
    after = page.last;
  }
}

/** Repairs types, then counters (a recount is an integer either way); what each changed. */
export async function repair(
  repo: DoctorRepository,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<{ counters: number; types: number }> {
  let types = 0;
  for (const owner of Object.keys(INTEGER_PROPERTIES_BY_OWNER) as IntegerOwner[])
    types += await paged((after) => repo.fixTypes(owner, after, batchSize), batchSize);
  const counters = await paged((after) => repo.fixCounters(after, batchSize), batchSize);
  return { counters, types };
}

/** Every check, run one after another (each is a scan of the whole graph). */
export async function diagnose(
  repo: DoctorRepository,
  examples = DEFAULT_EXAMPLES,
): Promise<DoctorCheck[]> {
  const run: Record<CheckName, () => Promise<CheckFinding>> = {
    'counter-drift': () => repo.counterDrift(examples),
    'identifier-clash': () => repo.identifierClashes(examples),
    'likely-duplicate': () => repo.likelyDuplicates(examples),
    'orphan-stub': () => repo.orphanStubs(examples),
    'missing-provenance': () => repo.missingProvenance(examples),
    'wrong-type': () => repo.wrongTypes(examples),
  };
  const checks: DoctorCheck[] = [];
  for (const name of CHECKS) {
    const found = await run[name]();
    checks.push({ name, ok: found.count === 0, ...found });
  }
  return checks;
}

/** The doctor's report on the store, after repairing it when `fix` is set. */
export async function doctor(
  repo: DoctorRepository,
  options: DoctorOptions = {},
): Promise<DoctorReport> {
  const fixed = options.fix ? await repair(repo, options.batchSize) : undefined;
  const checks = await diagnose(repo, options.examples);
  return { ok: checks.every((c) => c.ok), checks, ...(fixed ? { fixed } : {}) };
}
