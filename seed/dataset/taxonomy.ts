/**
 * Concepts of the seed graph: intervention types, outcomes, populations and settings.
 *
 * Source: seed/sources/peer-support-literature.md — "The two seed papers"
 * (Lyons 2021's intervention types and outcomes; Murphy 2024's setting, population,
 * barriers and facilitators) and "Verified neighbourhood" (the short titles and reported
 * results of the neighbouring reviews and trials), plus the Murphy 2024 abstract in
 * seed/sources/003_7b3b4a87231fad14.txt.
 *
 * Honesty rules: every concept and description is grounded in those texts; nothing marked
 * *unverified* there is stated here as fact. No concept exists only because it "would be
 * useful": each one is used by a paper, statement or finding in this dataset.
 *
 * Synonyms and instruments are what the concept tagger (src/tagger, docs/tagger.md) matches.
 * They are the terms of the peer-support literature for the same thing (peer-delivered,
 * peer-led, peer worker / specialist / mentor, lived experience workforce, mutual aid and
 * self-help groups, consumer-run and consumer-operated services) and the standard scales
 * for each outcome. The seed's sources name no scale; the instruments are the ones issue 16
 * names (Herth Hope Index, PHQ-9, BDI, CES-D, QPR, the Empowerment Scale) and the widely
 * used scales of the same outcomes (each the scale's published name). Terms were tuned on
 * the development half of eval/tagger/labels.jsonl only (docs/tagger.md). Short terms that
 * are ambiguous alone ("support", "recovery college", "barriers") are left out on purpose.
 */
import type { ConceptRecord } from '../../src/domain/import-format.js';

export const interventions: ConceptRecord[] = [
  {
    kind: 'intervention',
    id: 'peer-support',
    name: 'Peer support',
    description:
      'Social and emotional support offered and received by people with a shared experience of mental health difficulties (definition from Murphy et al. 2024).',
    synonyms: [
      'peer-delivered',
      'peer-led',
      'peer-provided',
      'peer-run',
      'peer worker',
      'peer support worker',
      'peer support specialist',
      'peer specialist',
      'peer mentor',
      'peer mentoring',
      'peer provider',
      'peer-to-peer support',
      'peer counselling',
      'peer counseling',
      'peer navigator',
      'lived experience worker',
      'lived experience workforce',
      'lived experience practitioner',
      'consumer-provider',
      'consumer-run',
      'consumer-operated',
      'consumer-delivered',
      'peer-based intervention',
      'peer respite',
      'peer navigation',
      'self-help agency',
    ],
  },
  {
    kind: 'intervention',
    id: 'group-peer-support',
    name: 'Group peer support',
    parent: 'peer-support',
    description: 'Peer support delivered as a group intervention, the scope of Lyons et al. 2021.',
    synonyms: ['group-based peer support', 'peer group support', 'peer-led support group'],
  },
  {
    kind: 'intervention',
    id: 'mutual-support-group',
    name: 'Mutual support group',
    parent: 'group-peer-support',
    description:
      'One of the two kinds of group peer support intervention distinguished by Lyons et al. 2021 (not meta-analysed there).',
    synonyms: [
      'mutual support',
      'mutual aid',
      'mutual aid group',
      'mutual help group',
      'self-help group',
      'mutual-help group',
    ],
  },
  {
    kind: 'intervention',
    id: 'peer-support-group',
    name: 'Peer support group',
    parent: 'group-peer-support',
    description:
      'The other kind of group peer support distinguished by Lyons et al. 2021, split into anti-stigma and self-management groups, and the only kind they meta-analysed.',
    synonyms: ['peer group intervention'],
  },
  {
    kind: 'intervention',
    id: 'anti-stigma-peer-support-group',
    name: 'Anti-stigma peer support group',
    parent: 'peer-support-group',
    description:
      'A peer support group aimed at stigma, one of the two subtypes in Lyons et al. 2021.',
    synonyms: ['Honest, Open, Proud', 'Coming Out Proud'],
  },
  {
    kind: 'intervention',
    id: 'self-management-peer-support-group',
    name: 'Self-management peer support group',
    parent: 'peer-support-group',
    description:
      'A peer support group aimed at self-management, one of the two subtypes in Lyons et al. 2021.',
    synonyms: ['peer-led self-management', 'peer-delivered self-management'],
  },
  {
    kind: 'intervention',
    id: 'one-to-one-peer-support',
    name: 'One-to-one peer support',
    parent: 'peer-support',
    description:
      'Peer support delivered individually in mental health services, reviewed by White et al. 2020.',
    synonyms: [
      'one-on-one peer support',
      '1:1 peer support',
      'individual peer support',
      'individual peer mentoring',
      // A mentor or navigator works with one person: one-to-one, and peer support (above).
      'peer mentor',
      'peer mentoring',
      'peer navigator',
      'peer navigation',
      'peer health navigator',
    ],
  },
  {
    kind: 'intervention',
    id: 'online-peer-support',
    name: 'Online peer support',
    parent: 'peer-support',
    description:
      'Online peer-to-peer support, reviewed for young people with mental health problems by Ali et al. 2015.',
    synonyms: [
      'internet peer support',
      'digital peer support',
      'web-based peer support',
      'online peer-to-peer support',
      'online support group',
      'online peer support group',
      'online peer community',
      'online peer-to-peer',
    ],
  },
];

/*
 * Outcomes. Two umbrella outcomes, `psychosocial-outcomes` and `clinical-outcomes`, exist
 * because a quoted citation statement (seed file 000, third quote) contrasts exactly these
 * two groups, and Lyons 2021's conclusion draws the same line (recovery, hope, empowerment
 * vs clinical symptoms). Recovery is kept as its own root because Smit et al. 2023 split it
 * into a clinical and a personal part.
 */
export const outcomes: ConceptRecord[] = [
  {
    kind: 'outcome',
    id: 'psychosocial-outcomes',
    name: 'Psychosocial outcomes',
    domain: 'PSYCHOSOCIAL',
    description:
      'Psychosocial outcomes as a group, contrasted with clinical outcomes in statements about peer support.',
  },
  {
    kind: 'outcome',
    id: 'clinical-outcomes',
    name: 'Clinical outcomes',
    domain: 'CLINICAL',
    description:
      'Clinical outcomes as a group, such as symptoms, contrasted with psychosocial outcomes in statements about peer support.',
  },
  {
    kind: 'outcome',
    id: 'recovery',
    name: 'Recovery',
    domain: 'PSYCHOSOCIAL',
    description:
      'Overall recovery, where Lyons et al. 2021 found small gains from peer support groups.',
    synonyms: ['mental health recovery'],
    instruments: [
      'Questionnaire about the Process of Recovery',
      'QPR',
      'Recovery Assessment Scale',
      'Mental Health Recovery Measure',
    ],
  },
  {
    kind: 'outcome',
    id: 'personal-recovery',
    name: 'Personal recovery',
    parent: 'recovery',
    domain: 'PSYCHOSOCIAL',
    description: 'Personal recovery, pooled separately from clinical recovery by Smit et al. 2023.',
  },
  {
    kind: 'outcome',
    id: 'clinical-recovery',
    name: 'Clinical recovery',
    parent: 'recovery',
    domain: 'CLINICAL',
    description: 'Clinical recovery, pooled separately from personal recovery by Smit et al. 2023.',
  },
  {
    kind: 'outcome',
    id: 'hope',
    name: 'Hope',
    parent: 'psychosocial-outcomes',
    domain: 'PSYCHOSOCIAL',
    description:
      'Hope, where Lyons et al. 2021 found no improvement and Fuhr et al. 2014 a pooled gain.',
    synonyms: ['hopefulness'],
    instruments: ['Herth Hope Index', 'Herth Hope Scale', 'Adult Hope Scale', 'Snyder Hope Scale'],
  },
  {
    kind: 'outcome',
    id: 'empowerment',
    name: 'Empowerment',
    parent: 'psychosocial-outcomes',
    domain: 'PSYCHOSOCIAL',
    description:
      'Empowerment, where Lyons et al. 2021 found no improvement; also reviewed by Burke et al. 2019.',
    instruments: ['Empowerment Scale', 'Making Decisions Empowerment Scale'],
  },
  {
    kind: 'outcome',
    id: 'self-efficacy',
    name: 'Self-efficacy',
    parent: 'psychosocial-outcomes',
    domain: 'PSYCHOSOCIAL',
    description:
      'Self-efficacy, one of the outcomes of peer support reviewed by Burke et al. 2019.',
    synonyms: ['self efficacy'],
    instruments: ['General Self-Efficacy Scale'],
  },
  {
    kind: 'outcome',
    id: 'internalised-stigma',
    name: 'Internalised stigma',
    parent: 'psychosocial-outcomes',
    domain: 'PSYCHOSOCIAL',
    description:
      'Internalised (self-) stigma, one of the outcomes of peer support reviewed by Burke et al. 2019.',
    synonyms: [
      'internalized stigma',
      'self-stigma',
      'self stigma',
      'self-stigmatisation',
      'self-stigmatization',
    ],
    instruments: ['Internalized Stigma of Mental Illness', 'ISMI'],
  },
  {
    kind: 'outcome',
    id: 'quality-of-life',
    name: 'Quality of life',
    parent: 'psychosocial-outcomes',
    domain: 'PSYCHOSOCIAL',
    description:
      'Quality of life, where Fuhr et al. 2014 report a pooled gain from peer-delivered interventions.',
    synonyms: ['QoL', 'health-related quality of life', 'HRQoL'],
    instruments: ['WHOQOL-BREF', 'Manchester Short Assessment of Quality of Life', 'MANSA'],
  },
  {
    kind: 'outcome',
    id: 'symptoms',
    name: 'Clinical symptoms',
    parent: 'clinical-outcomes',
    domain: 'CLINICAL',
    description:
      'Clinical symptoms, where Lyons et al. 2021 found no improvement from group peer support.',
    synonyms: [
      'psychiatric symptoms',
      'symptom severity',
      'psychiatric symptomatology',
      'mental health symptoms',
      'symptomatology',
    ],
    instruments: ['Brief Psychiatric Rating Scale', 'BPRS'],
  },
  {
    kind: 'outcome',
    id: 'depression',
    name: 'Depression',
    parent: 'symptoms',
    domain: 'CLINICAL',
    description:
      'Depressive symptoms, meta-analysed by Pfeiffer et al. 2011 and (no effect) by Lyons et al. 2021.',
    synonyms: ['depressive symptoms', 'depressive symptomatology'],
    instruments: [
      'PHQ-9',
      'Patient Health Questionnaire',
      'BDI',
      'Beck Depression Inventory',
      'CES-D',
      'Center for Epidemiologic Studies Depression Scale',
      'EPDS',
      'Edinburgh Postnatal Depression Scale',
    ],
  },
  {
    kind: 'outcome',
    id: 'service-use',
    name: 'Service use',
    domain: 'SERVICE_USE',
    description: 'Use of mental health services, including crisis care and readmission.',
    synonyms: [
      'service utilisation',
      'service utilization',
      'mental health service use',
      'use of services',
      'health service use',
      'healthcare utilization',
      'healthcare utilisation',
      'health care utilization',
    ],
  },
  {
    kind: 'outcome',
    id: 'readmission',
    name: 'Readmission',
    parent: 'service-use',
    domain: 'SERVICE_USE',
    description:
      'Readmission to acute care after discharge, named in a quoted statement about peer support in acute services.',
    synonyms: [
      'rehospitalisation',
      'rehospitalization',
      're-hospitalisation',
      're-hospitalization',
      'psychiatric readmission',
      'hospital readmission',
    ],
  },
  {
    kind: 'outcome',
    id: 'crisis-service-use',
    name: 'Crisis or emergency service use',
    parent: 'service-use',
    domain: 'SERVICE_USE',
    description:
      'Use of crisis or emergency services, reduced by consumer-providers of care in Pitt et al. 2013.',
    synonyms: [
      'crisis service use',
      'use of crisis services',
      'emergency department visits',
      'emergency service use',
      'crisis care use',
      'crisis service usage',
      'emergency room',
    ],
  },
  {
    kind: 'outcome',
    id: 'implementation-barriers',
    name: 'Barriers to implementation',
    domain: 'IMPLEMENTATION',
    description:
      'Barriers to implementing peer support interventions, one of the questions of Murphy et al. 2024.',
    synonyms: ['implementation barriers', 'barriers to implementation', 'barriers to implementing'],
  },
  {
    kind: 'outcome',
    id: 'staff-confidentiality-concerns',
    name: 'Staff concerns about confidentiality of peer relationships',
    parent: 'implementation-barriers',
    domain: 'IMPLEMENTATION',
    description:
      'Staff concerns around the confidentiality of peer support relationships, a barrier reported by Murphy et al. 2024.',
  },
  {
    kind: 'outcome',
    id: 'psw-role-confidence',
    name: "Peer support workers' confidence in their roles",
    parent: 'implementation-barriers',
    domain: 'IMPLEMENTATION',
    description:
      "Peer support workers' (PSWs') confidence in their roles, a barrier reported by Murphy et al. 2024.",
  },
  {
    kind: 'outcome',
    id: 'implementation-facilitators',
    name: 'Facilitators of implementation',
    domain: 'IMPLEMENTATION',
    description:
      'Facilitators of implementing peer support interventions, one of the questions of Murphy et al. 2024.',
    synonyms: [
      'implementation facilitators',
      'facilitators to implementation',
      'facilitators of implementing',
    ],
  },
  {
    kind: 'outcome',
    id: 'positive-staff-support',
    name: 'Positive support from staff',
    parent: 'implementation-facilitators',
    domain: 'IMPLEMENTATION',
    description:
      'Positive support from staff members, a facilitator reported by Murphy et al. 2024.',
  },
  {
    kind: 'outcome',
    id: 'role-clarity',
    name: 'Role clarity',
    parent: 'implementation-facilitators',
    domain: 'IMPLEMENTATION',
    description:
      'Clarity of the peer support worker role, a facilitator reported by Murphy et al. 2024.',
    synonyms: ['clarity of roles', 'role ambiguity'],
  },
];

export const populations: ConceptRecord[] = [
  {
    kind: 'population',
    id: 'people-with-mental-health-conditions',
    name: 'People with mental health conditions',
    description:
      'People experiencing (or with lived experience of) mental health conditions, the population of Lyons et al. 2021.',
  },
  {
    kind: 'population',
    id: 'adults-mental-health-conditions',
    name: 'Adult clients of mental health services',
    parent: 'people-with-mental-health-conditions',
    description:
      'Adult clients of statutory mental health services, the population of Pitt et al. 2013.',
  },
  {
    kind: 'population',
    id: 'severe-mental-illness',
    name: 'Severe mental illness',
    parent: 'people-with-mental-health-conditions',
    description:
      'People with severe (serious) mental illness, the population of Lloyd-Evans 2014, Fuhr 2014, Chien 2019 and Chinman 2014.',
  },
  {
    kind: 'population',
    id: 'psychosis',
    name: 'Psychosis or schizophrenia',
    parent: 'severe-mental-illness',
    description:
      'People with psychosis or schizophrenia, as in Castelein et al. 2008 and Chien et al. 2019.',
  },
  {
    kind: 'population',
    id: 'people-with-depression',
    name: 'People with depression',
    parent: 'people-with-mental-health-conditions',
    description:
      'People with depression, the population of Pfeiffer et al. 2011 and (in part) Fuhr et al. 2014.',
  },
  {
    kind: 'population',
    id: 'youth',
    name: 'Youth',
    description:
      'Young people with mental health problems, the population of Murphy 2024, Ali 2015, Simmons 2023 and de Beer 2024.',
  },
];

export const settings: ConceptRecord[] = [
  {
    kind: 'setting',
    id: 'mental-health-services',
    name: 'Mental health services',
    description:
      'Mental health services in general (statutory services in Pitt et al. 2013; services in White et al. 2020).',
  },
  {
    kind: 'setting',
    id: 'community-mental-health',
    name: 'Community mental health',
    parent: 'mental-health-services',
    description: 'Peer services in the community, the setting of Kowalski et al. 2020.',
  },
  {
    kind: 'setting',
    id: 'integrated-youth-services',
    name: 'Integrated youth services',
    parent: 'mental-health-services',
    description:
      'Integrated primary youth mental health care services, a setting of Murphy et al. 2024.',
  },
  {
    kind: 'setting',
    id: 'educational-settings',
    name: 'Educational settings',
    description: 'Schools and other educational settings, a setting of Murphy et al. 2024.',
  },
  {
    kind: 'setting',
    id: 'acute-inpatient',
    name: 'Acute and inpatient psychiatric care',
    parent: 'mental-health-services',
    description:
      'Acute psychiatric care, including inpatient care and discharge from it (Johnson 2022; Gillard 2022).',
  },
  {
    kind: 'setting',
    id: 'crisis-team-care',
    name: 'Crisis team care',
    parent: 'mental-health-services',
    description:
      'Care by crisis teams, after which the CORE trial (Johnson et al. 2017) offered peer-supported self-management.',
  },
];

export const concepts: ConceptRecord[] = [
  ...interventions,
  ...outcomes,
  ...populations,
  ...settings,
];
