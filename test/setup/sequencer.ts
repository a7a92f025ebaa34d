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
  'bulk-load.test.ts': 34,
  'identity-merge.test.ts': 31,
  'citation-shapes.test.ts': 25,
  'load.test.ts': 23,
  'fault.test.ts': 16,
  'import-kill.test.ts': 16,
  'lifecycle.test.ts': 13,
  'fuzz.test.ts': 12,
  'harvest-kill.test.ts': 10,
  'import-census.test.ts': 9,
  'auth-matrix.test.ts': 9,
  'import-order.test.ts': 6,
  'explore-layouts.test.ts': 6,
  'provenance.test.ts': 5,
  'harvest.test.ts': 5,
  'explore-harvest.test.ts': 4,
  'curation-merge.test.ts': 4,
  'bench-ops.test.ts': 4,
  'tagger.test.ts': 3,
  'import-formats.test.ts': 3,
  'explore.test.ts': 3,
  'evidence.test.ts': 3,
  'doctor.test.ts': 3,
  'classify.test.ts': 3,
  'api-web.test.ts': 3,
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
