/**
 * The import sources a harvest writes: its API answers as the documents the import parsers
 * read (an OpenAlex list response, an S2 batch array, S2 citations/references responses
 * with their anchor paper, Crossref works, JATS articles), each link trimmed to the works
 * the harvest includes, so a citing paper's other references do not flood the graph with
 * stubs. Every write goes through src/importers/run.ts like any import.
 */
import { normaliseDoi } from '../domain/doi.js';
import type { PaperRef } from '../domain/import-format.js';
import { shortWorkId } from '../importers/parsers/index.js';
import { textSource, type ImportSource } from '../importers/run.js';
import type { Fetched } from './fetched.js';
import { s2Ids } from './ids.js';
import type { Work } from './reached.js';

/** One write of the harvest: a journal step, its sources, and the anchor of S2 responses. */
export interface WriteUnit {
  step: string;
  sources: ImportSource[];
  paper?: PaperRef;
}

const json = (name: string, value: unknown, format: ImportSource['format']) =>
  textSource(name, JSON.stringify(value), format);

function openAlexWorks(f: Fetched): unknown[] {
  return [...f.openalex].flatMap(([w, work]) => {
    if (w.excluded) return [];
    const refs = Array.isArray(work.referenced_works) ? work.referenced_works : [];
    const kept = refs.filter((r) => {
      const id = shortWorkId(r);
      return id !== undefined && f.reached.includes({ openalexId: id });
    });
    return [{ ...work, referenced_works: kept }];
  });
}

function crossrefWorks(f: Fetched): unknown[] {
  return [...f.crossref].flatMap(([w, work]) => {
    if (w.excluded) return [];
    const refs = Array.isArray(work.reference) ? work.reference : [];
    const kept = refs.filter((r) => {
      const doi = normaliseDoi((r as { DOI?: string } | null)?.DOI);
      return doi !== null && f.reached.includes({ doi });
    });
    return [{ ...work, reference: kept }];
  });
}

/** The first write: every work's metadata and reference lists. */
function papersUnit(f: Fetched): WriteUnit {
  const sources: ImportSource[] = [];
  const s2 = [...f.s2Papers].filter(([w]) => !w.excluded).map(([, p]) => p);
  if (s2.length > 0) sources.push(json('s2-papers.json', s2, 's2'));
  const works = openAlexWorks(f);
  if (works.length > 0) sources.push(json('openalex-works.json', { results: works }, 'openalex'));
  const deposits = crossrefWorks(f);
  if (deposits.length > 0) sources.push(json('crossref-works.json', deposits, 'crossref'));
  return { step: 'papers', sources };
}

function anchorOf(w: Work): PaperRef {
  return { ...w.ids };
}

/** One write per work with S2 edges: its citations and references, contexts included. */
function edgeUnits(f: Fetched): WriteUnit[] {
  const units: WriteUnit[] = [];
  let n = 0;
  for (const [w, edges] of f.s2Edges) {
    n += 1;
    if (w.excluded) continue;
    const sources: ImportSource[] = [];
    for (const d of ['citations', 'references'] as const) {
      const field = d === 'citations' ? 'citingPaper' : 'citedPaper';
      const kept = (edges[d] ?? []).filter((e) => {
        const other = s2Ids(e[field]);
        return other !== undefined && f.reached.includes(other.ids);
      });
      if (kept.length > 0) sources.push(json(`s2-${d}-${n}.json`, { offset: 0, data: kept }, 's2'));
    }
    if (sources.length > 0) units.push({ step: `s2-edges-${n}`, sources, paper: anchorOf(w) });
  }
  return units;
}

/** The last write: the open-access full texts, after the services' statements. */
function fullTextUnit(f: Fetched): WriteUnit {
  const sources = [...f.fullTexts]
    .filter(([w]) => !w.excluded)
    .map(([, t]) => textSource(`${t.pmcid}.nxml`, t.xml, 'jats'));
  return { step: 'fulltexts', sources };
}

/** Every write of the harvest, in order; units without sources are left out. */
export function writeUnits(f: Fetched): WriteUnit[] {
  return [papersUnit(f), ...edgeUnits(f), fullTextUnit(f)].filter((u) => u.sources.length > 0);
}
