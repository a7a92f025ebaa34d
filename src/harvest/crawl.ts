/**
 * The fetching half of a harvest: from the seeds, level by level up to --depth, the
 * metadata of the works at that level (OpenAlex; Crossref for their reference lists), then
 * their references (OpenAlex referenced_works, Crossref reference DOIs), the works citing
 * them (OpenAlex cites:), and their S2 citations and references with contexts; then the
 * metadata of the last level, S2 records where OpenAlex had none, and with --fulltext the
 * Europe PMC full texts of the open-access works reached. Requests of one phase run
 * together (the HTTP client limits them per host), but their answers are taken in the
 * order of the works, so the same caches give the same harvest.
 */
import { normaliseDoi } from '../domain/doi.js';
import { shortWorkId } from '../importers/parsers/index.js';
import type { Clients } from './clients.js';
import { HarvestRequestError } from './errors.js';
import type { Fetched } from './fetched.js';
import { openAlexIds, s2Ids, s2IdOf } from './ids.js';
import type { HarvestOptions, HarvestProgress, Phase } from './options.js';
import type { Work } from './reached.js';
import type { SourceName } from './sources.js';

interface Crawl {
  o: HarvestOptions;
  c: Clients;
  f: Fetched;
  progress: HarvestProgress;
}

/**
 * `fn` for every item, all started at once (the client queues them per host), answers in
 * item order; a source's failure is recorded once and its later calls answer undefined.
 */
async function each<T, R>(
  k: Crawl,
  phase: Phase,
  source: SourceName,
  items: T[],
  fn: (item: T) => Promise<R> | R,
): Promise<(R | undefined)[]> {
  k.progress.phase(phase, items.length);
  let done = 0;
  const on = k.o.sources.includes(source);
  return Promise.all(
    items.map(async (item) => {
      try {
        if (!on || !k.f.working(source)) return undefined;
        return await fn(item);
      } catch (err) {
        if (!(err instanceof HarvestRequestError)) throw err;
        if (k.f.working(source)) k.f.failures.push({ source, reason: err.message });
        return undefined;
      } finally {
        k.progress.tick((done += 1));
      }
    }),
  );
}

function addOpenAlex(k: Crawl, work: unknown, depth: number): Work | undefined {
  const got = openAlexIds(work);
  const w = got && k.f.reached.add(got.ids, depth, got.year);
  if (w && !k.f.openalex.has(w)) k.f.openalex.set(w, work as Record<string, unknown>);
  return w;
}

async function seeds(k: Crawl): Promise<void> {
  const { reached } = k.f;
  for (const doi of k.o.dois) reached.add({ doi }, 0);
  for (const ref of k.o.seedRefs ?? []) reached.add(ref, 0);
  const byDoi = reached.atDepth(0).filter((w) => w.ids.doi);
  const [found] = await Promise.all([
    each(k, 'seeds', 'openalex', byDoi, (w) => k.c.openalex.workByDoi(w.ids.doi as string)),
  ]);
  found.forEach((work) => work && addOpenAlex(k, work, 0));
  if (k.o.query !== undefined) {
    const hits = await each(k, 'seeds', 'openalex', [k.o.query], (q) =>
      k.c.openalex.search(q, k.o.queryLimit ?? 25),
    );
    for (const work of hits[0] ?? []) addOpenAlex(k, work, 0);
  }
}

/** OpenAlex records of `works` that have none yet, by OpenAlex id then by DOI. */
async function metadata(k: Crawl, works: Work[]): Promise<void> {
  const missing = works.filter((w) => !k.f.openalex.has(w));
  const byId = missing.filter((w) => w.ids.openalexId).map((w) => w.ids.openalexId as string);
  const byDoi = missing.filter((w) => !w.ids.openalexId && w.ids.doi).map((w) => w.ids.doi!);
  const got = await each(
    k,
    'metadata',
    'openalex',
    [
      ['openalex', byId],
      ['doi', byDoi],
    ] as const,
    ([field, values]) => (values.length > 0 ? k.c.openalex.byIds(field, values) : []),
  );
  for (const list of got) {
    for (const work of list ?? []) {
      const ids = openAlexIds(work);
      const w = ids && k.f.reached.find(ids.ids);
      if (!w || k.f.openalex.has(w)) continue;
      k.f.reached.add(ids.ids, w.depth, ids.year);
      k.f.openalex.set(w, work);
    }
  }
  // Crossref's deposit for the works whose references are followed: their reference lists.
  const listed = k.o.direction === 'citations' ? [] : works.filter((w) => w.depth < k.o.depth);
  const withDoi = [...listed, ...works.filter((w) => w.depth === 0)].filter(
    (w, i, all) => w.ids.doi && !k.f.crossref.has(w) && all.indexOf(w) === i,
  );
  const deposits = await each(k, 'metadata', 'crossref', withDoi, (w) =>
    k.c.crossref.work(w.ids.doi as string),
  );
  deposits.forEach((d, i) => d && k.f.crossref.set(withDoi[i]!, d));
}

async function references(k: Crawl, frontier: Work[], depth: number): Promise<void> {
  k.progress.phase('references', frontier.length);
  frontier.forEach((w, i) => {
    const refs = k.f.openalex.get(w)?.referenced_works;
    for (const r of Array.isArray(refs) ? refs : []) {
      const id = shortWorkId(r);
      if (id) k.f.reached.add({ openalexId: id }, depth);
    }
    const deposited = k.f.crossref.get(w)?.reference;
    for (const r of Array.isArray(deposited) ? deposited : []) {
      const doi = normaliseDoi((r as { DOI?: string } | null)?.DOI);
      if (doi) k.f.reached.add({ doi }, depth);
    }
    k.progress.tick(i + 1);
  });
}

async function citations(k: Crawl, frontier: Work[], depth: number): Promise<void> {
  const cap = k.o.maxPapers;
  const got = await each(k, 'citations', 'openalex', frontier, (w) =>
    w.ids.openalexId ? k.c.openalex.citing(w.ids.openalexId, cap) : Promise.resolve([]),
  );
  for (const list of got) for (const work of list ?? []) addOpenAlex(k, work, depth);
}

async function contexts(k: Crawl, frontier: Work[], depth: number): Promise<void> {
  const dirs: ('citations' | 'references')[] =
    k.o.direction === 'both' ? ['references', 'citations'] : [k.o.direction];
  const jobs = frontier.flatMap((w) => dirs.map((d) => ({ w, d, id: s2IdOf(w.ids) })));
  const got = await each(k, 'contexts', 's2', jobs, ({ d, id }) =>
    id === null ? Promise.resolve(null) : k.c.s2.edges(id, d, k.o.maxPapers),
  );
  got.forEach((entries, i) => {
    const { w, d } = jobs[i]!;
    if (!entries) return;
    const slot = k.f.s2Edges.get(w) ?? {};
    slot[d] = entries;
    k.f.s2Edges.set(w, slot);
    for (const e of entries) {
      const other = s2Ids(d === 'citations' ? e.citingPaper : e.citedPaper);
      if (other) k.f.reached.add(other.ids, depth, other.year);
    }
  });
}

/** S2's records of the seeds and of the works OpenAlex had no record of. */
async function s2Metadata(k: Crawl): Promise<void> {
  const works = k.f.reached.included.filter(
    (w) => (w.depth === 0 || !k.f.openalex.has(w)) && s2IdOf(w.ids) !== null,
  );
  const [papers] = await each(k, 'metadata', 's2', [works], (ws) =>
    ws.length > 0 ? k.c.s2.batch(ws.map((w) => s2IdOf(w.ids) as string)) : [],
  );
  (papers ?? []).forEach((p, i) => {
    const ids = p && s2Ids(p);
    if (!ids) return;
    k.f.reached.add(ids.ids, works[i]!.depth, ids.year);
    k.f.s2Papers.set(works[i]!, p);
  });
}

async function fullTexts(k: Crawl): Promise<void> {
  const works = k.f.reached.included.filter((w) => w.ids.doi);
  const [hits] = await each(k, 'fulltexts', 'europepmc', [works], (ws) =>
    k.c.europepmc.openAccess(ws.map((w) => w.ids.doi as string)),
  );
  const open = (hits ?? [])
    .map((h) => ({ ...h, w: k.f.reached.find({ doi: h.doi }) }))
    .filter((h, i, all) => h.w && !h.w.excluded && all.findIndex((o) => o.w === h.w) === i);
  const texts = await each(k, 'fulltexts', 'europepmc', open, (h) =>
    k.c.europepmc.fullText(h.pmcid),
  );
  texts.forEach((xml, i) => xml && k.f.fullTexts.set(open[i]!.w!, { pmcid: open[i]!.pmcid, xml }));
}

/** Fetches everything the harvest `o` reaches into `f`. */
export async function crawl(
  o: HarvestOptions,
  c: Clients,
  f: Fetched,
  progress: HarvestProgress,
): Promise<void> {
  const k: Crawl = { o, c, f, progress };
  await seeds(k);
  for (let level = 0; level < o.depth; level += 1) {
    const frontier = f.reached.atDepth(level);
    await metadata(k, frontier);
    if (o.direction !== 'citations') await references(k, frontier, level + 1);
    if (o.direction !== 'references') await citations(k, frontier, level + 1);
    await contexts(k, frontier, level + 1);
  }
  await metadata(k, f.reached.atDepth(o.depth));
  f.reached.applyYears();
  await s2Metadata(k);
  if (o.fulltext) await fullTexts(k);
}
