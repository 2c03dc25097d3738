/** The part of stderr the progress bar needs. */
export interface ProgressStream {
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
  write(text: string): unknown;
}

/** Shown progress; every method does nothing when the stream is not a terminal. */
export interface Progress {
  /** Counts one finished input of `bytes` bytes. */
  advance(bytes: number, failed: boolean): void;
  /** Writes a message above the bar. */
  message(text: string): void;
  /** Removes the bar. */
  done(): void;
}

/** Shortest time between two redraws, so drawing never costs more than the work. */
const REDRAW_MS = 100;

/**
 * A progress line on stderr when stderr is a terminal, silent otherwise (pipes, files, CI
 * logs get only messages). With the total size known it draws a bar, else it counts.
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, 1_000_000);
 * progress.advance(5_000, false);
 * progress.done();
 * ```
 */
export function createProgress(stream: ProgressStream, totalBytes: number | null): Progress {
  if (!stream.isTTY) {
    return { advance: () => {}, message: (text) => void stream.write(`${text}\n`), done: () => {} };
  }
  const started = Date.now();
  let drawn = 0;
  let shown = false;
  let count = 0;
  let failed = 0;
  let bytes = 0;
  const clear = (): void => {
    if (shown) stream.write("\r\u001b[2K");
    shown = false;
  };
  const draw = (): void => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = `${Math.round(count / seconds)}/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;
    const counts = `${count} parsed${failed > 0 ? `, ${failed} failed` : ""} (${rate})`;
    let line = counts;
    if (totalBytes !== null && totalBytes > 0) {
      const share = Math.min(bytes / totalBytes, 1);
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - counts.length - 10));
      const full = Math.round(share * width);
      line = `[${"#".repeat(full)}${"-".repeat(width - full)}] ${Math.floor(share * 100)}% ${counts}`;
    }
    stream.write(`\r\u001b[2K${line}`);
    shown = true;
    drawn = Date.now();
  };
  return {
    advance: (size, isFailure) => {
      count++;
      bytes += size;
      if (isFailure) failed++;
      if (Date.now() - drawn >= REDRAW_MS) draw();
    },
    message: (text) => {
      clear();
      stream.write(`${text}\n`);
      draw();
    },
    done: clear,
  };
}
