/** All repositories for one request, sharing its round-trip counter. */
import type { Executor, QueryStats } from '../db/executor.js';
import { CitationRepository } from './citations.js';
import { ConceptRepository } from './concepts.js';
import { PaperRepository } from './papers.js';
import { SearchRepository } from './search.js';
import { StatementRepository } from './statements.js';

export interface Repositories {
  papers: PaperRepository;
  citations: CitationRepository;
  statements: StatementRepository;
  concepts: ConceptRepository;
  search: SearchRepository;
}

export function createRepositories(db: Executor, stats: QueryStats): Repositories {
  return {
    papers: new PaperRepository(db, stats),
    citations: new CitationRepository(db, stats),
    statements: new StatementRepository(db, stats),
    concepts: new ConceptRepository(db, stats),
    search: new SearchRepository(db, stats),
  };
}
