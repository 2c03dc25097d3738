#!/usr/bin/env node
// The `communique` executable (built to dist/cli.js): runs the command line on this
// process's arguments and streams.
import { constants } from "node:os";
import { COMMANDS } from "./commands.js";
import { removeTemporaryFilesSync } from "./parse-output.js";
import { runCli } from "./run.js";

// A reader that stops early (`communique validate data | head`) is not an error of ours:
// the command finishes, and its exit code still says whether the data was valid.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

const exitCodeOf = (signal: NodeJS.Signals): number => 128 + (constants.signals[signal] ?? 2);

// Ctrl-C or SIGTERM: a command that can stop cleanly (parse) is asked to, through the
// signal, and exits 128 + the signal's number when done; a second one, or one during any
// other command, ends the process at once (after removing half-written temporary files).
const controller = new AbortController();
const graceful = COMMANDS.find((command) => command.name === process.argv[2])?.graceful === true;
const interrupt = (signal: NodeJS.Signals): void => {
  if (!graceful || controller.signal.aborted) {
    removeTemporaryFilesSync();
    process.exit(exitCodeOf(signal));
  }
  controller.abort(signal);
};
process.on("SIGINT", interrupt);
process.on("SIGTERM", interrupt);

const io = {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
};
const code = await runCli(process.argv.slice(2), io);
process.exitCode = code;
// An interrupted run may leave a read of stdin pending, which would keep the process alive.
if (controller.signal.aborted) process.exit(code);
