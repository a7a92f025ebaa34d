/**
 * The fixed concept taxonomy of a synthetic corpus (taxonomy.csv): a peer
 * support intervention tree and outcomes in every domain, so statements and
 * findings have concepts to be about.
 */
import type { OutcomeDomain } from '../../domain/vocabulary.js';

/** One taxonomy row. */
export interface SyntheticConcept {
  kind: 'intervention' | 'outcome';
  id: string;
  name: string;
  parent?: string;
  domain?: OutcomeDomain;
  /** Other names the abstracts use (abstracts.ts), so tagging at scale meets synonyms too. */
  synonyms?: readonly string[];
  /** Outcomes: scales the abstracts name. */
  instruments?: readonly string[];
}

/** Interventions, parents before children. */
export const INTERVENTIONS: readonly SyntheticConcept[] = [
  {
    kind: 'intervention',
    id: 'syn.peer-support',
    name: 'Peer support',
    synonyms: ['peer-delivered support', 'peer specialist'],
  },
  {
    kind: 'intervention',
    id: 'syn.peer-support.group',
    name: 'Group peer support',
    parent: 'syn.peer-support',
  },
  {
    kind: 'intervention',
    id: 'syn.peer-support.group.mutual',
    name: 'Mutual support group',
    parent: 'syn.peer-support.group',
    synonyms: ['mutual aid group', 'self-help group'],
  },
  {
    kind: 'intervention',
    id: 'syn.peer-support.one-to-one',
    name: 'One-to-one peer support',
    parent: 'syn.peer-support',
  },
  {
    kind: 'intervention',
    id: 'syn.peer-support.online',
    name: 'Online peer support',
    parent: 'syn.peer-support',
    synonyms: ['internet peer support', 'digital peer support'],
  },
  {
    kind: 'intervention',
    id: 'syn.self-management',
    name: 'Peer-led self-management',
    parent: 'syn.peer-support',
  },
];

/** Outcomes, parents before children. */
export const OUTCOMES: readonly SyntheticConcept[] = [
  {
    kind: 'outcome',
    id: 'syn.recovery',
    name: 'Recovery',
    domain: 'PSYCHOSOCIAL',
    instruments: ['Recovery Assessment Scale', 'QPR'],
  },
  {
    kind: 'outcome',
    id: 'syn.hope',
    name: 'Hope',
    parent: 'syn.recovery',
    domain: 'PSYCHOSOCIAL',
    synonyms: ['hopefulness'],
    instruments: ['Herth Hope Index'],
  },
  {
    kind: 'outcome',
    id: 'syn.empowerment',
    name: 'Empowerment',
    domain: 'PSYCHOSOCIAL',
    instruments: ['Empowerment Scale'],
  },
  {
    kind: 'outcome',
    id: 'syn.depression',
    name: 'Depression',
    domain: 'CLINICAL',
    synonyms: ['depressive symptoms'],
    instruments: ['PHQ-9', 'CES-D'],
  },
  { kind: 'outcome', id: 'syn.symptoms', name: 'Overall symptoms', domain: 'CLINICAL' },
  {
    kind: 'outcome',
    id: 'syn.readmission',
    name: 'Readmission',
    domain: 'SERVICE_USE',
    synonyms: ['rehospitalisation'],
  },
  {
    kind: 'outcome',
    id: 'syn.fidelity',
    name: 'Implementation fidelity',
    domain: 'IMPLEMENTATION',
  },
];

/** taxonomy.csv in the taxonomy CSV format (header `kind,id,name,parent,domain,synonyms,instruments`). */
export function taxonomyCsv(): string {
  const rows = [...INTERVENTIONS, ...OUTCOMES].map((c) =>
    [
      c.kind,
      c.id,
      c.name,
      c.parent ?? '',
      c.domain ?? '',
      (c.synonyms ?? []).join(';'),
      (c.instruments ?? []).join(';'),
    ].join(','),
  );
  return ['kind,id,name,parent,domain,synonyms,instruments', ...rows].join('\n') + '\n';
}
