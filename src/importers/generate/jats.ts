/**
 * Synthetic JATS 1.2 articles for the full-text benchmark and tests: front
 * matter (DOI, PMID, PMCID, title, authors with ORCIDs, journal, ISSN, dates,
 * abstract, keywords), an IMRaD body of `sec` elements with `sec-type` and
 * titles (Methods has nested subsections), numeric in-text callouts at a
 * realistic density (ranges, groups, callouts after the full stop, xrefs in
 * superscript), and a ref-list of `element-citation`s. Deterministic per
 * (seed, article index): an article does not depend on which others are made.
 * The generator also knows what a parser should find (references, callouts,
 * citing (sentence, reference) pairs), so tests and benchmarks can check it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planCallouts, renderCallout, type Callout } from './jats-callouts.js';
import { capital, inventedWord, sentence, surname, titleWords } from './jats-prose.js';
import { identifiedIds, mix, pickCited, pmidBase, refXml, unidentified } from './jats-refs.js';
import { seededRandom, type Random } from './prng.js';

/** Size of the generated articles. */
export interface JatsOptions {
  /** Reference-list entries; default 40. */
  references?: number;
  /** In-text callouts (a range or a group is one callout); default 60. */
  callouts?: number;
}

/** One generated article and what a parser should find in it. */
export interface JatsArticle {
  xml: string;
  doi: string;
  pmid: string;
  references: number;
  /** Entries with a DOI or a PMID. */
  identified: number;
  callouts: number;
  /** `xref ref-type="bibr"` elements (a range has two, a group one per member). */
  xrefs: number;
  /** Distinct (citing sentence, cited reference) pairs: the statements a parser should make. */
  citations: number;
  /** Body sentences (paragraph text, not titles or captions). */
  sentences: number;
}

/** Top-level sections: sec-type, title, share of the body's sentences and of its callouts. */
const SECTIONS = [
  { type: 'intro', title: 'Introduction', sentences: 0.17, callouts: 0.4 },
  { type: 'materials|methods', title: 'Materials and methods', sentences: 0.25, callouts: 0.15 },
  { type: 'results', title: 'Results', sentences: 0.29, callouts: 0.1 },
  { type: 'discussion', title: 'Discussion', sentences: 0.25, callouts: 0.3 },
  { type: 'conclusions', title: 'Conclusions', sentences: 0.04, callouts: 0.05 },
] as const;
/** Body sentences per article: ~4,400 words, the middle of the 3,800–5,600 of typical PLOS research articles. */
const SENTENCES = 260;
const METHODS_SUBSECTIONS = ['Participants and samples', 'Statistical analysis'];

/** The DOI of generated article `i` of `seed`. */
export const jatsDoi = (seed: number, i: number) => `10.5555/eg.jats.${seed}.${i + 1}`;

/** The ORCID check character (ISO 7064 mod 11-2) of 15 digits. */
function orcidCheck(digits: string): string {
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

function orcid(random: Random): string {
  let digits = '000';
  for (let k = 0; k < 12; k += 1) digits += String(random.int(10));
  const all = digits + orcidCheck(digits);
  return all.match(/.{4}/g)!.join('-');
}

const date = (type: string, y: number, m: number, d: number) =>
  `<date date-type="${type}"><day>${d}</day><month>${m}</month><year>${y}</year></date>`;

function front(random: Random, seed: number, i: number, pmid: string): string {
  const year = 2000 + random.int(25);
  const authors = 2 + random.int(7);
  let contribs = '';
  for (let a = 0; a < authors; a += 1) {
    const id = random.chance(0.7)
      ? `<contrib-id contrib-id-type="orcid">https://orcid.org/${orcid(random)}</contrib-id>`
      : '';
    contribs +=
      `<contrib contrib-type="author">${id}<name><surname>${surname(random)}</surname>` +
      `<given-names>${capital(inventedWord(random, 2))}</given-names></name>` +
      `<xref ref-type="aff" rid="aff${1 + (a % 2)}"><sup>${1 + (a % 2)}</sup></xref></contrib>\n`;
  }
  const abstract = ['Background', 'Methods', 'Results', 'Conclusions']
    .map((t) => `<sec><title>${t}</title><p>${prose(random, 2 + random.int(2))}</p></sec>`)
    .join('');
  const keywords = Array.from({ length: 5 }, () => `<kwd>${inventedWord(random, 3)}</kwd>`).join(
    '',
  );
  const journal = `${titleWords(random, 2)} Reports`;
  return `<front>
<journal-meta><journal-id journal-id-type="nlm-ta">${journal}</journal-id><journal-title-group><journal-title>${journal}</journal-title></journal-title-group><issn pub-type="epub">${String(1000 + random.int(9000))}-${String(1000 + random.int(9000))}</issn><publisher><publisher-name>Synthetic Press</publisher-name></publisher></journal-meta>
<article-meta>
<article-id pub-id-type="pmid">${pmid}</article-id><article-id pub-id-type="pmc">PMC${9_000_000 + i}</article-id><article-id pub-id-type="doi">${jatsDoi(seed, i)}</article-id>
<article-categories><subj-group subj-group-type="heading"><subject>Research Article</subject></subj-group></article-categories>
<title-group><article-title>${titleWords(random, 8 + random.int(8))}</article-title></title-group>
<contrib-group>
${contribs}</contrib-group>
<aff id="aff1"><label>1</label><institution>Institute of ${capital(inventedWord(random, 3))}</institution>, <country>Nowhere</country></aff>
<aff id="aff2"><label>2</label><institution>Department of ${capital(inventedWord(random, 3))}</institution>, <country>Elsewhere</country></aff>
<pub-date publication-format="electronic" date-type="pub"><day>${1 + random.int(28)}</day><month>${1 + random.int(12)}</month><year>${year}</year></pub-date>
<volume>${year - 1990}</volume><issue>${1 + random.int(12)}</issue><fpage>${1 + random.int(400)}</fpage><lpage>${401 + random.int(400)}</lpage>
<history>${date('received', year - 1, 1 + random.int(12), 1 + random.int(28))}${date('accepted', year, 1, 1 + random.int(28))}</history>
<permissions><license license-type="open-access"><license-p>Synthetic article generated for benchmarks; no real content.</license-p></license></permissions>
<abstract>${abstract}</abstract>
<kwd-group kwd-group-type="author">${keywords}</kwd-group>
</article-meta>
</front>`;
}

/** `n` uncited sentences as paragraph text. */
function prose(random: Random, n: number): string {
  const out: string[] = [];
  for (let k = 0; k < n; k += 1) {
    const s = sentence(random);
    out.push(`${s.main}${s.tail ? `, ${s.tail}` : ''}.`);
  }
  return out.join(' ');
}

/** Writes one sentence, with its callout before the full stop, after it, or before its tail. */
function citedSentence(
  random: Random,
  callout: Callout | undefined,
  style: 'bracket' | 'superscript',
) {
  const s = sentence(random);
  if (!callout) return { text: `${s.main}${s.tail ? `, ${s.tail}` : ''}.`, xrefs: 0 };
  const { xml, xrefs } = renderCallout(random, callout, style);
  const gap = style === 'bracket' ? ' ' : '';
  if (callout.trailing) return { text: `${s.main}${s.tail ? `, ${s.tail}` : ''}.${xml}`, xrefs };
  if (s.tail && random.chance(0.4)) return { text: `${s.main}${gap}${xml}, ${s.tail}.`, xrefs };
  return { text: `${s.main}${s.tail ? `, ${s.tail}` : ''}${gap}${xml}.`, xrefs };
}

/** Which of `sentences` sentences carry one of `callouts` callouts (distinct, ascending). */
function citingSlots(random: Random, sentences: number, callouts: number): Set<number> {
  const slots = new Set<number>();
  while (slots.size < Math.min(callouts, sentences)) slots.add(random.int(sentences));
  return slots;
}

/** Paragraphs of `sentences` sentences, the callouts taken in order from `queue`. */
function paragraphs(
  random: Random,
  sentences: number,
  calloutCount: number,
  queue: Callout[],
  style: 'bracket' | 'superscript',
  tally: { xrefs: number },
): string {
  const slots = citingSlots(random, sentences, calloutCount);
  let out = '';
  let para: string[] = [];
  let size = 4 + random.int(5);
  for (let k = 0; k < sentences; k += 1) {
    const cited = citedSentence(random, slots.has(k) ? queue.shift() : undefined, style);
    tally.xrefs += cited.xrefs;
    para.push(cited.text);
    if (para.length === size || k === sentences - 1) {
      out += `<p>${para.join(' ')}</p>\n`;
      para = [];
      size = 4 + random.int(5);
    }
  }
  return out;
}

/** Generated article `i` of `seed`. */
export function jatsArticle(seed: number, i: number, options: JatsOptions = {}): JatsArticle {
  const references = options.references ?? 40;
  const calloutCount = options.callouts ?? 60;
  if (calloutCount * 4 < references || calloutCount > SENTENCES)
    throw new RangeError(`cannot cite ${references} references with ${calloutCount} callouts`);
  const random = seededRandom(mix(seed, i));
  const pmid = String(pmidBase(seed) + 500_000 + i);
  const style = random.chance(0.8) ? 'bracket' : 'superscript';
  const callouts = planCallouts(random, references, calloutCount);
  const queue = [...callouts];
  const tally = { xrefs: 0 };
  // Section sizes by share; the last section takes what rounding left.
  let sentencesLeft = SENTENCES;
  let calloutsLeft = calloutCount;
  let body = '';
  SECTIONS.forEach((sec, k) => {
    const last = k === SECTIONS.length - 1;
    const n = last ? sentencesLeft : Math.round(SENTENCES * sec.sentences);
    const c = last ? calloutsLeft : Math.min(n, Math.round(calloutCount * sec.callouts));
    sentencesLeft -= n;
    calloutsLeft -= c;
    let inner: string;
    if (sec.type === 'materials|methods') {
      const half = Math.floor(n / 2);
      const ch = Math.floor(c / 2);
      inner = METHODS_SUBSECTIONS.map(
        (title, j) =>
          `<sec id="s${k + 1}-${j + 1}"><title>${title}</title>\n` +
          paragraphs(random, j ? n - half : half, j ? c - ch : ch, queue, style, tally) +
          '</sec>\n',
      ).join('');
    } else {
      inner = paragraphs(random, n, c, queue, style, tally);
    }
    if (sec.type === 'results') {
      inner += `<fig id="F1"><label>Fig 1</label><caption><title>${titleWords(random, 6)}.</title><p>${prose(random, 2)}</p></caption></fig>\n`;
    }
    body += `<sec id="s${k + 1}" sec-type="${sec.type}"><title>${sec.title}</title>\n${inner}</sec>\n`;
  });
  if (queue.length > 0)
    throw new RangeError(`${calloutCount} callouts do not fit in ${SENTENCES} sentences`);
  const cited = pickCited(random, references);
  const bare = unidentified(random, references);
  let refList = '';
  cited.forEach((r, k) => {
    refList += refXml(seed, k + 1, r, bare.has(k) ? 'none' : identifiedIds(random));
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" dtd-version="1.2" xml:lang="en">
${front(random, seed, i, pmid)}
<body>
${body}</body>
<back>
<ack><p>${prose(random, 2)}</p></ack>
<ref-list><title>References</title>
${refList}</ref-list>
</back>
</article>
`;
  return {
    xml,
    doi: jatsDoi(seed, i),
    pmid,
    references,
    identified: references - bare.size,
    callouts: callouts.length,
    xrefs: tally.xrefs,
    citations: callouts.reduce((n, c) => n + c.refs.length, 0),
    sentences: SENTENCES,
  };
}

/** What writeJatsCorpus wrote. */
export interface JatsCorpusSummary {
  seed: number;
  articles: number;
  references: number;
  callouts: number;
  citations: number;
  bytes: number;
  /** File names relative to `out`. */
  files: string[];
}

/** Writes articles 0 … n-1 of `seed` as `out/article-00001.nxml`, … (out is created if missing). */
export async function writeJatsCorpus(options: {
  articles: number;
  seed: number;
  out: string;
  jats?: JatsOptions;
}): Promise<JatsCorpusSummary> {
  await mkdir(options.out, { recursive: true });
  const summary: JatsCorpusSummary = {
    seed: options.seed,
    articles: options.articles,
    references: 0,
    callouts: 0,
    citations: 0,
    bytes: 0,
    files: [],
  };
  for (let i = 0; i < options.articles; i += 1) {
    const a = jatsArticle(options.seed, i, options.jats);
    const name = `article-${String(i + 1).padStart(5, '0')}.nxml`;
    await writeFile(join(options.out, name), a.xml);
    summary.references += a.references;
    summary.callouts += a.callouts;
    summary.citations += a.citations;
    summary.bytes += Buffer.byteLength(a.xml);
    summary.files.push(name);
  }
  return summary;
}
