/** The streams a command reads and writes: `process`'s in the real CLI, fakes in tests. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean | undefined };
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean | undefined };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean | undefined; readonly columns?: number | undefined };
  /**
   * Aborted when the user asks the process to stop (Ctrl-C, SIGTERM), with the signal's name
   * as its reason. Only commands marked `graceful` watch it.
   */
  readonly signal?: AbortSignal | undefined;
}

/**
 * One subcommand of `communique`. Registering a command is one entry in the table of
 * `commands.ts`.
 *
 * @example
 * ```ts
 * const hello: Command = {
 *   name: "hello",
 *   summary: "Say hello",
 *   run: async (argv, io) => (io.stdout.write("hello\n"), 0),
 * };
 * ```
 */
export interface Command {
  /** The word after `communique`. */
  readonly name: string;
  /** One line for the list of commands in `communique --help`. */
  readonly summary: string;
  /** Runs with the arguments after the command name; resolves to the exit code. Handles its own `--help`. */
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>;
  /**
   * True when the command stops cleanly on `io.signal` (and then resolves to 130 or 143);
   * otherwise an interrupt ends the process at once, which must be safe for the command.
   */
  readonly graceful?: boolean;
}

/** A mistake in the command line: reported with a hint to `--help`, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}

/** Exit codes every command uses. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 });

/**
 * The exit code of a run stopped by a signal, as shells report it: 128 plus the signal's
 * number (130 for SIGINT, 143 for SIGTERM).
 *
 * @example
 * ```ts
 * interruptedExitCode("SIGTERM"); // 143
 * ```
 */
export function interruptedExitCode(reason: unknown): number {
  return reason === "SIGTERM" ? 143 : reason === "SIGHUP" ? 129 : 130;
}

/**
 * Whether an error is a reader that went away: writing to a closed pipe
 * (`communique validate data | head`). Such a reader wanted no more output; it is no failure.
 */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}

/**
 * Writes text and waits until the stream has taken it, so a large report is not cut off
 * when the process exits.
 */
export function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
