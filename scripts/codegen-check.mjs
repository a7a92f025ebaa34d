// Fails when src/__generated__ is not what codegen produces from schema/ now.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const file = 'src/__generated__/resolvers-types.ts';
const before = readFileSync(file, 'utf8');
execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
  stdio: 'inherit',
});
const after = readFileSync(file, 'utf8');
if (before !== after) {
  console.error(`${file} was stale: run "npm run codegen" and commit the result.`);
  process.exit(1);
}
console.log('codegen: generated types are current');
