/**
 * The two failure kinds of a parser. A ParseError means the whole file is
 * unusable and is thrown to the caller; a RecordError never leaves a parser: it
 * marks one bad record, which the parser turns into a Rejection.
 */

/** The whole file cannot be read (empty, invalid document, wrong CSV header, missing option). */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  /** The file being parsed, as given by the caller. */
  readonly file: string;
  /** 1-based line where the problem was found, when known. */
  readonly line: number | undefined;
  /** 1-based column on that line (XML formats), when known. */
  readonly column: number | undefined;

  constructor(file: string, message: string, line?: number, column?: number) {
    const at = line === undefined ? '' : column === undefined ? `:${line}` : `:${line}:${column}`;
    super(`${file}${at}: ${message}`);
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** One record is bad; `field` names the offending source field. Internal to the parsers. */
export class RecordError extends Error {
  override readonly name = 'RecordError';
  readonly field: string | undefined;

  constructor(field: string | undefined, reason: string) {
    super(reason);
    this.field = field;
  }
}
