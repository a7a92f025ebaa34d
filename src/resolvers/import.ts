/**
 * Mutation.importRecords: a small upload through the same import path as the
 * CLI (src/importers/run.ts → writeBatch). The resolver only checks arguments
 * and maps errors; it runs no Cypher itself.
 */
import type { ImportFormat, Resolvers } from '../__generated__/resolvers-types.js';
import { AppError, badInput } from '../domain/errors.js';
import type { Rejection } from '../domain/records.js';
import {
  ImportError,
  paperRefOf,
  runImport,
  textSource,
  type FormatChoice,
} from '../importers/run.js';

/** Largest accepted `content`, in characters (the HTTP body limit is 1 MB). */
export const MAX_IMPORT_CHARS = 512 * 1024;
/** Rejections listed in the result; the count covers all of them. */
const LISTED_REJECTS = 100;
const RAW_CHARS = 2_000;

function formatOf(format: ImportFormat): FormatChoice {
  return format === 'AUTO' ? 'auto' : (format.toLowerCase().replace('_', '-') as FormatChoice);
}

function rejection(r: Rejection) {
  const raw = typeof r.raw === 'string' ? r.raw : JSON.stringify(r.raw);
  return {
    line: r.line ?? null,
    index: r.index ?? null,
    field: r.field ?? null,
    reason: r.reason,
    raw: raw === undefined ? null : raw.slice(0, RAW_CHARS),
  };
}

export const importResolvers: Resolvers = {
  Mutation: {
    // authorization: curator (issue 7)
    async importRecords(_root, { format, content, paper, dryRun }, { db }) {
      if (content.length > MAX_IMPORT_CHARS) {
        throw badInput(
          'content',
          `content is ${content.length} characters; importRecords takes at most ${MAX_IMPORT_CHARS} (use the import command for larger files)`,
        );
      }
      if (paper != null && paper.trim() === '') throw badInput('paper', 'paper must not be empty');
      try {
        const summary = await runImport(db, [textSource('upload', content, formatOf(format))], {
          paper: paper == null ? undefined : paperRefOf(paper),
          dryRun: dryRun ?? false,
          keepRejects: LISTED_REJECTS,
        });
        return { ...summary, rejects: summary.rejects.map(rejection) };
      } catch (err) {
        if (!(err instanceof ImportError)) throw err;
        if (err.stage !== 'write') throw badInput('content', err.message);
        throw err.cause instanceof AppError ? err.cause : err;
      }
    },
  },
};
