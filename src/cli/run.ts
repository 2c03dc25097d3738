import { version } from "../../package.json";
import { EXIT, messageOf, writeOut, type CliIo, type Command } from "./command.js";
import { COMMANDS } from "./commands.js";

function usage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join("\n");
  return `Usage: communique <command> [options]

Turns official press releases into typed data, and validates release data.

Commands:
${list}

Options:
  -h, --help      show this help ("communique <command> --help" for a command)
  -v, --version   show the version

Exit codes: 0 success, 1 invalid data or failed input, 2 usage error.`;
}

/**
 * Runs the `communique` command line: finds the command in the table and hands it the rest
 * of the arguments. Never throws: an unexpected failure is one line on stderr and exit 1.
 *
 * @param argv - The arguments after the program name.
 * @param io - stdin, stdout and stderr.
 * @param commands - The command table (tests may pass their own).
 * @returns The exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), process);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      await writeOut(io.stderr, `${usage(commands)}\n`);
      return EXIT.usage;
    }
    if (first === "-h" || first === "--help" || first === "help") {
      const command = commands.find((candidate) => candidate.name === rest[0]);
      if (first === "help" && command !== undefined) return await command.run(["--help"], io);
      await writeOut(io.stdout, `${usage(commands)}\n`);
      return EXIT.ok;
    }
    if (first === "-v" || first === "--version") {
      await writeOut(io.stdout, `${version}\n`);
      return EXIT.ok;
    }
    const command = commands.find((candidate) => candidate.name === first);
    if (command === undefined) {
      const what = first.startsWith("-") ? "unknown option" : "unknown command";
      await writeOut(io.stderr, `communique: ${what}: ${first}\nRun "communique --help" for the commands.\n`);
      return EXIT.usage;
    }
    return await command.run(rest, io);
  } catch (error) {
    // A bug or an I/O failure: one line, no stack trace, unless asked for.
    const detail = process.env["COMMUNIQUE_DEBUG"] ? `\n${error instanceof Error ? (error.stack ?? "") : ""}` : "";
    io.stderr.write(`communique: ${messageOf(error)}${detail}\n`);
    return EXIT.failed;
  }
}
