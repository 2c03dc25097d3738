import { stat } from "node:fs/promises";
import { EXIT, interruptedExitCode, isClosedPipe, messageOf, type CliIo, type Command } from "./command.js";
import { PARSE_USAGE, readParseArgs, UsageError, type ParseCommand } from "./parse-args.js";
import { createExecutor } from "./parse-executor.js";
import { inputsOf, isNdjsonPath, totalBytesOf, type Input } from "./parse-inputs.js";
import {
  jsonArraySink,
  ndjsonSink,
  outFolderSink,
  singleJsonSink,
  type FolderSink,
  type ResultSink,
} from "./parse-output.js";
import { createProgress } from "./parse-progress.js";
import { ReorderBuffer } from "./parse-reorder.js";
import { printable } from "./printable.js";

/** The streams a command reads and writes; see {@link CliIo}. */
export type ParseIo = CliIo;

/**
 * `communique parse [files or folders...]`: parses releases from `.txt` files, NDJSON files
 * and NDJSON on stdin, and prints JSON or NDJSON in input order, or writes one JSON file per
 * input with `--out`. Streams: memory stays flat however many inputs come; large inputs are
 * parsed on one worker thread per core. Bad inputs are reported on stderr and the rest goes on.
 * When `io.signal` aborts (Ctrl-C), reading stops, releases in progress are dropped, files
 * being written are removed, and the result is 130 (143 for SIGTERM).
 *
 * @param argv - The arguments after `parse`.
 * @param io - stdin, stdout, stderr and the interrupt signal.
 * @returns The exit code: 0 all parsed, 1 an input failed or there was none, 2 usage error,
 *   130 or 143 interrupted.
 *
 * @example
 * ```ts
 * import { runParse } from "./parse.js";
 *
 * process.exitCode = await runParse(["releases/", "--format", "ndjson"], process);
 * ```
 */
export async function runParse(argv: readonly string[], io: ParseIo): Promise<number> {
  let command: ParseCommand;
  try {
    command = readParseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`communique parse: ${error.message}\n\n${PARSE_USAGE}\n`);
    return EXIT.usage;
  }
  if (command.help) {
    io.stdout.write(`${PARSE_USAGE}\n`);
    return EXIT.ok;
  }
  let paths = command.paths;
  if (paths.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(`communique parse: give files or folders, or pipe NDJSON into stdin\n\n${PARSE_USAGE}\n`);
      return EXIT.usage;
    }
    paths = ["-"];
  }
  const signal = io.signal;
  const single = paths.length === 1 && (await isOneRelease(paths[0] as string));
  const format = command.format ?? (single ? "json" : "ndjson");
  const progress = createProgress(io.stderr, io.stderr.isTTY ? await totalBytesOf(paths) : null);
  let failures = 0;
  const say = (where: string, message: string): void => progress.message(`communique parse: ${printable(where)}: ${printable(message)}`);
  const fail = (where: string, message: string): void => {
    failures++;
    say(where, message);
  };

  let sink: ResultSink;
  let folder: FolderSink | undefined;
  if (command.out !== null) {
    try {
      folder = await outFolderSink(command.out, { noOverwrite: command.noOverwrite, onError: fail, onSkip: say });
      sink = folder;
    } catch (error) {
      io.stderr.write(`communique parse: cannot create ${printable(command.out)}: ${printable(messageOf(error))}\n`);
      return EXIT.failed;
    }
  } else if (format === "ndjson") sink = ndjsonSink(io.stdout);
  else sink = single ? singleJsonSink(io.stdout) : jsonArraySink(io.stdout);

  const indent = command.out !== null || (format === "json" && single) ? 2 : 0;
  const executor = createExecutor(command.jobs);
  const buffer = new ReorderBuffer();
  let seen = 0;
  let written = 0;
  let writerFailed = false;
  // A closed stdout (`| head`) shows as an error event, not an exception: stop both sides.
  let outputError: Error | undefined;
  const onOutputError = (error: Error): void => {
    outputError ??= error;
    writerFailed = true;
    buffer.abandon();
  };
  io.stdout.on("error", onOutputError);
  // Interrupted: stop reading and writing at once, drop what is in progress.
  const onAbort = (): void => {
    buffer.abandon();
    void executor.close();
    void folder?.abort();
  };
  signal?.addEventListener("abort", onAbort, { once: true });

  // The reader fills the buffer (and waits while it is full); the writer empties it in
  // input order as soon as the result at its head is ready.
  const writer = (async () => {
    for (let slot = await buffer.head(); slot && !signal?.aborted; slot = await buffer.head()) {
      const outcome = await slot.outcome;
      if (outputError) throw outputError;
      if (signal?.aborted) break;
      if (!outcome.ok) fail(slot.where, outcome.error);
      await sink.write({ id: slot.id, where: slot.where, outcome });
      if (outcome.ok) written++;
      progress.advance(slot.bytes, !outcome.ok);
      buffer.shift();
    }
    if (!signal?.aborted) await sink.end();
  })();
  const reader = (async () => {
    const context = { stdin: io.stdin, referenceDate: command.referenceDate, encoding: command.encoding, maxBytes: command.maxBytes };
    const inputs = inputsOf(paths, context)[Symbol.asyncIterator]();
    try {
      for (let next = await nextUnlessAborted(inputs, signal); !next.done; next = await nextUnlessAborted(inputs, signal)) {
        const input: Input = next.value;
        seen++;
        await buffer.room();
        if (writerFailed || signal?.aborted) break;
        const outcome =
          input.kind === "release"
            ? executor.run({ text: input.text, referenceDate: input.referenceDate, language: command.language, indent }, input.bytes)
            : ({ ok: false, error: input.message } as const);
        const chars = input.kind === "release" ? input.text.length : 0;
        buffer.push({ id: input.id, where: input.where, bytes: input.bytes, chars, outcome });
      }
    } finally {
      buffer.close();
    }
  })();
  void writer.catch(() => {
    writerFailed = true;
    buffer.abandon();
  });
  try {
    await Promise.all([reader, writer]);
  } catch (error) {
    progress.done();
    // Whoever closed stdout early wanted no more: no message, and no failure unless an
    // input had failed before.
    if (isClosedPipe(error)) return failures > 0 ? EXIT.failed : EXIT.ok;
    io.stderr.write(`communique parse: ${printable(messageOf(error))}\n`);
    return EXIT.failed;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    io.stdout.off("error", onOutputError);
    await executor.close();
  }
  progress.done();
  if (signal?.aborted) {
    const where = command.out === null ? "" : ` to ${printable(command.out)}`;
    io.stderr.write(`communique parse: interrupted: ${written} written${where}, the rest not parsed\n`);
    return interruptedExitCode(signal.reason);
  }
  if (seen === 0) {
    io.stderr.write("communique parse: nothing to parse: no .txt, .ndjson or .jsonl input, or only empty lines\n");
    return EXIT.failed;
  }
  return failures > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * The next input, or done as soon as the signal aborts, even while a read is pending (a
 * terminal's stdin may never send more). Listens only while waiting, so nothing piles up.
 */
function nextUnlessAborted<T>(iterator: AsyncIterator<T>, signal: AbortSignal | undefined): Promise<IteratorResult<T, undefined>> {
  const done: IteratorResult<T, undefined> = { done: true, value: undefined };
  if (signal === undefined) return iterator.next() as Promise<IteratorResult<T, undefined>>;
  if (signal.aborted) return Promise.resolve(done);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(done);
    signal.addEventListener("abort", onAbort, { once: true });
    iterator.next().then(
      (result) => {
        signal.removeEventListener("abort", onAbort);
        resolve(result as IteratorResult<T, undefined>);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The `parse` command for the command table. */
export const parseCommand: Command = {
  name: "parse",
  summary: "Parse releases (.txt files, folders, NDJSON, stdin) into JSON or NDJSON",
  run: (argv, io) => runParse(argv, io),
  graceful: true,
};

/** Whether the one argument is a single release (a text file), so JSON output is the release itself. */
async function isOneRelease(path: string): Promise<boolean> {
  if (path === "-" || isNdjsonPath(path)) return false;
  try {
    return (await stat(path)).isFile();
  } catch {
    return true;
  }
}
