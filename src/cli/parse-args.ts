import { parseArgs } from "node:util";
import { normalizeReferenceDate } from "../pipeline/options.js";

/** What `communique parse` was asked to do. */
export interface ParseCommand {
  readonly paths: readonly string[];
  /** Explicit `--format`, or null to choose by the input (json for one file, else ndjson). */
  readonly format: "json" | "ndjson" | null;
  readonly out: string | null;
  readonly referenceDate: string | null;
  /** Worker threads; null chooses (none for small inputs, one per core for large). */
  readonly jobs: number | null;
  readonly help: boolean;
}

/** A mistake in the command line: reported with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The usage text of `communique parse`. */
export const PARSE_USAGE = `Usage: communique parse [options] [files or folders...]

Parses press releases into JSON. A .txt file is one release; a .ndjson (or .jsonl) file or
stdin holds one {"id", "text", "referenceDate"?} object per line; a folder gives its .txt,
.ndjson and .jsonl files. "-" or no argument (with piped input) reads NDJSON from stdin.

Options:
  -f, --format <json|ndjson>    output format (default: json for one file, else ndjson);
                                ndjson prints {"id", "release"} or {"id", "error"} per input
  -o, --out <dir>               write one <id>.json per input into <dir> (created if missing)
  -r, --reference-date <date>   publication day (YYYY-MM-DD) for inputs that give none
  -j, --jobs <n>                worker threads (default: one per core for large inputs,
                                none for small ones; 0 parses in the main thread)
  -h, --help                    show this help

Exit codes: 0 all parsed, 1 some input failed (reported on stderr), 2 usage error.`;

/**
 * Reads the arguments of `communique parse` (those after the command name).
 * Throws {@link UsageError} on an unknown option, a bad `--format`, `--jobs` or
 * `--reference-date`, or an option missing its value.
 *
 * @example
 * ```ts
 * readParseArgs(["--format", "ndjson", "releases/"]).format; // "ndjson"
 * readParseArgs(["--bogus"]); // throws UsageError
 * ```
 */
export function readParseArgs(argv: readonly string[]): ParseCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split("\n")[0] ?? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? null;
  if (format !== null && format !== "json" && format !== "ndjson") {
    throw new UsageError(`--format must be json or ndjson, got ${JSON.stringify(format)}`);
  }
  if (values.out === "") throw new UsageError("--out needs a folder");
  let referenceDate: string | null = null;
  if (values["reference-date"] !== undefined) {
    try {
      referenceDate = normalizeReferenceDate(values["reference-date"]);
    } catch {
      throw new UsageError(`--reference-date must be a date (YYYY-MM-DD), got ${JSON.stringify(values["reference-date"])}`);
    }
    if (referenceDate === null) throw new UsageError("--reference-date needs a date (YYYY-MM-DD)");
  }
  let jobs: number | null = null;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d{1,3}$/.test(values.jobs) || jobs > 256) {
      throw new UsageError(`--jobs must be a whole number from 0 to 256, got ${JSON.stringify(values.jobs)}`);
    }
  }
  return { paths: positionals, format, out: values.out ?? null, referenceDate, jobs, help: values.help ?? false };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      out: { type: "string", short: "o" },
      "reference-date": { type: "string", short: "r" },
      jobs: { type: "string", short: "j" },
      help: { type: "boolean", short: "h" },
    },
  });
}
