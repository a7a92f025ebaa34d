/**
 * The concept tagger (src/tagger) on hand-made sentences: each expectation is counted by
 * hand from the sentence, so a change of the matching rules shows up as a named failure.
 */
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, tag, type TagInput } from '../../../src/tagger/index.js';

const matcher = compileTaxonomy([
  {
    id: 'peer-support',
    kind: 'intervention',
    name: 'Peer support',
    synonyms: ['peer-delivered', 'peer support worker', 'peer specialist', 'consumer-run'],
  },
  { id: 'peer-support-group', kind: 'intervention', name: 'Peer support group' },
  { id: 'online', kind: 'intervention', name: 'Online peer support' },
  { id: 'hope', kind: 'outcome', name: 'Hope', instruments: ['Herth Hope Index'] },
  { id: 'depression', kind: 'outcome', name: 'Depression', instruments: ['PHQ-9', 'CES-D'] },
  { id: 'stigma', kind: 'outcome', name: 'Internalised stigma', synonyms: ['self-stigma'] },
  { id: 'qol', kind: 'outcome', name: 'Quality of life', synonyms: ['QoL'] },
  { id: 'recovery', kind: 'outcome', name: 'Recovery' },
  { id: 'hop', kind: 'intervention', name: 'Honest, Open, Proud' },
  // Populations and settings are not the tagger's: compiled away.
  { id: 'youth', kind: 'population' as 'outcome', name: 'Youth' },
]);

const abstract = (text: string): TagInput[] => [{ field: 'abstract', text }];
const ids = (text: string) =>
  tag(matcher, abstract(text))
    .map((t) => t.conceptId)
    .sort();

describe('compileTaxonomy', () => {
  it('compiles every term of the interventions and outcomes, names included, with closed-up hyphen variants', () => {
    // Names 7; synonyms 4 + 1 + 1; instruments 1 + 2; hyphen variants: peerdelivered,
    // consumerrun, selfstigma (PHQ-9 and CES-D join a letter and a digit or two capitals' words:
    // CES-D closes to CESD, PHQ-9 does not close since 9 is no letter).
    expect(matcher.concepts.map((c) => c.id)).not.toContain('youth');
    expect(matcher.terms).toBe(9 + 6 + 3 + 4);
  });
});

describe('tag', () => {
  it('matches case, plurals and inflections of phrase words, and hyphen or space variants', () => {
    expect(ids('PEER SUPPORT WORKERS and peer specialists')).toEqual(['peer-support']);
    expect(ids('a peer delivered programme')).toEqual(['peer-support']);
    expect(ids('Consumer run services')).toEqual(['peer-support']);
    expect(ids('self stigma fell; selfstigma too')).toEqual(['stigma']);
    expect(ids('internalized stigma (American spelling)')).toEqual(['stigma']);
    expect(ids('on-line peer support')).toEqual(['online']);
  });

  it('takes the longest term first: a peer support group is not also plain peer support', () => {
    expect(ids('Peer support groups met weekly')).toEqual(['peer-support-group']);
    expect(ids('peer support in groups')).toEqual(['peer-support']);
  });

  it('matches a one-word term and its plural only, never a derived word', () => {
    expect(ids('Hopefully they hoped; hopelessness')).toEqual([]);
    expect(ids('hopes and hope')).toEqual(['hope']);
    expect(ids('depressive feelings')).toEqual([]);
    expect(ids('depression')).toEqual(['depression']);
  });

  it('does not tag peer support from "support" or "peer" alone, nor across punctuation', () => {
    expect(ids('social support from a peer')).toEqual([]);
    expect(ids('they asked a peer. Support was given')).toEqual([]);
  });

  it('links nothing inside an ignored phrase, where the concept word names something else', () => {
    expect(ids('a recovery college in a recovery-oriented service, by people in recovery')).toEqual(
      [],
    );
    expect(ids('recovery improved; the Recovery Model')).toEqual(['recovery']);
  });

  it('lets a comma, but no other mark, stand inside a phrase', () => {
    expect(ids('Honest, Open, Proud (HOP) groups')).toEqual(['hop']);
    expect(ids('Honest. Open. Proud.')).toEqual([]);
  });

  it('matches abbreviations (two or more capitals) only as written', () => {
    expect(ids('PHQ-9 and CES-D scores')).toEqual(['depression']);
    expect(ids('phq-9 scores')).toEqual([]);
    expect(ids('QoL improved')).toEqual(['qol']);
    expect(ids('QOL or qol improved')).toEqual([]);
  });

  it('links each concept once, with the first span in field order and its offsets', () => {
    const got = tag(matcher, [
      { field: 'title', text: 'Hope in peer support' },
      { field: 'abstract', text: 'Hope rose (Herth Hope Index); hope again.' },
    ]);
    expect(got).toEqual([
      {
        conceptId: 'hope',
        kind: 'outcome',
        evidence: { field: 'title', text: 'Hope', start: 0, end: 4 },
      },
      {
        conceptId: 'peer-support',
        kind: 'intervention',
        evidence: { field: 'title', text: 'peer support', start: 8, end: 20 },
      },
    ]);
  });

  it('learns abbreviations the text defines: "peer support worker (PSW)" makes PSW and PSWs match', () => {
    const text = 'Each peer support worker (PSW) met staff.';
    const got = tag(matcher, [
      { field: 'title', text: 'What PSWs do' },
      { field: 'abstract', text },
    ]);
    expect(got).toEqual([
      {
        conceptId: 'peer-support',
        kind: 'intervention',
        evidence: { field: 'title', text: 'PSWs', start: 5, end: 9 },
      },
    ]);
    // Not defined: no link; lower case or a wrong first letter never defines one.
    expect(ids('What PSWs do')).toEqual([]);
    expect(ids('a peer support worker (xyz). xyz helped')).toEqual(['peer-support']);
    expect(tag(matcher, abstract('peer support worker (WPS). The WPS left.'))).toHaveLength(1);
  });

  it('uses abbreviations defined elsewhere when given (a paper abstract for its sentences)', () => {
    const known = new Map([['PSW', [0]]]);
    const got = tag(matcher, [{ field: 'sentence', text: 'The PSW listened.' }], known);
    expect(got.map((t) => [t.conceptId, t.evidence.text, t.evidence.start])).toEqual([
      ['peer-support', 'PSW', 4],
    ]);
  });
});
