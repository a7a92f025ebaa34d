/**
 * Consistency rules for an effect-size finding: it must carry some measure of
 * precision, and its numbers must agree with each other. Private helper of csv-findings.ts.
 */
import type { FindingRecord } from '../../domain/import-format.js';
import { RecordError } from './errors.js';

const RATIO_MEASURES = new Set(['RR', 'OR']);

function present(...values: (number | undefined)[]): boolean {
  return values.every((v) => v !== undefined);
}

/** Throws RecordError when the finding has no usable precision or inconsistent numbers. */
export function checkFinding(f: FindingRecord): void {
  const hasCi = present(f.ciLower, f.ciUpper);
  if (present(f.ciLower) !== present(f.ciUpper)) {
    throw new RecordError(
      f.ciLower === undefined ? 'ci_lower' : 'ci_upper',
      'a CI needs both bounds',
    );
  }
  if (hasCi && (f.ciLower as number) > (f.ciUpper as number)) {
    throw new RecordError('ci_lower', `ci_lower ${f.ciLower} is above ci_upper ${f.ciUpper}`);
  }
  if (hasCi && f.estimate !== undefined) {
    if (f.estimate < (f.ciLower as number) || f.estimate > (f.ciUpper as number)) {
      throw new RecordError('estimate', `estimate ${f.estimate} lies outside its CI`);
    }
  }
  if (RATIO_MEASURES.has(f.measure)) {
    for (const [field, v] of [
      ['estimate', f.estimate],
      ['ci_lower', f.ciLower],
    ] as const) {
      if (v !== undefined && v <= 0) {
        throw new RecordError(field, `${f.measure} is a ratio; ${field} must be above 0, got ${v}`);
      }
    }
  }
  for (const arm of ['I', 'C'] as const) {
    const events = f[`events${arm}`];
    const total = f[`total${arm}`];
    if (events !== undefined && total !== undefined && events > total) {
      const s = arm.toLowerCase();
      throw new RecordError(`events_${s}`, `events_${s} ${events} exceed total_${s} ${total}`);
    }
  }
  const summary = f.estimate !== undefined && (present(f.se) || present(f.variance) || hasCi);
  const means = present(f.meanI, f.sdI, f.nI, f.meanC, f.sdC, f.nC);
  const counts = present(f.eventsI, f.totalI, f.eventsC, f.totalC);
  if (!summary && !means && !counts) {
    throw new RecordError(
      'estimate',
      'no precision: give estimate with se, variance or ci_lower/ci_upper; or mean, sd and n for both arms; or events and totals for both arms',
    );
  }
}
