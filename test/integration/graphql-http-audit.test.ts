/** The graphql-http server audit suite: every MUST audit passes. */
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/suite.js';

const { server } = useSeededService();

describe('GraphQL over HTTP (graphql-http audits)', () => {
  const audits = serverAudits({ url: () => `${server.url}/graphql` });
  const must = audits.filter((a) => a.name.startsWith('MUST'));

  it('has MUST audits to run', () => {
    expect(must.length).toBeGreaterThan(10);
  });

  for (const audit of must) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }
});
