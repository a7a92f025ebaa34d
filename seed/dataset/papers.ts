/**
 * Papers of the seed graph.
 *
 * Sources: seed/sources/records.md — one entry per paper naming the publisher, PubMed/PMC
 * or Cochrane page each fact was checked against (2026-11-28) — plus
 * seed/sources/peer-support-literature.md, the reference the seed was first built from, and
 * the two abstract files 000_b8429c08e3a97322.txt (Lyons 2021) and 003_7b3b4a87231fad14.txt
 * (Murphy 2024).
 *
 * Honesty rules: titles are the published titles, as the checked record writes them (its
 * capitalisation kept; Unicode hyphens written as "-"); author lists are complete and in
 * the record's order, with names as the record gives them (initials where it gives only
 * initials). DOIs are lower-cased (normaliseDoi). A field no record confirmed is kept as the
 * reference gave it and flagged in `unverified`, with why: it is never completed from
 * memory. Venue names are the reference's (often the NLM abbreviation).
 */
import type { AuthorRecord, PaperRecord } from '../../src/domain/import-format.js';

const SR = 'systematic review';
const MA = 'meta-analysis';
const RCT = 'randomized controlled trial';

/** An author list, in the record's order. */
const names = (...all: string[]): AuthorRecord[] => all.map((name) => ({ name }));

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
  authors: names('Natasha Lyons', 'Chris Cooper', 'Brynmor Lloyd-Evans'),
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
  authors: names(
    'Rachel Murphy',
    'Leigh Huggard',
    'Amanda Fitzgerald',
    'Eilis Hennessy',
    'Ailbhe Booth',
  ),
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
  publicationDate: '2024-02-29',
  publicationTypes: [SR, 'umbrella review'],
  authors: names(
    'Ruth E. Cooper',
    'Katherine R. K. Saunders',
    'Anna Greenburgh',
    'Prisha Shah',
    'Rebecca Appleton',
    'Karen Machin',
    'Tamar Jeynes',
    'Phoebe Barnett',
    'Sophie M. Allan',
    'Jessica Griffiths',
    'Ruth Stuart',
    'Lizzie Mitchell',
    'Beverley Chipp',
    'Stephen Jeffreys',
    'Brynmor Lloyd-Evans',
    'Alan Simpson',
    'Sonia Johnson',
  ),
  venue: { name: 'BMC Medicine', volume: '22', pages: '72' },
  interventions: ['peer-support'],
  source: 'seed',
};

export const johnson2022: PaperRecord = {
  id: 'johnson-2022',
  doi: '10.1002/wps.20962',
  pmid: '35524608',
  pmcid: 'PMC9077627',
  title:
    'Acute psychiatric care: approaches to increasing the range of services and improving access and quality of care',
  year: 2022,
  publicationDate: '2022-05-07',
  // The record checked does not say what kind of article this is.
  publicationTypes: [],
  authors: names(
    'Sonia Johnson',
    'Christian Dalton-Locke',
    'John Baker',
    'Charlotte Hanlon',
    'Tatiana Taylor Salisbury',
    'Matt Fossey',
    'Karen Newbigging',
    'Sarah E Carr',
    'Jennifer Hensel',
    'Giuseppe Carrà',
    'Urs Hepp',
    'Constanza Caneo',
    'Justin J Needle',
    'Brynmor Lloyd-Evans',
  ),
  venue: { name: 'World Psychiatry', volume: '21', issue: '2', pages: '220-236' },
  settings: ['acute-inpatient'],
  source: 'seed',
};

// ---------------------------------------------------------------------------------------
// The neighbourhood: the reference's 20-row table, in its order
// ---------------------------------------------------------------------------------------

export const neighbourhood: PaperRecord[] = [
  {
    id: 'lloyd-evans-2014',
    doi: '10.1186/1471-244x-14-39',
    pmid: '24528545',
    pmcid: 'PMC3933205',
    title:
      'A systematic review and meta-analysis of randomised controlled trials of peer support for people with severe mental illness',
    year: 2014,
    publicationDate: '2014-02-14',
    publicationTypes: [SR, MA],
    authors: names(
      'Brynmor Lloyd-Evans',
      'Evan Mayo-Wilson',
      'Bronwyn Harrison',
      'Hannah Istead',
      'Ellie Brown',
      'Stephen Pilling',
      'Sonia Johnson',
      'Tim Kendall',
    ),
    venue: { name: 'BMC Psychiatry', volume: '14', pages: '39' },
    interventions: ['peer-support'],
    populations: ['severe-mental-illness'],
    source: 'seed',
  },
  {
    id: 'pitt-2013',
    doi: '10.1002/14651858.cd004807.pub2',
    pmid: '23543537',
    pmcid: 'PMC9750934',
    title: 'Consumer-providers of care for adult clients of statutory mental health services',
    year: 2013,
    publicationDate: '2013-03-28',
    // A Cochrane review of randomised trials reporting a pooled SMD.
    publicationTypes: [SR, MA],
    authors: names(
      'Veronica Pitt',
      'Dianne Lowe',
      'Sophie Hill',
      'Megan Prictor',
      'Sarah E Hetrick',
      'Rebecca Ryan',
      'Lynda Berends',
    ),
    venue: { name: 'Cochrane Database Syst Rev', issue: '3', pages: 'CD004807' },
    interventions: ['peer-support'],
    outcomes: ['crisis-service-use'],
    populations: ['adults-mental-health-conditions'],
    settings: ['mental-health-services'],
    source: 'seed',
  },
  {
    id: 'fuhr-2014',
    doi: '10.1007/s00127-014-0857-5',
    title:
      'Effectiveness of peer-delivered interventions for severe mental illness and depression on clinical and psychosocial outcomes: a systematic review and meta-analysis',
    year: 2014,
    publicationTypes: [SR, MA],
    authors: names(
      'Daniela C. Fuhr',
      'Tatiana Taylor Salisbury',
      'Mary J. De Silva',
      'Najia Atif',
      'Nadja van Ginneken',
      'Atif Rahman',
      'Vikram Patel',
    ),
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
    pmcid: 'PMC6448529',
    title: 'Peer support for people with schizophrenia or other serious mental illness',
    year: 2019,
    // Cooper et al. 2024 (Table 1) list it among the systematic reviews with meta-analyses.
    publicationTypes: [SR, MA],
    authors: names('Wai Tong Chien', 'Andrew V Clifton', 'Sai Zhao', 'Steve Lui'),
    // PMC files it under issue 4, Crossref under issue 6: the issue is left out.
    venue: { name: 'Cochrane Database Syst Rev', pages: 'CD010880' },
    interventions: ['peer-support'],
    populations: ['severe-mental-illness', 'psychosis'],
    source: 'seed',
  },
  {
    id: 'white-2020',
    doi: '10.1186/s12888-020-02923-3',
    pmid: '33176729',
    pmcid: 'PMC7657356',
    title:
      'The effectiveness of one-to-one peer support in mental health services: a systematic review and meta-analysis',
    year: 2020,
    publicationTypes: [SR, MA],
    authors: names(
      'Sarah White',
      'Rhiannon Foster',
      'Jacqueline Marks',
      'Rosaleen Morshead',
      'Lucy Goldsmith',
      'Sally Barlow',
      'Jacqueline Sin',
      'Steve Gillard',
    ),
    venue: { name: 'BMC Psychiatry', volume: '20', issue: '1' },
    interventions: ['one-to-one-peer-support'],
    settings: ['mental-health-services'],
    source: 'seed',
  },
  {
    id: 'johnson-2017',
    doi: '10.1136/bmjopen-2016-015665',
    pmid: '29079602',
    pmcid: 'PMC5665309',
    title:
      'Randomised controlled trial of the clinical and cost-effectiveness of a peer-delivered self-management intervention to prevent relapse in crisis resolution team users: study protocol',
    year: 2017,
    publicationDate: '2017-10-27',
    publicationTypes: ['study protocol'],
    authors: names(
      'Sonia Johnson',
      'Oliver Mason',
      'David Osborn',
      'Alyssa Milton',
      'Claire Henderson',
      'Louise Marston',
      'Gareth Ambler',
      'Rachael Hunter',
      'Stephen Pilling',
      'Nicola Morant',
      'Richard Gray',
      'Tim Weaver',
      'Fiona Nolan',
      'Brynmor Lloyd-Evans',
    ),
    venue: { name: 'BMJ Open', volume: '7', issue: '10', pages: 'e015665' },
    interventions: ['peer-support'],
    settings: ['crisis-team-care'],
    source: 'seed',
  },
  {
    id: 'ali-2015',
    doi: '10.2196/mental.4418',
    pmid: '26543923',
    pmcid: 'PMC4607385',
    title:
      'Online Peer-to-Peer Support for Young People With Mental Health Problems: A Systematic Review',
    year: 2015,
    publicationTypes: [SR],
    authors: names('Kathina Ali', 'Louise Farrer', 'Amelia Gulliver', 'Kathleen M Griffiths'),
    venue: { name: 'JMIR Ment Health', volume: '2', issue: '2', pages: 'e19' },
    interventions: ['online-peer-support'],
    populations: ['youth'],
    source: 'seed',
  },
  {
    id: 'smit-2023',
    doi: '10.1017/s0033291722002422',
    title:
      'The effectiveness of peer support for individuals with mental illness: systematic review and meta-analysis',
    year: 2023,
    publicationTypes: [SR, MA],
    authors: names(
      'Dorien Smit',
      'Clara Miguel',
      'Janna N. Vrijsen',
      'Bart Groeneweg',
      'Jan Spijker',
      'Pim Cuijpers',
    ),
    venue: { name: 'Psychol Med', volume: '53', issue: '11', pages: '5332-5341' },
    interventions: ['peer-support'],
    outcomes: ['clinical-recovery', 'personal-recovery'],
    populations: ['people-with-mental-health-conditions'],
    source: 'seed',
  },
  {
    id: 'pfeiffer-2011',
    doi: '10.1016/j.genhosppsych.2010.10.002',
    pmid: '21353125',
    pmcid: 'PMC3052992',
    title: 'Efficacy of peer support interventions for depression: a meta-analysis',
    year: 2011,
    publicationDate: '2011-01',
    publicationTypes: [MA],
    authors: names(
      'Paul N. Pfeiffer',
      'Michele Heisler',
      'John D. Piette',
      'Mary A.M. Rogers',
      'Marcia Valenstein',
    ),
    venue: { name: 'Gen Hosp Psychiatry', volume: '33', issue: '1', pages: '29-36' },
    interventions: ['peer-support'],
    outcomes: ['depression'],
    populations: ['people-with-depression'],
    source: 'seed',
  },
  {
    id: 'burke-2019',
    doi: '10.1037/sah0000148',
    title:
      'The effects of peer support on empowerment, self-efficacy, and internalized stigma: A narrative synthesis and meta-analysis',
    year: 2019,
    // A narrative synthesis of 23 studies with meta-analyses of the group interventions.
    publicationTypes: ['review', MA],
    authors: names(
      'Eilish Burke',
      'Melissa Pyle',
      'Karen Machin',
      'Filippo Varese',
      'Anthony P Morrison',
    ),
    venue: { name: 'Stigma and Health' },
    interventions: ['peer-support'],
    outcomes: ['empowerment', 'self-efficacy', 'internalised-stigma'],
    unverified: [
      {
        field: 'authors',
        note: "Read from the authors' accepted manuscript; no publisher or PubMed page showing the author list was found.",
      },
    ],
    source: 'seed',
  },
  {
    id: 'simmons-2023',
    doi: '10.1186/s12888-023-04578-2',
    pmid: '36964523',
    pmcid: 'PMC10038377',
    title:
      'The effectiveness of peer support from a person with lived experience of mental health challenges for young people with anxiety and depression: a systematic review',
    year: 2023,
    publicationDate: '2023-03-24',
    publicationTypes: [SR],
    authors: names(
      'Magenta B Simmons',
      'Sharla Cartner',
      'Roxxanne MacDonald',
      'Sarah Whitson',
      'Alan Bailey',
      'Ellie Brown',
    ),
    venue: { name: 'BMC Psychiatry', volume: '23', pages: '194' },
    interventions: ['peer-support'],
    populations: ['youth'],
    source: 'seed',
  },
  {
    id: 'de-beer-2024',
    doi: '10.1007/s00787-022-02120-5',
    pmid: '36495354',
    pmcid: 'PMC11272732',
    title:
      'A systematic review exploring youth peer support for young people with mental health problems',
    year: 2024,
    publicationTypes: [SR],
    authors: names(
      'C R M de Beer',
      'L A Nooteboom',
      'L van Domburgh',
      'M de Vreugd',
      'J W Schoones',
      'R R J M Vermeiren',
    ),
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
      'Peer Support Services for Individuals With Serious Mental Illnesses: Assessing the Evidence',
    year: 2014,
    // "20 studies" in a review of the evidence; the record does not call it systematic.
    publicationTypes: ['review'],
    authors: names(
      'Matthew Chinman',
      'Preethy George',
      'Richard H. Dougherty',
      'Allen S. Daniels',
      'Sushmita Shoma Ghose',
      'Anita Swift',
      'Miriam E. Delphin-Rittmon',
    ),
    venue: { name: 'Psychiatric Services' },
    interventions: ['peer-support'],
    populations: ['severe-mental-illness'],
    source: 'seed',
  },
  {
    id: 'gillard-2022',
    doi: '10.1016/s2215-0366(21)00398-9',
    title:
      'Peer support for discharge from inpatient mental health care versus care as usual in England (ENRICH): a parallel, two-group, individually randomised controlled trial',
    year: 2022,
    publicationDate: '2022-02',
    publicationTypes: [RCT],
    authors: names(
      'Steve Gillard',
      'Stephen Bremner',
      'Akshaykumar Patel',
      'Lucy Goldsmith',
      'Jacqueline Marks',
      'Rhiannon Foster',
      'Rosaleen Morshead',
      'Sarah White',
      'Sarah L Gibson',
      'Andrew Healey',
      'Mike Lucock',
      'Shalini Patel',
      'Julie Repper',
      'Miles Rinaldi',
      'Alan Simpson',
      'Michael Ussher',
      'Jessica Worner',
      'Stefan Priebe',
    ),
    venue: { name: 'Lancet Psychiatry', volume: '9', issue: '2', pages: '125-136' },
    interventions: ['peer-support'],
    settings: ['acute-inpatient'],
    source: 'seed',
  },
  {
    id: 'shalaby-2020',
    doi: '10.2196/15572',
    pmid: '32357127',
    pmcid: 'PMC7312261',
    title: 'Peer Support in Mental Health: Literature Review',
    year: 2020,
    publicationDate: '2020-06-09',
    publicationTypes: ['literature review'],
    authors: names('Reham A Hameed Shalaby', 'Vincent I O Agyapong'),
    venue: { name: 'JMIR Ment Health', volume: '7', issue: '6', pages: 'e15572' },
    interventions: ['peer-support'],
    source: 'seed',
  },
  {
    id: 'castelein-2008',
    doi: '10.1111/j.1600-0447.2008.01216.x',
    pmid: '18595176',
    title: 'The effectiveness of peer support groups in psychosis: a randomized controlled trial',
    year: 2008,
    publicationDate: '2008-07',
    publicationTypes: [RCT],
    // The records checked give initials only.
    authors: names(
      'S Castelein',
      'R Bruggeman',
      'J T van Busschbach',
      'M van der Gaag',
      'A D Stant',
      'H Knegtering',
      'D Wiersma',
    ),
    venue: { name: 'Acta Psychiatr Scand', volume: '118', issue: '1', pages: '64-72' },
    // Which of Lyons' two group types this is, is not stated: the parent type is used.
    interventions: ['group-peer-support'],
    populations: ['psychosis'],
    source: 'seed',
  },
  {
    id: 'cook-2012-wrap',
    doi: '10.1093/schbul/sbr012',
    pmcid: 'PMC3406522',
    title:
      'Results of a randomised controlled trial of mental illness self-management using Wellness Recovery Action Planning',
    year: 2012,
    publicationTypes: [RCT],
    // Only the first author is known: no record showing the full list was found.
    authors: names('JA Cook'),
    venue: { name: 'Schizophr Bull', volume: '38', pages: '881' },
    interventions: ['peer-support'],
    unverified: [
      {
        field: 'title',
        note: "As Chien et al. 2019's reference list writes it (Cochrane spelling); the journal's own page was not found.",
      },
      {
        field: 'authors',
        note: 'Incomplete: first author only; no publisher or PubMed page listing the authors was found.',
      },
    ],
    source: 'seed',
  },
  {
    id: 'cook-2012-bridges',
    doi: '10.1016/j.schres.2011.10.016',
    pmid: '22130108',
    title:
      'Randomized controlled trial of peer-led recovery education using Building Recovery of Individual Dreams and Goals through Education and Support (BRIDGES)',
    year: 2012,
    publicationTypes: [RCT],
    authors: names(
      'Judith A Cook',
      'Pamela Steigman',
      'Sue Pickett',
      'Sita Diehl',
      'Anthony Fox',
      'Patricia Shipley',
      'Rachel MacFarlane',
      'Dennis D Grey',
      'Jane K Burke-Miller',
    ),
    venue: { name: 'Schizophr Res', volume: '136', issue: '1-3', pages: '36-42' },
    // "Recovery education" names the intervention's content, not a measured outcome.
    interventions: ['peer-support'],
    source: 'seed',
  },
  {
    id: 'jonikas-2013',
    doi: '10.1007/s10597-011-9475-9',
    pmid: '22167660',
    title:
      'Improving Propensity for Patient Self-Advocacy Through Wellness Recovery Action Planning: Results of a Randomized Controlled Trial',
    year: 2013,
    publicationDate: '2013-06',
    publicationTypes: [RCT],
    authors: names(
      'Jessica A. Jonikas',
      'Dennis D. Grey',
      'Mary Ellen Copeland',
      'Lisa A. Razzano',
      'Marie M. Hamilton',
      'Carol Bailey Floyd',
      'Walter B. Hudson',
      'Judith A. Cook',
    ),
    venue: { name: 'Community Ment Health J', volume: '49', issue: '3', pages: '260-269' },
    interventions: ['peer-support'],
    source: 'seed',
  },
  {
    id: 'kowalski-2020',
    doi: '10.1007/s10597-019-00514-5',
    title: 'Mental Health Recovery: The Effectiveness of Peer Services in the Community',
    year: 2020,
    // Surveys of peer-service users and interviews with peer providers.
    publicationTypes: ['study'],
    // A single-author paper.
    authors: names('Melissa A. Kowalski'),
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
