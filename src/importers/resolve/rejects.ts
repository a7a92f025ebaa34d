/**
 * Rejections of the resolution stage. Each refused record is reported with
 * its file, its index in its list, the field at fault and why; nothing of it
 * is written.
 */
import type { Rejection } from '../../domain/import-format.js';

/** Reports record `index` of the batch as refused because of `field`. */
export type RejectSink = (index: number, field: string, reason: string, raw: unknown) => void;

/** A sink that collects the rejections of `file` into `out`. */
export function collectRejects(file: string, out: Rejection[]): RejectSink {
  return (index, field, reason, raw) => {
    out.push({ file, index, field, reason, raw });
  };
}
