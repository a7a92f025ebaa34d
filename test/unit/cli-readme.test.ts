/**
 * The README's command table against the parser's definitions (src/cli/program.ts): every
 * command with its arguments, and every option of each, in the order the parser lists them.
 * Adding a command or an option without updating the README fails here. No database.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The "## Command line" section, up to the next section. */
function section(): string {
  const start = README.indexOf('\n## Command line\n');
  expect(start, 'README has a "## Command line" section').toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

/** The table rows after the `| command | options | ... |` header: [usage, option flags]. */
function readmeTable(): [string, string[]][] {
  const lines = section().split('\n');
  const header = lines.findIndex((l) => /^\|\s*command\s*\|\s*options\s*\|/.test(l));
  expect(header, 'the section has a | command | options | table').toBeGreaterThan(-1);
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [usage = '', options = ''] = line.split('|').slice(1);
    rows.push([
      usage.trim().replace(/^`|`$/g, ''),
      [...options.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string),
    ] as [string, string[]]);
  }
  return rows;
}

function usageOf(command: Command): string {
  const args = command.registeredArguments.map((a) => {
    const name = `${a.name()}${a.variadic ? '...' : ''}`;
    return a.required ? `<${name}>` : `[${name}]`;
  });
  return [command.name(), ...args].join(' ');
}

/** What the parser defines: each command (help included) and its options but -h/--help. */
function programTable(): [string, string[]][] {
  const { program } = buildProgram({ serve: async () => undefined });
  const help = program.createHelp();
  return help.visibleCommands(program).map((command) => [
    usageOf(command),
    help
      .visibleOptions(command)
      .filter((o) => o.long !== '--help')
      .map((o) => o.flags),
  ]);
}

describe('README command table', () => {
  it('lists exactly the commands and options the parser defines', () => {
    const defined = programTable();
    // A parser with no commands would make the comparison below vacuous.
    expect(defined.map(([usage]) => usage)).toEqual(
      expect.arrayContaining(['serve', 'import <file...>', 'export', 'help [command]']),
    );
    expect(readmeTable()).toEqual(defined);
  });

  it('mentions the options every command and the program itself take', () => {
    const { program } = buildProgram({ serve: async () => undefined });
    const text = section();
    for (const option of program.createHelp().visibleOptions(program)) {
      expect(text).toContain(`\`${option.long}\``);
      if (option.short) expect(text).toContain(`\`${option.short}\``);
    }
  });
});
