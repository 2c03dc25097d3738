// The `communique` executable (built to dist/cli.js with a shebang): runs the command line
// on this process's arguments and streams.
import { runCli } from "./run.js";

process.exitCode = await runCli(process.argv.slice(2), process);
