/**
 * The layer rules of eslint.config.js bite: linting small bad files with the repository's own
 * configuration (what `npm run lint` runs) reports an import cycle, a folder cycle made of type
 * imports, and every upward arrow of the layer order in docs/ARCHITECTURE.md, while the
 * downward arrows pass. The bad files are text linted under a path inside src/ (nothing is
 * written there) or, for the cycles, which need files on disk, test/fixtures/lint/ (ignored by
 * the normal lint run).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let eslint: ESLint;
let probes: ESLint;

beforeAll(() => {
  // The fixtures under test/fixtures/lint get the cycle rules that src/ has; ignores are off
  // so that the fixtures, which `npm run lint` skips, are linted here.
  eslint = new ESLint({
    cwd: root,
    ignore: false,
    overrideConfig: {
      files: ['test/fixtures/lint/**'],
      rules: {
        'import-x/no-cycle': 'error',
        'layers/no-folder-cycle': ['error', { roots: ['test/fixtures/lint/folders'] }],
      },
    },
  });
  // The probes test the arrows; no-cycle, which would walk all of src from every probe and
  // take seconds each, is shown by the fixtures instead.
  probes = new ESLint({ cwd: root, overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });
});

/** The rule ids reported for `code` linted as if it were the file `filePath`. */
async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await probes.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

/** `export *` from `target` in a file at `from`: a value import whose only effect is the arrow. */
function reexport(from: string, target: string): string {
  let spec = path.relative(path.dirname(from), target).replace(/\.ts$/, '.js');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return `export * from '${spec}';\n`;
}

// One existing module per layer, top to bottom, as in eslint.config.js and the architecture doc.
const LAYERS: [string, string][] = [
  ['src/perf', 'src/perf/config.ts'],
  ['src/cli', 'src/cli/index.ts'],
  ['src/server', 'src/server/app.ts'],
  ['src/resolvers', 'src/resolvers/index.ts'],
  ['src/services', 'src/services/network-export.ts'],
  ['src/auth', 'src/auth/policy.ts'],
  ['src', 'src/context.ts'],
  ['src/loaders', 'src/loaders/index.ts'],
  ['src/repositories', 'src/repositories/index.ts'],
  ['src/importers', 'src/importers/run.ts'],
  ['src/db', 'src/db/executor.ts'],
  ['src', 'src/config.ts'],
  ['src/domain', 'src/domain/doi.ts'],
];

/** A file of the layer at `index` that is not a real module (context and config are files). */
function probe(index: number): string {
  const [folder, module] = LAYERS[index]!;
  return folder === 'src' ? module : `${folder}/lint-probe.ts`;
}

describe('layer order', () => {
  for (let upper = 0; upper < LAYERS.length; upper++) {
    for (let lower = upper + 1; lower < LAYERS.length; lower++) {
      const up = LAYERS[upper]![1];
      const down = LAYERS[lower]![1];
      it(`${probe(lower)} may not import ${up}; ${probe(upper)} may import ${down}`, async () => {
        expect(await rulesFor(probe(lower), reexport(probe(lower), up))).toContain(
          'import-x/no-restricted-paths',
        );
        // The one downward arrow that is refused: resolvers never reach the database.
        const refused = up.startsWith('src/resolvers/') && down.startsWith('src/db/');
        expect(await rulesFor(probe(upper), reexport(probe(upper), down))).toEqual(
          refused ? ['import-x/no-restricted-paths'] : [],
        );
      });
    }
  }

  it('refuses an upward type-only import too', async () => {
    const code = `import type { Executor } from '../db/executor.js';\nexport type E = Executor;\n`;
    expect(await rulesFor('src/domain/lint-probe.ts', code)).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it('keeps importers and exporters independent of each other', async () => {
    const ex = 'src/exporters/lint-probe.ts';
    const im = 'src/importers/lint-probe.ts';
    expect(await rulesFor(ex, reexport(ex, 'src/importers/parsers/index.ts'))).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await rulesFor(im, reexport(im, 'src/exporters/export-params.ts'))).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it('keeps resolvers away from the database', async () => {
    const file = 'src/resolvers/lint-probe.ts';
    expect(await rulesFor(file, reexport(file, 'src/db/executor.ts'))).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await rulesFor(file, `export * from 'neo4j-driver';\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('keeps pure code free of the driver and HTTP', async () => {
    for (const file of ['src/domain/lint-probe.ts', 'src/exporters/lint-probe.ts']) {
      for (const pkg of ['neo4j-driver', 'express', '@apollo/server']) {
        expect(await rulesFor(file, `export * from '${pkg}';\n`)).toContain(
          'no-restricted-imports',
        );
      }
    }
  });

  it('keeps parsers free of the writer', async () => {
    const file = 'src/importers/parsers/lint-probe.ts';
    expect(await rulesFor(file, reexport(file, 'src/importers/run.ts'))).toContain(
      'import-x/no-restricted-paths',
    );
  });
});

describe('tests, benchmarks and shipped code', () => {
  it('tests never import bench/', async () => {
    const file = 'test/unit/lint-probe.test.ts';
    expect(await rulesFor(file, reexport(file, 'bench/network.ts'))).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await rulesFor(file, reexport(file, 'src/domain/doi.ts'))).toEqual([]);
  });

  it('src never imports test/ or bench/', async () => {
    const file = 'src/repositories/lint-probe.ts';
    for (const target of ['test/helpers/db.ts', 'bench/network.ts']) {
      expect(await rulesFor(file, reexport(file, target))).toContain(
        'import-x/no-restricted-paths',
      );
    }
  });
});

describe('cycles', () => {
  it('reports a cycle of value imports between two modules', async () => {
    const [result] = await eslint.lintFiles([path.join(root, 'test/fixtures/lint/cycle/a.ts')]);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it('reports a cycle between folders made only of type imports', async () => {
    const [result] = await eslint.lintFiles([
      path.join(root, 'test/fixtures/lint/folders/two/z.ts'),
    ]);
    const messages = result?.messages ?? [];
    expect(messages.map((m) => m.ruleId)).toEqual(['layers/no-folder-cycle']);
    expect(messages[0]?.message).toContain(
      'test/fixtures/lint/folders/two → test/fixtures/lint/folders/one → test/fixtures/lint/folders/two',
    );
  });
});
