import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliUsageError } from "./command.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The values and positionals read by {@link readArgs}. */
export interface ReadArgs<O extends Options> {
  readonly values: { readonly [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };
  readonly positionals: string[];
}

/**
 * Reads command-line arguments with `node:util`'s `parseArgs` (strict), turning its errors
 * into a {@link CliUsageError} that names the option, without a stack trace.
 *
 * @example
 * ```ts
 * readArgs(["-f", "json", "data/"], { format: { type: "string", short: "f" } });
 * // { values: { format: "json" }, positionals: ["data/"] }
 * ```
 */
export function readArgs<const O extends Options>(argv: readonly string[], options: O): ReadArgs<O> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }) as ReadArgs<O>;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    const named = /'([^']*)'/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliUsageError(`unknown option: ${named}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new CliUsageError(`option ${named} ${message.includes("argument missing") ? "needs a value" : "takes no value"}`);
    }
    throw new CliUsageError(message.split("\n")[0] ?? message);
  }
}
