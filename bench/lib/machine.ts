/** Facts about the machine a benchmark ran on, and appending a section to bench/RESULTS.md. */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** CPU count, CPU model, total memory and load averages, as one line of Markdown. */
export function machineFacts(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux: keep os.cpus()'s model
  }
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  return `${cpus().length} CPUs (nproc), ${model}, ${gib} GiB RAM, Node ${process.version}, load average ${load} (1/5/15 min) at start`;
}

/** Appends `section` to `file`, creating it with a title first when missing. */
export function appendResults(file: string, section: string): void {
  if (!existsSync(file)) {
    writeFileSync(
      file,
      '# Benchmark results\n\nMeasured figures only; each section is appended by its benchmark.\n',
    );
  }
  appendFileSync(file, `\n${section.trim()}\n`);
}
