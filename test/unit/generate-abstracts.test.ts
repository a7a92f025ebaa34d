/**
 * The generator's synthetic abstracts (src/importers/generate/abstracts.ts) name exactly
 * the intervention and the outcome of their title, by every kind of term, and their near
 * misses name nothing: the ground truth bench/tag.ts checks the tagger against at scale.
 */
import { describe, expect, it } from 'vitest';
import {
  abstractOf,
  invertedIndex,
  titleConcepts,
} from '../../src/importers/generate/abstracts.js';
import { INTERVENTIONS, OUTCOMES } from '../../src/importers/generate/taxonomy.js';
import { rebuildAbstract } from '../../src/importers/parsers/openalex-map.js';
import { compileTaxonomy, tag } from '../../src/tagger/index.js';

const matcher = compileTaxonomy([...INTERVENTIONS, ...OUTCOMES]);

describe('synthetic abstracts', () => {
  it('name exactly their two concepts, by name, synonym or instrument', () => {
    const seen = new Set<string>();
    // Every pair, with enough paper indexes to cycle through each concept's terms.
    for (const iv of INTERVENTIONS)
      for (const out of OUTCOMES)
        for (let i = 0; i < 8; i++) {
          const text = abstractOf(i, iv, out);
          const got = tag(matcher, [{ field: 'abstract', text }]);
          expect(got.map((t) => t.conceptId).sort(), text).toEqual([iv.id, out.id].sort());
          for (const t of got) seen.add(t.evidence.text.toLowerCase());
        }
    // Every instrument and synonym of the taxonomy was met at least once.
    for (const c of [...INTERVENTIONS, ...OUTCOMES])
      for (const term of [...(c.synonyms ?? []), ...(c.instruments ?? [])])
        expect(seen, term).toContain(term.toLowerCase());
  });

  it('travel as an OpenAlex inverted index and come back word for word', () => {
    const text = abstractOf(3, INTERVENTIONS[0]!, OUTCOMES[1]!);
    expect(rebuildAbstract(invertedIndex(text))).toBe(text);
  });

  it('have their ground truth in the title', () => {
    expect(titleConcepts('Synthetic study 7: group peer support and hope')).toEqual({
      intervention: 'syn.peer-support.group',
      outcome: 'syn.hope',
    });
    expect(titleConcepts('Another title')).toBeNull();
  });
});
