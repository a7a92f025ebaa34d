/**
 * Papers of the seed graph.
 *
 * Sources: seed/sources/peer-support-literature.md — "The two seed papers"
 * (Lyons 2021, Murphy 2024) and "Verified neighbourhood" (Cooper 2024, Johnson 2022 and the
 * 20-row table); the Lyons 2021 abstract fragment from seed file 000_b8429c08e3a97322.txt and
 * the Murphy 2024 abstract from seed file 003_7b3b4a87231fad14.txt.
 *
 * Honesty rules: no DOI, author, page or number here that the reference does not give.
 * DOIs are copied from the reference and lower-cased (normaliseDoi). Where the reference
 * gives only a first author ("Lloyd-Evans B"), only that author is listed (as "B Lloyd-Evans");
 * no co-authors, initials, volumes, issues or dates are filled in from memory. Venue names
 * are copied as the reference writes them (often the NLM abbreviation), not expanded.
 * For the 20 table rows, `title` is the reference's *short title* column verbatim (e.g.
 * "SR & MA of ..."), not the official title, which the reference does not give.
 * Publication types come from the short title / result columns ("SR & MA", "RCT",
 * "protocol", a Cochrane review, a pooled estimate => meta-analysis); where the reference
 * says nothing about design, the list is left empty. Anything marked *unverified* in the
 * reference is left out or carried with explicit provenance.
 */
import type { PaperRecord } from '../../src/domain/import-format.js';

const SR = 'systematic review';
const MA = 'meta-analysis';
const RCT = 'randomized controlled trial';

// ---------------------------------------------------------------------------------------
// The two seed papers
// ---------------------------------------------------------------------------------------

export const lyons2021: PaperRecord = {
  id: 'lyons-2021',
  doi: '10.1186/s12888-021-03321-z',
  pmid: '34162340',
  pmcid: 'PMC8220835',
  title:
    'A systematic review and meta-analysis of group peer support interventions for people experiencing mental health conditions',
  // TRUNCATED: this is only the text present in seed file 000, which cuts the abstract off
  // mid-word and marks the cut with "…" (kept, as the visible truncation mark). The two
  // non-breaking spaces of the file are written as ordinary spaces; the UI text
  // " Show more" that follows the "…" is dropped. Nothing was added.
  abstract:
    'Background Peer support is being integrated within mental health services to further the development of a recovery approach. However, the most effective models and formats of intervention delivery are unknown. We conducted this systematic review and meta-analysis to determine the effectiveness of peer support for improving outcomes for people with lived experience of mental health conditions, when delivered as group interventions. Methods Studies r…',
  year: 2021,
  publicationDate: '2021-06-23',
  publicationTypes: [SR, MA],
  authors: [{ name: 'Natasha Lyons' }, { name: 'Chris Cooper' }, { name: 'Brynmor Lloyd-Evans' }],
  venue: { name: 'BMC Psychiatry', volume: '21', issue: '1', pages: '315' },
  interventions: [
    'group-peer-support',
    'mutual-support-group',
    'peer-support-group',
    'anti-stigma-peer-support-group',
    'self-management-peer-support-group',
  ],
  // Of its five meta-analysed outcomes the reference names recovery, hope and depression
  // (Cooper's table) and, in the conclusion, empowerment and clinical symptoms.
  outcomes: ['recovery', 'hope', 'empowerment', 'symptoms', 'depression'],
  populations: ['people-with-mental-health-conditions'],
  source: 'seed',
};

export const murphy2024: PaperRecord = {
  id: 'murphy-2024',
  doi: '10.1002/jcop.23090',
  pmid: '37740958',
  title:
    'A systematic scoping review of peer support interventions in integrated primary youth mental health care',
  abstract:
    "Peer support, defined as the social and emotional support offered and received by individuals with a shared experience of mental health difficulties, is gaining popularity in youth mental health settings. This systematic scoping review aimed to collate and synthesise the evidence on key aspects of peer support interventions within integrated youth services and educational settings. Specifically, it synthesised evidence on the (1) assessed mental health outcomes in peer support interventions, (2) key characteristics and associated roles of peer support workers (PSWs) and (3) barriers and facilitators to implementation. A search of peer reviewed articles from January 2005 to June 2022 across five electronic databases (PsychINFO, Pubmed, Scopus, ERIC and CINAHL) was conducted. A total of 15 studies retrieved in the search met the inclusion criteria and were included in the review. This review supports previous research indicating that peer support has potential for improving recovery related outcomes. While a variety of interventions and PSW roles were reported, studies could be strengthened by providing more in-depth information on intervention content. Examples of barriers to implementation included staff concerns around confidentiality of peer support relationships as well as PSWs' confidence in their roles. Facilitators included positive support from staff members and role clarity.",
  year: 2024,
  // Issue date January 2024; published online 2023-09-23 (the model has one date field).
  publicationDate: '2024-01',
  publicationTypes: ['scoping review'],
  // The reference gives surnames only; no initials or given names are invented.
  authors: [
    { name: 'Murphy' },
    { name: 'Huggard' },
    { name: 'Fitzgerald' },
    { name: 'Hennessy' },
    { name: 'Booth' },
  ],
  venue: { name: 'Journal of Community Psychology', volume: '52', issue: '1', pages: '154-180' },
  interventions: ['peer-support'],
  outcomes: [
    'recovery',
    'implementation-barriers',
    'staff-confidentiality-concerns',
    'psw-role-confidence',
    'implementation-facilitators',
    'positive-staff-support',
    'role-clarity',
  ],
  populations: ['youth'],
  settings: ['integrated-youth-services', 'educational-settings'],
  source: 'seed',
};

// ---------------------------------------------------------------------------------------
// Citing Lyons 2021: Cooper 2024 (verified) and Johnson 2022 (likely, NOT verified)
// ---------------------------------------------------------------------------------------

export const cooper2024: PaperRecord = {
  id: 'cooper-2024',
  doi: '10.1186/s12916-024-03260-y',
  title:
    'The effectiveness, implementation, and experiences of peer support approaches for mental health: a systematic umbrella review',
  year: 2024,
  publicationTypes: [SR, 'umbrella review'],
  // INCOMPLETE author list: the reference writes "Cooper RE, Saunders KRK, Greenburgh A,
  // … Lloyd-Evans B, Simpson A, Johnson S". Only the named authors are listed, in the given
  // order; the "…" hides an unknown number of authors, so the list order is known but the
  // array positions of the last three are NOT their true author positions.
  authors: [
    { name: 'RE Cooper' },
    { name: 'KRK Saunders' },
    { name: 'A Greenburgh' },
    { name: 'B Lloyd-Evans' },
    { name: 'A Simpson' },
    { name: 'S Johnson' },
  ],
  venue: { name: 'BMC Medicine', volume: '22', pages: '72' },
  interventions: ['peer-support'],
  source: 'seed',
};

export const johnson2022: PaperRecord = {
  id: 'johnson-2022',
  doi: '10.1002/wps.20962',
  title:
    'Acute psychiatric care: approaches to increasing the range of services and improving access and quality of care',
  year: 2022,
  // The reference does not say what kind of article this is.
  publicationTypes: [],
  // INCOMPLETE author list: the reference writes "Johnson S, Dalton-Locke C, Baker J, et al.".
  authors: [{ name: 'S Johnson' }, { name: 'C Dalton-Locke' }, { name: 'J Baker' }],
  venue: { name: 'World Psychiatry', volume: '21', issue: '2', pages: '220-236' },
  settings: ['acute-inpatient'],
  source: 'seed',
};

// ---------------------------------------------------------------------------------------
// The "Verified neighbourhood" table (20 rows, in the reference's order)
// ---------------------------------------------------------------------------------------

export const neighbourhood: PaperRecord[] = [
  {
    id: 'lloyd-evans-2014',
    doi: '10.1186/1471-244x-14-39',
    title: 'SR & MA of RCTs of peer support for people with severe mental illness',
    year: 2014,
    publicationTypes: [SR, MA],
    authors: [{ name: 'B Lloyd-Evans' }],
    venue: { name: 'BMC Psychiatry', volume: '14', pages: '39' },
    interventions: ['peer-support'],
    populations: ['severe-mental-illness'],
    source: 'seed',
  },
  {
    id: 'pitt-2013',
    doi: '10.1002/14651858.cd004807.pub2',
    title: 'Consumer-providers of care for adult clients of statutory mental health services',
    year: 2013,
    // A Cochrane review reporting a pooled SMD.
    publicationTypes: [SR, MA],
    authors: [{ name: 'V Pitt' }],
    venue: { name: 'Cochrane Database Syst Rev', pages: 'CD004807' },
    interventions: ['peer-support'],
    outcomes: ['crisis-service-use'],
    populations: ['adults-mental-health-conditions'],
    settings: ['mental-health-services'],
    source: 'seed',
  },
  {
    id: 'fuhr-2014',
    doi: '10.1007/s00127-014-0857-5',
    title: 'Effectiveness of peer-delivered interventions for severe mental illness and depression',
    year: 2014,
    // Reports pooled SMDs; the reference does not say "systematic review".
    publicationTypes: [MA],
    authors: [{ name: 'DC Fuhr' }],
    venue: {
      name: 'Soc Psychiatry Psychiatr Epidemiol',
      volume: '49',
      issue: '11',
      pages: '1691-1702',
    },
    interventions: ['peer-support'],
    outcomes: ['quality-of-life', 'hope'],
    populations: ['severe-mental-illness', 'people-with-depression'],
    source: 'seed',
  },
  {
    id: 'chien-2019',
    doi: '10.1002/14651858.cd010880.pub2',
    title: 'Peer support for people with schizophrenia or other serious mental illness',
    year: 2019,
    publicationTypes: [SR],
    authors: [{ name: 'WT Chien' }],
    venue: { name: 'Cochrane Database Syst Rev', pages: 'CD010880' },
    interventions: ['peer-support'],
    populations: ['severe-mental-illness', 'psychosis'],
    source: 'seed',
  },
  {
    id: 'white-2020',
    doi: '10.1186/s12888-020-02923-3',
    title: 'The effectiveness of one-to-one peer support in mental health services: SR & MA',
    year: 2020,
    publicationTypes: [SR, MA],
    authors: [{ name: 'S White' }],
    venue: { name: 'BMC Psychiatry', volume: '20' },
    interventions: ['one-to-one-peer-support'],
    settings: ['mental-health-services'],
    source: 'seed',
  },
  {
    id: 'johnson-2017',
    doi: '10.1136/bmjopen-2016-015665',
    title: 'CORE trial protocol: peer-supported self-management after crisis team care',
    year: 2017,
    publicationTypes: ['study protocol'],
    authors: [{ name: 'S Johnson' }],
    venue: { name: 'BMJ Open', volume: '7', issue: '10', pages: 'e015665' },
    interventions: ['peer-support'],
    settings: ['crisis-team-care'],
    source: 'seed',
  },
  {
    id: 'ali-2015',
    doi: '10.2196/mental.4418',
    title: 'Online peer-to-peer support for young people with mental health problems: SR',
    year: 2015,
    publicationTypes: [SR],
    authors: [{ name: 'K Ali' }],
    venue: { name: 'JMIR Ment Health', volume: '2', issue: '2', pages: 'e19' },
    interventions: ['online-peer-support'],
    populations: ['youth'],
    source: 'seed',
  },
  {
    id: 'smit-2023',
    doi: '10.1017/s0033291722002422',
    title: 'The effectiveness of peer support for individuals with mental illness: SR & MA',
    year: 2023,
    publicationTypes: [SR, MA],
    authors: [{ name: 'D Smit' }],
    venue: { name: 'Psychol Med', volume: '53', issue: '11', pages: '5332-5341' },
    interventions: ['peer-support'],
    outcomes: ['clinical-recovery', 'personal-recovery'],
    populations: ['people-with-mental-health-conditions'],
    source: 'seed',
  },
  {
    id: 'pfeiffer-2011',
    doi: '10.1016/j.genhosppsych.2010.10.002',
    title: 'Efficacy of peer support interventions for depression: MA',
    year: 2011,
    publicationTypes: [MA],
    authors: [{ name: 'PN Pfeiffer' }],
    venue: { name: 'Gen Hosp Psychiatry', volume: '33', issue: '1', pages: '29-36' },
    interventions: ['peer-support'],
    outcomes: ['depression'],
    populations: ['people-with-depression'],
    source: 'seed',
  },
  {
    id: 'burke-2019',
    doi: '10.1037/sah0000148',
    title: 'Effects of peer support on empowerment, self-efficacy and internalized stigma',
    year: 2019,
    // "23 studies": a review of some kind; the reference does not say which.
    publicationTypes: ['review'],
    authors: [{ name: 'E Burke' }],
    venue: { name: 'Stigma and Health' },
    interventions: ['peer-support'],
    outcomes: ['empowerment', 'self-efficacy', 'internalised-stigma'],
    source: 'seed',
  },
  {
    id: 'simmons-2023',
    doi: '10.1186/s12888-023-04578-2',
    title: 'Peer support for young people with anxiety and depression: SR',
    year: 2023,
    publicationTypes: [SR],
    authors: [{ name: 'MB Simmons' }],
    venue: { name: 'BMC Psychiatry', volume: '23', pages: '194' },
    interventions: ['peer-support'],
    populations: ['youth'],
    source: 'seed',
  },
  {
    id: 'de-beer-2024',
    doi: '10.1007/s00787-022-02120-5',
    title: 'SR of youth peer support for young people with mental health problems',
    year: 2024,
    publicationTypes: [SR],
    authors: [{ name: 'CRM de Beer' }],
    venue: {
      name: 'Eur Child Adolesc Psychiatry',
      volume: '33',
      issue: '8',
      pages: '2471-2484',
    },
    interventions: ['peer-support'],
    populations: ['youth'],
    source: 'seed',
  },
  {
    id: 'chinman-2014',
    doi: '10.1176/appi.ps.201300244',
    title:
      'Peer support services for individuals with serious mental illness: assessing the evidence',
    year: 2014,
    // "20 studies": a review of some kind; the reference does not say which.
    publicationTypes: ['review'],
    authors: [{ name: 'M Chinman' }],
    venue: { name: 'Psychiatric Services' },
    interventions: ['peer-support'],
    populations: ['severe-mental-illness'],
    source: 'seed',
  },
  {
    id: 'gillard-2022',
    doi: '10.1016/s2215-0366(21)00398-9',
    title: 'ENRICH: peer support for discharge from inpatient care, RCT',
    year: 2022,
    publicationTypes: [RCT],
    authors: [{ name: 'S Gillard' }],
    venue: { name: 'Lancet Psychiatry', volume: '9', issue: '2', pages: '125-136' },
    interventions: ['peer-support'],
    settings: ['acute-inpatient'],
    source: 'seed',
  },
  {
    id: 'shalaby-2020',
    doi: '10.2196/15572',
    title: 'Peer support in mental health: literature review',
    year: 2020,
    publicationTypes: ['literature review'],
    authors: [{ name: 'RAH Shalaby' }],
    venue: { name: 'JMIR Ment Health', volume: '7', issue: '6', pages: 'e15572' },
    interventions: ['peer-support'],
    source: 'seed',
  },
  {
    id: 'castelein-2008',
    doi: '10.1111/j.1600-0447.2008.01216.x',
    title: 'Effectiveness of peer support groups in psychosis: RCT',
    year: 2008,
    publicationTypes: [RCT],
    authors: [{ name: 'S Castelein' }],
    // The reference gives the first page only.
    venue: { name: 'Acta Psychiatr Scand', volume: '118', pages: '64' },
    // Which of Lyons' two group types this is, is not stated: the parent type is used.
    interventions: ['group-peer-support'],
    populations: ['psychosis'],
    source: 'seed',
  },
  {
    id: 'cook-2012-wrap',
    doi: '10.1093/schbul/sbr012',
    title: 'Wellness Recovery Action Planning (WRAP) self-management RCT',
    year: 2012,
    publicationTypes: [RCT],
    authors: [{ name: 'JA Cook' }],
    venue: { name: 'Schizophr Bull', volume: '38', pages: '881' },
    interventions: ['peer-support'],
    source: 'seed',
  },
  {
    id: 'cook-2012-bridges',
    doi: '10.1016/j.schres.2011.10.016',
    title: 'BRIDGES peer-led recovery education RCT',
    year: 2012,
    publicationTypes: [RCT],
    authors: [{ name: 'JA Cook' }],
    venue: { name: 'Schizophr Res', volume: '136', pages: '36' },
    // "Recovery education" names the intervention's content, not a measured outcome.
    interventions: ['peer-support'],
    source: 'seed',
  },
  {
    id: 'jonikas-2013',
    doi: '10.1007/s10597-011-9475-9',
    title: 'WRAP and self-advocacy RCT',
    year: 2013,
    publicationTypes: [RCT],
    authors: [{ name: 'JA Jonikas' }],
    venue: { name: 'Community Ment Health J', volume: '49', pages: '260' },
    interventions: ['peer-support'],
    source: 'seed',
  },
  {
    id: 'kowalski-2020',
    doi: '10.1007/s10597-019-00514-5',
    title: 'Mental health recovery: effectiveness of peer services in the community',
    year: 2020,
    publicationTypes: ['study'],
    authors: [{ name: 'MA Kowalski' }],
    venue: { name: 'Community Ment Health J', volume: '56', pages: '568-580' },
    interventions: ['peer-support'],
    outcomes: ['recovery'],
    settings: ['community-mental-health'],
    source: 'seed',
  },
];

// ---------------------------------------------------------------------------------------
// Placeholders for the citing papers of the scite statements (seed file 000)
// ---------------------------------------------------------------------------------------

/*
 * Seed file 000 quotes four citation statements about Lyons 2021 but does not name the
 * papers that make them. A statement needs a citing paper in this model, so each distinct
 * unnamed citing paper gets a placeholder: no DOI, no authors, no year, no types, only an
 * honest title. Their reference styles differ (superscript numbers, bracketed numbers,
 * author-year), so the three distinct quotes come from three different papers. The first is
 * *likely* Johnson et al. 2022 (the reference says so, unverified); it is NOT attached to
 * johnson-2022, so that the graph never asserts an unverified citation edge — the guess is
 * carried only in the statement's provenance note (see statements.ts).
 */
export const unidentifiedCiting: PaperRecord[] = [1, 2, 3].map((i) => ({
  id: `unidentified-citing-${i}`,
  title: `Unidentified citing publication (scite statement ${i})`,
  publicationTypes: [],
  source: 'seed',
}));

export const papers: PaperRecord[] = [
  lyons2021,
  murphy2024,
  cooper2024,
  johnson2022,
  ...neighbourhood,
  ...unidentifiedCiting,
];
