// GraphQL Code Generator: resolver types from schema/*.graphql, with mappers so
// resolvers are typed against what repositories return. Output is generated,
// never hand-edited, and checked current in CI (npm run codegen:check).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#RequestContext',
        mappers: {
          Paper: '../repositories/models.js#PaperModel',
          Author: '../repositories/models.js#AuthorModel',
          Venue: '../repositories/models.js#VenueModel',
          InterventionType: '../repositories/models.js#ConceptModel',
          Outcome: '../repositories/models.js#ConceptModel',
          Population: '../repositories/models.js#ConceptModel',
          Setting: '../repositories/models.js#ConceptModel',
          Concept: '../repositories/models.js#ConceptModel',
          Finding: '../repositories/models.js#FindingModel',
          Statement: '../repositories/models.js#StatementModel',
          ExternalTally: '../repositories/models.js#ExternalTallyModel',
          CitationEdge: '../repositories/models.js#CitationEdgeModel',
          ConceptLink: '../repositories/models.js#ConceptLinkModel',
          InclusionLink: '../repositories/models.js#InclusionLinkModel',
          CitationConnection: '../repositories/models.js#ConnectionModel<CitationEdgeModel>',
          PaperConnection: '../repositories/models.js#ConnectionModel<PaperEdgeModel>',
          PaperEdge: '../repositories/models.js#PaperEdgeModel',
          StatementConnection: '../repositories/models.js#ConnectionModel<StatementEdgeModel>',
          StatementEdge: '../repositories/models.js#StatementEdgeModel',
          SearchConnection: '../repositories/models.js#ConnectionModel<SearchEdgeModel>',
          SearchEdge: '../repositories/models.js#SearchEdgeModel',
          SearchHit: '../repositories/models.js#SearchHitModel',
          CitationTally: '../repositories/models.js#PaperModel',
          EvidenceMap: '../repositories/evidence-models.js#EvidenceMapModel',
          EvidenceCell: '../repositories/evidence-models.js#EvidenceCellModel',
          CellEffect: '../repositories/evidence-models.js#CellEffectModel',
          PooledEffect: '../repositories/evidence-models.js#PooledEffectModel',
          Network: '../repositories/network/models.js#NetworkModel',
          NetworkNode: '../repositories/network/models.js#NetworkNodeModel',
          NetworkEdge: '../repositories/network/models.js#NetworkEdgeModel',
          RelatedPaper: '../repositories/network/models.js#RelatedPaperModel',
          User: '../repositories/library.js#UserModel',
          Collection: '../repositories/library.js#CollectionModel',
          PaperReaction: '../repositories/library.js#PaperReactionModel',
          PaperViewerState: '../repositories/library.js#ViewerStateModel',
          Change: '../repositories/curation.js#ChangeModel',
          ChangeEdge: '../repositories/curation.js#ChangeEdgeModel',
          ChangeConnection: '../repositories/models.js#ConnectionModel<ChangeEdgeModel>',
        },
        scalars: { ID: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
