import { stat } from "node:fs/promises";
import { EXIT, type CliIo, type Command } from "./command.js";
import { PARSE_USAGE, readParseArgs, UsageError, type ParseCommand } from "./parse-args.js";
import { createExecutor } from "./parse-executor.js";
import { inputsOf, isNdjsonPath, totalBytesOf } from "./parse-inputs.js";
import {
  jsonArraySink,
  ndjsonSink,
  outFolderSink,
  singleJsonSink,
  type ResultSink,
} from "./parse-output.js";
import { createProgress, type Progress } from "./parse-progress.js";
import { ReorderBuffer } from "./parse-reorder.js";

/** The streams a command reads and writes; see {@link CliIo}. */
export type ParseIo = CliIo;

/**
 * `communique parse [files or folders...]`: parses releases from `.txt` files, NDJSON files
 * and NDJSON on stdin, and prints JSON or NDJSON in input order, or writes one JSON file per
 * input with `--out`. Streams: memory stays flat however large the input; large inputs are
 * parsed on one worker thread per core. Bad inputs are reported on stderr and the rest goes on.
 *
 * @param argv - The arguments after `parse`.
 * @param io - stdin, stdout and stderr.
 * @returns The exit code: 0 all parsed, 1 an input failed or there was none, 2 usage error.
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
  const single = paths.length === 1 && (await isOneRelease(paths[0] as string));
  const format = command.format ?? (single ? "json" : "ndjson");
  const progress = createProgress(io.stderr, io.stderr.isTTY ? await totalBytesOf(paths) : null);
  let failures = 0;
  const fail = (where: string, message: string): void => {
    failures++;
    progress.message(`communique parse: ${where}: ${message}`);
  };

  let sink: ResultSink;
  if (command.out !== null) {
    try {
      sink = await outFolderSink(command.out, fail);
    } catch (error) {
      io.stderr.write(`communique parse: cannot create ${command.out}: ${messageOf(error)}\n`);
      return EXIT.failed;
    }
  } else if (format === "ndjson") sink = ndjsonSink(io.stdout);
  else sink = single ? singleJsonSink(io.stdout) : jsonArraySink(io.stdout);

  const indent = command.out !== null || (format === "json" && single) ? 2 : 0;
  const executor = createExecutor(command.jobs);
  const buffer = new ReorderBuffer();
  let seen = 0;
  let writerFailed = false;
  // A closed stdout (`| head`) shows as an error event, not an exception: stop both sides.
  let outputError: Error | undefined;
  const onOutputError = (error: Error): void => {
    outputError ??= error;
    writerFailed = true;
    buffer.abandon();
  };
  io.stdout.on("error", onOutputError);

  // The reader fills the buffer (and waits while it is full); the writer empties it in
  // input order as soon as the result at its head is ready.
  const writer = (async () => {
    for (let slot = await buffer.head(); slot; slot = await buffer.head()) {
      const outcome = await slot.outcome;
      if (outputError) throw outputError;
      if (!outcome.ok) fail(slot.where, outcome.error);
      await sink.write({ id: slot.id, where: slot.where, outcome });
      progress.advance(slot.bytes, !outcome.ok);
      buffer.shift();
    }
    await sink.end();
  })();
  const reader = (async () => {
    try {
      for await (const input of inputsOf(paths, { stdin: io.stdin, referenceDate: command.referenceDate })) {
        seen++;
        await buffer.room();
        if (writerFailed) break;
        const outcome =
          input.kind === "release"
            ? executor.run({ text: input.text, referenceDate: input.referenceDate, indent }, input.bytes)
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
    // Whoever closed stdout early wanted no more: no message for that.
    if ((error as { code?: unknown }).code !== "EPIPE") io.stderr.write(`communique parse: ${messageOf(error)}\n`);
    return EXIT.failed;
  } finally {
    io.stdout.off("error", onOutputError);
    await executor.close();
  }
  progress.done();
  if (seen === 0) {
    io.stderr.write("communique parse: nothing to parse: no .txt, .ndjson or .jsonl input, or only empty lines\n");
    return EXIT.failed;
  }
  return failures > 0 ? EXIT.failed : EXIT.ok;
}

/** The `parse` command for the command table. */
export const parseCommand: Command = {
  name: "parse",
  summary: "Parse releases (.txt files, folders, NDJSON, stdin) into JSON or NDJSON",
  run: (argv, io) => runParse(argv, io),
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
