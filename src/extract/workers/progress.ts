// Progress lines for long extractions (CLI, build, data loaders): files done of total, how many
// were extracted rather than read from the cache, the rate, and time left. A line at most every
// `everyMs` (default 2 s) and always one at the end; quick runs print only the final line.

export interface ProgressState {
  done: number;
  total: number;
  extracted: number;
  /** Seconds since the extraction started. */
  seconds: number;
}

/** "extract: 1200/10000 files (12%), 1180 extracted, 85.3 files/s, about 103 s left". */
export function formatProgress(label: string, { done, total, extracted, seconds }: ProgressState): string {
  const rate = done / Math.max(seconds, 1e-3);
  const percent = total ? Math.floor((done / total) * 100) : 100;
  const left = done < total && rate > 0 ? `, about ${Math.ceil((total - done) / rate)} s left` : "";
  const elapsed = done === total ? ` in ${seconds.toFixed(1)} s` : "";
  return `${label}: ${done}/${total} files (${percent}%), ${extracted} extracted, ${rate.toFixed(1)} files/s${left}${elapsed}`;
}

export interface ReporterOptions {
  label?: string;
  everyMs?: number;
  write?: (line: string) => void;
  now?: () => number;
}

/** An `onProgress` callback printing lines at a bounded cadence. */
export function progressReporter(options: ReporterOptions = {}): (done: number, total: number, extracted: number) => void {
  const label = options.label ?? "extract";
  const everyMs = options.everyMs ?? 2000;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => Date.now());
  const started = now();
  let last = started;
  return (done, total, extracted) => {
    const t = now();
    if (done !== total && t - last < everyMs) return;
    last = t;
    write(formatProgress(label, { done, total, extracted, seconds: (t - started) / 1000 }));
  };
}
