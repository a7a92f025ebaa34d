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

export function createRepositories(db: Executor, stats: QueryStats): Repositories {
  return {
    papers: new PaperRepository(db, stats),
    citations: new CitationRepository(db, stats),
    statements: new StatementRepository(db, stats),
    concepts: new ConceptRepository(db, stats),
    search: new SearchRepository(db, stats),
    evidence: new EvidenceRepository(db, stats),
    network: new NetworkRepository(db, stats),
    networkExport: new NetworkExportRepository(db, stats),
    related: new RelatedPaperRepository(db, stats),
    library: new LibraryRepository(db, stats),
    curation: new CurationRepository(db, stats),
  };
}
