/**
 * Batching of the many small strings a serialiser produces into chunks of bounded size, so a
 * consumer (an HTTP response, a file stream) sees a few large writes instead of millions of tiny
 * ones, while no more than about one chunk of the document is ever held in memory.
 */

/** Size at which a chunk is handed out, in UTF-16 code units (~64 KB of mostly-ASCII text). */
export const CHUNK_SIZE = 64 * 1024;

/**
 * Accumulates writes until {@link CHUNK_SIZE} is reached. A chunk is at most CHUNK_SIZE plus
 * the length of the last write, since a write is never split.
 */
export class ChunkBuffer {
  private text = '';

  /** Appends `part`; returns true when a chunk is ready to be taken. */
  push(part: string): boolean {
    this.text += part;
    return this.text.length >= CHUNK_SIZE;
  }

  /** Returns everything buffered so far and empties the buffer. */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}
