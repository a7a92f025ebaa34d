/**
 * Importing an uploaded text (Mutation.importRecords): the same import path as the CLI
 * (src/importers/run.ts → writeBatch), run on the request's database. The resolver checks
 * its arguments and shapes the answer; this use case owns the write and turns import
 * failures into typed errors, so no resolver holds a raw executor.
 */
import type { RequestContext } from '../context.js';
import { AppError, badInput } from '../domain/errors.js';
import {
  ImportError,
  paperRefOf,
  runImport,
  textSource,
  type FormatChoice,
  type ImportSummary,
} from '../importers/run.js';

/** One uploaded text to import. */
export interface TextUpload {
  content: string;
  format: FormatChoice;
  /** Anchor paper of Semantic Scholar citations/references responses. */
  paper?: string;
  dryRun: boolean;
  /** How many rejects the summary lists; its count covers all of them. */
  keepRejects: number;
}

/**
 * Imports `upload` as the source named "upload". A text that cannot be read or parsed is
 * BAD_USER_INPUT on `content`; a write failure keeps its own typed error.
 */
export async function importUpload(
  ctx: Pick<RequestContext, 'db'>,
  upload: TextUpload,
): Promise<ImportSummary> {
  try {
    return await runImport(ctx.db, [textSource('upload', upload.content, upload.format)], {
      paper: upload.paper === undefined ? undefined : paperRefOf(upload.paper),
      dryRun: upload.dryRun,
      keepRejects: upload.keepRejects,
    });
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    if (err.stage !== 'write') throw badInput('content', err.message);
    throw err.cause instanceof AppError ? err.cause : err;
  }
}
