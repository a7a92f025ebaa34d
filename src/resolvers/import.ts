/**
 * Mutation.importRecords: a small upload through the same import path as the CLI, by
 * way of the import service (src/services/import.ts). The resolver only checks
 * arguments and shapes the answer; it runs no Cypher and holds no executor.
 */
import type { ImportFormat, Resolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../domain/errors.js';
import type { Rejection } from '../domain/import-format.js';
import type { FormatChoice } from '../importers/run.js';
import { importUpload } from '../services/import.js';

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
    async importRecords(_root, { format, content, paper, dryRun }, ctx) {
      if (content.length > MAX_IMPORT_CHARS) {
        throw badInput(
          'content',
          `content is ${content.length} characters; importRecords takes at most ${MAX_IMPORT_CHARS} (use the import command for larger files)`,
        );
      }
      if (paper != null && paper.trim() === '') throw badInput('paper', 'paper must not be empty');
      const summary = await importUpload(ctx, {
        content,
        format: formatOf(format),
        paper: paper ?? undefined,
        dryRun: dryRun ?? false,
        keepRejects: LISTED_REJECTS,
      });
      return {
        ...summary,
        rejects: summary.rejects.map(rejection),
        droppedCitations: Object.entries(summary.droppedCitations ?? {}).map(([reason, count]) => ({
          reason,
          count,
        })),
        warnings: summary.warnings ?? [],
      };
    },
  },
};
