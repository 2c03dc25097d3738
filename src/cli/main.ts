#!/usr/bin/env node
// The `communique` executable (built to dist/cli.js with a shebang): runs the command line
// on this process's arguments and streams.
import { runCli } from "./run.js";

// A reader that stops early (`communique validate data | head`) is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), process);
