/**
 * Test file order: the files known to run longest start first, so the workers
 * finish together instead of one picking up a minute-long file at the end. A fresh
 * clone has no vitest timing cache, and vitest's own order (largest file first)
 * knows nothing of a file that mostly waits for a JVM.
 *
 * The figures are seconds per file from a serial run on the 2-core machine; a file
 * not listed keeps vitest's order after these. Renaming a listed file only costs
 * it its head start.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SECONDS: Record<string, number> = {
  'fault.test.ts': 83,
  'bulk-load.test.ts': 65,
  'import-kill.test.ts': 34,
  'load.test.ts': 33,
  'lifecycle.test.ts': 31,
  'import-order.test.ts': 21,
  'unavailable.test.ts': 18,
  'citation-shapes.test.ts': 17,
  'bench-ops.test.ts': 10,
  'import-formats.test.ts': 10,
  'evidence-seed.test.ts': 8,
  'fuzz.test.ts': 6,
  'export-cli.test.ts': 6,
  'auth-matrix.test.ts': 5,
  'import-rejects.test.ts': 4,
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
