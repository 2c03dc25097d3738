import { pressReleaseJsonSchema } from "../validate/json-schema.js";
import { readArgs } from "./args.js";
import { CliUsageError, EXIT, writeOut, type CliIo, type Command } from "./command.js";

/** The help text of `communique schema`. */
export const SCHEMA_USAGE = `Usage: communique schema

Prints the JSON Schema (draft 2020-12) of a release, generated from the zod schema.
The same file ships in the package as "communique/schema.json".

Options:
  -h, --help   show this help`;

/**
 * `communique schema`: prints the JSON Schema of a release.
 *
 * @example
 * ```ts
 * process.exitCode = await runSchema([], process); // prints the schema
 * ```
 */
export async function runSchema(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = readArgs(argv, { help: { type: "boolean", short: "h" } });
    if (values.help === true) {
      await writeOut(io.stdout, `${SCHEMA_USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument: ${positionals[0] ?? ""}`);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    await writeOut(io.stderr, `communique schema: ${error.message}\nRun "communique schema --help" for usage.\n`);
    return EXIT.usage;
  }
  await writeOut(io.stdout, `${JSON.stringify(pressReleaseJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

/** The `schema` command for the command table. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the JSON Schema of a release",
  run: runSchema,
};
