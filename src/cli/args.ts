import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliUsageError } from "./command.js";
import { printable } from "./printable.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The values and positionals read by {@link readArgs}. */
export interface ReadArgs<O extends Options> {
  readonly values: { readonly [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };
  readonly positionals: string[];
}

/** A value that starts with a dash but is a number (`-1`), not an option. */
const NEGATIVE_NUMBER = /^-\d/;

/**
 * Joins `--option -1` into `--option=-1` for options that take a value, so a negative
 * number reaches the option's own check ("must be a whole number of 0 or more") instead of
 * being taken for an option.
 */
function joinNumericValues(argv: readonly string[], options: Options): string[] {
  const takesValue = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== "string") continue;
    takesValue.add(`--${name}`);
    if (option.short !== undefined) takesValue.add(`-${option.short}`);
  }
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === "--") {
      joined.push(...argv.slice(index));
      break;
    }
    const next = argv[index + 1];
    if (takesValue.has(arg) && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      joined.push(arg.startsWith("--") ? `${arg}=${next}` : `${arg}${next}`);
      index++;
    } else joined.push(arg);
  }
  return joined;
}

/**
 * Reads command-line arguments with `node:util`'s `parseArgs` (strict), turning its errors
 * into a {@link CliUsageError} that names the option, without a stack trace. A negative
 * number after an option that takes a value is that option's value (`--max-warnings -1`).
 *
 * @example
 * ```ts
 * readArgs(["-f", "json", "data/"], { format: { type: "string", short: "f" } });
 * // { values: { format: "json" }, positionals: ["data/"] }
 * ```
 */
export function readArgs<const O extends Options>(argv: readonly string[], options: O): ReadArgs<O> {
  try {
    return parseArgs({ args: joinNumericValues(argv, options), options, allowPositionals: true, strict: true }) as ReadArgs<O>;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    const named = /'([^']*)'/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliUsageError(`unknown option: ${printable(named)}`);
    // "-f, --format <value>" names the option by its long form.
    const option = /--[\w-]+/.exec(named)?.[0] ?? printable(named.split(/[ ,]/)[0] ?? named);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      if (message.includes("argument missing")) throw new CliUsageError(`option ${option} needs a value`);
      if (message.includes("ambiguous")) {
        throw new CliUsageError(`option ${option} needs a value, got another option; write ${option}=<value> for a value that starts with "-"`);
      }
      throw new CliUsageError(`option ${option} takes no value`);
    }
    throw new CliUsageError(printable(message.split("\n")[0] ?? message));
  }
}
