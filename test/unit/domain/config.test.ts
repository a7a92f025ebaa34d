import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeNull();
    expect(c.embedded).toMatchObject({
      dataDir: './.data',
      boltPort: 7687,
      heap: '1g',
      pageCache: '512m',
    });
    expect(c.maxPageSize).toBe(100);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ BOLT_PORT: '70000' })).toThrow(/BOLT_PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP must be a size/);
    expect(() => loadConfig({ SEED_ON_START: 'maybe' })).toThrow(/SEED_ON_START/);
  });

  it('accepts cluster and Aura URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
    expect(
      loadConfig({ NEO4J_URI: 'neo4j://a:7687', NEO4J_DATABASE: 'graph' }).neo4j.database,
    ).toBe('graph');
  });

  it('reads the harvest APIs: public defaults, mirrors without a trailing slash, bad values named', () => {
    const h = loadConfig({}).harvest;
    expect(h).toEqual({
      openalexUrl: 'https://api.openalex.org',
      s2Url: 'https://api.semanticscholar.org',
      crossrefUrl: 'https://api.crossref.org',
      europepmcUrl: 'https://www.ebi.ac.uk/europepmc/webservices/rest',
      mailto: null,
      s2ApiKey: null,
    });
    const mirror = loadConfig({
      OPENALEX_API_URL: 'http://127.0.0.1:9/openalex/',
      HARVEST_MAILTO: 'me@example.org',
      S2_API_KEY: 'k',
    }).harvest;
    expect(mirror).toMatchObject({
      openalexUrl: 'http://127.0.0.1:9/openalex',
      mailto: 'me@example.org',
      s2ApiKey: 'k',
    });
    expect(() => loadConfig({ S2_API_URL: 'ftp://x' })).toThrow(/S2_API_URL must be an http/);
    expect(() => loadConfig({ CROSSREF_API_URL: 'not a url' })).toThrow(/CROSSREF_API_URL/);
    expect(() => loadConfig({ HARVEST_MAILTO: 'nobody' })).toThrow(/HARVEST_MAILTO/);
  });
});
