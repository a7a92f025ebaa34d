/**
 * Test file order: the files known to run longest start first, so the workers
 * finish together instead of one picking up a minute-long file at the end. A fresh
 * clone has no vitest timing cache, and vitest's own order (largest file first)
 * knows nothing of a file that mostly waits for a JVM.
 *
 * The figures are seconds per file from a full run on the 2-core machine; a file
 * not listed keeps vitest's order after these. Renaming a listed file only costs
 * it its head start.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SECONDS: Record<string, number> = {
  'import-kill.test.ts': 20,
  'harvest-kill.test.ts': 30,
  'harvest.test.ts': 10,
  'identity-merge.test.ts': 34,
  'bulk-load.test.ts': 32,
  'fault.test.ts': 31,
  'load.test.ts': 24,
  'citation-shapes.test.ts': 22,
  'lifecycle.test.ts': 14,
  'import-census.test.ts': 13,
  'import-order.test.ts': 11,
  'fuzz.test.ts': 11,
  'auth-matrix.test.ts': 10,
  'unavailable.test.ts': 8,
  'provenance.test.ts': 8,
  'export-cli.test.ts': 8,
  'import-formats.test.ts': 7,
  'evidence-seed.test.ts': 7,
  'cli-help.test.ts': 2,
  'bench-ops.test.ts': 6,
  'explore.test.ts': 5,
  'doctor.test.ts': 5,
  'curation-merge.test.ts': 5,
};

const seconds = (spec: TestSpecification) =>
  SECONDS[spec.moduleId.slice(spec.moduleId.lastIndexOf('/') + 1)] ?? 0;

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    return base
      .map((spec, order) => ({ spec, order, seconds: seconds(spec) }))
      .sort((a, b) => b.seconds - a.seconds || a.order - b.order)
      .map((f) => f.spec);
  }
}
