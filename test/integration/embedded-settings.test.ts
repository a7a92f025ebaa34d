/**
 * The launcher reads NEO4J_SETTINGS_FILE (-Deg.neo4jConf): the suite's engines run
 * with test/setup/neo4j-test.conf, and its settings are the engine's, not ignored.
 */
import { describe, expect, it } from 'vitest';
import { useDatabase } from '../helpers/suite.js';

const db = useDatabase();

describe('the embedded engine', () => {
  it('runs with the settings of NEO4J_SETTINGS_FILE', async () => {
    const rows = await db.read({
      name: 'test.settings',
      text: `SHOW SETTINGS YIELD name, value
        WHERE name IN ['dbms.cypher.min_replan_interval', 'db.memory.pagecache.warmup.enable']
        RETURN name, value ORDER BY name`,
    });
    expect(rows).toEqual([
      { name: 'db.memory.pagecache.warmup.enable', value: 'false' },
      { name: 'dbms.cypher.min_replan_interval', value: '1h' },
    ]);
  });
});
