/** All repositories for one request, sharing its round-trip counter. */
import type { Executor, QueryStats } from '../db/executor.js';
import { CitationRepository } from './citations.js';
import { ConceptRepository } from './concepts.js';
import { CurationRepository } from './curation.js';
import { EvidenceRepository } from './evidence.js';
import { LibraryRepository } from './library.js';
import { NetworkExportRepository } from './network/export.js';
import { RelatedPaperRepository } from './network/related.js';
import { NetworkRepository } from './network/traversal.js';
import { PaperRepository } from './papers.js';
import { SearchRepository } from './search.js';
import { StatementRepository } from './statements.js';

export interface Repositories {
  papers: PaperRepository;
  citations: CitationRepository;
  statements: StatementRepository;
  concepts: ConceptRepository;
  search: SearchRepository;
  evidence: EvidenceRepository;
  network: NetworkRepository;
  networkExport: NetworkExportRepository;
  related: RelatedPaperRepository;
  library: LibraryRepository;
  curation: CurationRepository;
}

/** One request's repositories, each made on first use (a request reads one or two). */
class RequestRepositories implements Repositories {
  readonly #db: Executor;
  readonly #stats: QueryStats;
  #papers?: PaperRepository;
  #citations?: CitationRepository;
  #statements?: StatementRepository;
  #concepts?: ConceptRepository;
  #search?: SearchRepository;
  #evidence?: EvidenceRepository;
  #network?: NetworkRepository;
  #networkExport?: NetworkExportRepository;
  #related?: RelatedPaperRepository;
  #library?: LibraryRepository;
  #curation?: CurationRepository;

  constructor(db: Executor, stats: QueryStats) {
    this.#db = db;
    this.#stats = stats;
  }
  get papers() {
    return (this.#papers ??= new PaperRepository(this.#db, this.#stats));
  }
  get citations() {
    return (this.#citations ??= new CitationRepository(this.#db, this.#stats));
  }
  get statements() {
    return (this.#statements ??= new StatementRepository(this.#db, this.#stats));
  }
  get concepts() {
    return (this.#concepts ??= new ConceptRepository(this.#db, this.#stats));
  }
  get search() {
    return (this.#search ??= new SearchRepository(this.#db, this.#stats));
  }
  get evidence() {
    return (this.#evidence ??= new EvidenceRepository(this.#db, this.#stats));
  }
  get network() {
    return (this.#network ??= new NetworkRepository(this.#db, this.#stats));
  }
  get networkExport() {
    return (this.#networkExport ??= new NetworkExportRepository(this.#db, this.#stats));
  }
  get related() {
    return (this.#related ??= new RelatedPaperRepository(this.#db, this.#stats));
  }
  get library() {
    return (this.#library ??= new LibraryRepository(this.#db, this.#stats));
  }
  get curation() {
    return (this.#curation ??= new CurationRepository(this.#db, this.#stats));
  }
}

export function createRepositories(db: Executor, stats: QueryStats): Repositories {
  return new RequestRepositories(db, stats);
}
