/**
 * NEO4J_JVM_OPTS: read from the environment with a clear error for a stray word,
 * and placed after the defaults so they win; a collector option replaces G1
 * because a JVM given two collectors refuses to start.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, jvmOptions, loadConfig } from '../../../src/config.js';
import { jvmArgs } from '../../../src/db/embedded.js';

describe('NEO4J_JVM_OPTS', () => {
  it('splits on whitespace, and is empty when unset', () => {
    expect(jvmOptions({})).toEqual([]);
    expect(jvmOptions({ NEO4J_JVM_OPTS: '  -XX:TieredStopAtLevel=1 \n -Xss1m ' })).toEqual([
      '-XX:TieredStopAtLevel=1',
      '-Xss1m',
    ]);
    expect(loadConfig({ NEO4J_JVM_OPTS: '-Xss1m' }).embedded.jvmOptions).toEqual(['-Xss1m']);
  });

  it('passes NEO4J_SETTINGS_FILE whole, as an absolute path, and refuses a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg jvm options '));
    const file = join(dir, 'my settings.conf');
    writeFileSync(file, 'dbms.cypher.min_replan_interval=1h\n');
    expect(jvmOptions({ NEO4J_JVM_OPTS: '-Xss1m', NEO4J_SETTINGS_FILE: file })).toEqual([
      '-Xss1m',
      `-Deg.neo4jConf=${file}`,
    ]);
    expect(() => jvmOptions({ NEO4J_SETTINGS_FILE: join(dir, 'absent.conf') })).toThrow(
      /NEO4J_SETTINGS_FILE names no file/,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a word that is not an option, naming it', () => {
    expect(() => jvmOptions({ NEO4J_JVM_OPTS: '-Xss1m Main' })).toThrow(ConfigError);
    expect(() => jvmOptions({ NEO4J_JVM_OPTS: '-Xss1m Main' })).toThrow(/NEO4J_JVM_OPTS.*"Main"/);
  });

  it('keeps G1 unless an option picks another collector, and puts the options last', () => {
    expect(jvmArgs('1g', [], null)).toEqual(['-Xmx1g', '-XX:+UseG1GC']);
    expect(jvmArgs('1g', ['-XX:TieredStopAtLevel=1'], null)).toEqual([
      '-Xmx1g',
      '-XX:+UseG1GC',
      '-XX:TieredStopAtLevel=1',
    ]);
    expect(jvmArgs('512m', ['-XX:+UseSerialGC'], null)).toEqual(['-Xmx512m', '-XX:+UseSerialGC']);
  });

  it('uses a class archive quietly, before the options, so that -Xshare:off still wins', () => {
    expect(jvmArgs('1g', ['-Xshare:off'], '/x/neo4j-classes.jsa')).toEqual([
      '-Xmx1g',
      '-XX:+UseG1GC',
      '-XX:SharedArchiveFile=/x/neo4j-classes.jsa',
      '-Xlog:cds=off',
      '-Xlog:cds+dynamic=off',
      '-Xshare:off',
    ]);
  });
});
