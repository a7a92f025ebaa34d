/**
 * The progress bar (cli-progress) of import and classify on stderr: items done,
 * items/s and ETA. Only on a terminal; pipes and --json stay quiet.
 */
import cliProgress from 'cli-progress';

/** Receives progress; a no-op when there is no terminal. */
export interface Progress {
  start(total: number): void;
  update(done: number): void;
  stop(): void;
}

const QUIET: Progress = { start() {}, update() {}, stop() {} };

/** A progress bar on stderr when it is a TTY and `quiet` is false; otherwise nothing. */
export function progressBar(
  quiet: boolean,
  what: { doing: string; unit: string } = { doing: 'importing', unit: 'records' },
): Progress {
  if (quiet || !process.stderr.isTTY) return QUIET;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${what.doing} [{bar}] {percentage}% | {value}/{total} ${what.unit} | {rate} ${what.unit}/s | ETA {eta_formatted}`,
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let startedAt = 0;
  return {
    start(total) {
      startedAt = performance.now();
      bar.start(total, 0, { rate: 0 });
    },
    update(done) {
      const seconds = (performance.now() - startedAt) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
