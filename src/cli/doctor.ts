/**
 * `evidence-graph doctor`: checks the configured store (src/services/doctor.ts) and prints a
 * report, one line per check and the first problems of each, or with --json one object
 * `{ok, checks: [{name, ok, count, examples}], fixed?}`. Exit 0 when every check passes, 1 when
 * any found a problem (or the run failed), so that a script or a cron job can act on it.
 */
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { DoctorRepository } from '../repositories/doctor.js';
import { CHECK_DESCRIPTIONS, doctor, type DoctorReport } from '../services/doctor.js';

/** The options of `doctor`, as the parser (src/cli/program.ts) reads them. */
export interface DoctorCliOptions {
  fix?: boolean;
  json?: boolean;
  examples?: number;
}

/** The report for a person: each check, its count, and the problems it listed. */
export function describeReport(report: DoctorReport): string {
  const lines: string[] = [];
  if (report.fixed)
    lines.push(
      `fixed: ${report.fixed.counters} counter(s) set to their recount, ${report.fixed.types} value(s) made integers`,
    );
  for (const check of report.checks) {
    const status = check.ok ? 'ok' : `${check.count} problem${check.count === 1 ? '' : 's'}`;
    lines.push(
      `${check.ok ? '✓' : '✗'} ${check.name}: ${status} — ${CHECK_DESCRIPTIONS[check.name]}`,
    );
    for (const example of check.examples) lines.push(`    ${example}`);
    if (check.count > check.examples.length)
      lines.push(`    … and ${check.count - check.examples.length} more (--examples shows more)`);
  }
  const failed = report.checks.filter((c) => !c.ok).length;
  lines.push(
    failed === 0
      ? 'all checks passed'
      : `${failed} of ${report.checks.length} checks found problems${report.fixed ? '' : '; doctor --fix repairs counter-drift and wrong-type'}`,
  );
  return lines.join('\n');
}

/** Runs `doctor`; returns the exit code. */
export async function doctorCommand(opts: DoctorCliOptions): Promise<number> {
  // Each check scans the whole graph: the API's per-request timeout is too short for that.
  const config = loadConfig({ ...process.env, QUERY_TIMEOUT_MS: '600000' });
  const database = await connectDatabase(config, {
    reuseRunning: true,
    log: (l) => console.error(l),
  });
  try {
    const report = await doctor(new DoctorRepository(database.db), {
      fix: opts.fix,
      examples: opts.examples,
    });
    console.log(opts.json ? JSON.stringify(report) : describeReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}
