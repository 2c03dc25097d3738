import { normalizeReferenceDate, type ReleaseLanguage } from "../pipeline/options.js";
import { readArgs } from "./args.js";
import { CliUsageError } from "./command.js";
import { ENCODINGS, type Encoding } from "./decode.js";

/** What `communique parse` was asked to do. */
export interface ParseCommand {
  readonly paths: readonly string[];
  /** Explicit `--format`, or null to choose by the input (json for one file, else ndjson). */
  readonly format: "json" | "ndjson" | null;
  readonly out: string | null;
  /** With `--out`: keep existing files instead of replacing them. */
  readonly noOverwrite: boolean;
  readonly referenceDate: string | null;
  /** The language of every input, or "auto" (the default) to tell each from its script. */
  readonly language: ReleaseLanguage;
  /** Worker threads; null chooses (none for small inputs, one per core for large). */
  readonly jobs: number | null;
  /** How input bytes are decoded when no byte-order mark says otherwise. */
  readonly encoding: Encoding;
  /** Longest release text parsed, in bytes (UTF-8); longer ones fail with a message. */
  readonly maxBytes: number;
  readonly help: boolean;
}

/** A mistake in the command line: reported with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Longest release text `parse` takes by default: 1 MB. Parsing holds a word tree of the
 * whole text, about 250 bytes of memory per byte of text, so 1 MB needs about 330 MB in
 * all; real releases, long transcripts included, stay far below, while a bad scrape (a
 * whole site, a binary file) does not.
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** The usage text of `communique parse`. */
export const PARSE_USAGE = `Usage: communique parse [options] [files or folders...]

Parses press releases into JSON. A .txt file is one release; a .ndjson (or .jsonl) file or
stdin holds one {"id", "text", "referenceDate"?} object per line; a folder gives its .txt,
.ndjson and .jsonl files. "-" or no argument (with piped input) reads NDJSON from stdin.

Options:
  -f, --format <json|ndjson>    output format (default: json for one file, else ndjson);
                                ndjson prints {"id", "release"} or {"id", "error"} per input
  -o, --out <dir>               write one <id>.json per input into <dir> (created if
                                missing); a file of the same name is replaced
      --no-overwrite            with --out, keep existing files (each is reported, skipped)
  -r, --reference-date <date>   publication day (YYYY-MM-DD) for inputs that give none
  -l, --language <auto|en|ru>   language of the texts (default: auto, told from the
                                script of each text); the release records it
  -e, --encoding <encoding>     utf8 (default), latin1 (as windows-1252) or utf16le; a
                                UTF-16 byte-order mark is always honoured
      --max-size <size>         longest release text parsed (default: 1MB); parsing needs
                                about 250 bytes of memory per byte of text
  -j, --jobs <n>                worker threads (default: one per core for large inputs,
                                none for small ones; 0 parses in the main thread)
  -h, --help                    show this help

Files in --out are written whole and then renamed into place: Ctrl-C (or SIGTERM) stops
reading, finishes or drops the releases in progress, and exits 130 (143), never leaving
a cut file.

Exit codes: 0 all parsed, 1 some input failed (reported on stderr), 2 usage error,
130 interrupted.`;

const LANGUAGES = ["auto", "en", "ru"] as const;

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?$/i;
const UNIT: Readonly<Record<string, number>> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/**
 * Reads a size such as `512KB`, `2MB` or `1048576` (bytes); units are powers of 1024.
 *
 * @example
 * ```ts
 * readSize("2MB"); // 2097152
 * readSize("lots"); // null
 * ```
 */
export function readSize(text: string): number | null {
  const match = SIZE.exec(text.trim());
  if (!match) return null;
  const bytes = Math.round(Number(match[1]) * (UNIT[(match[2] ?? "").toLowerCase()] ?? 1));
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

/**
 * Reads the arguments of `communique parse` (those after the command name).
 * Throws {@link UsageError} on an unknown option, a bad `--format`, `--jobs`, `--encoding`,
 * `--max-size` or `--reference-date`, or an option missing its value.
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
    if (error instanceof CliUsageError) throw new UsageError(error.message);
    throw error;
  }
  const { values, positionals } = parsed;
  const format = values.format ?? null;
  if (format !== null && format !== "json" && format !== "ndjson") {
    throw new UsageError(`--format must be json or ndjson, got ${JSON.stringify(format)}`);
  }
  if (values.out === "") throw new UsageError("--out needs a folder");
  if (values["no-overwrite"] === true && values.out === undefined) throw new UsageError("--no-overwrite goes with --out <dir>");
  let referenceDate: string | null = null;
  if (values["reference-date"] !== undefined) {
    try {
      referenceDate = normalizeReferenceDate(values["reference-date"]);
    } catch {
      throw new UsageError(`--reference-date must be a date (YYYY-MM-DD), got ${JSON.stringify(values["reference-date"])}`);
    }
    if (referenceDate === null) throw new UsageError("--reference-date needs a date (YYYY-MM-DD)");
  }
  const language = values.language ?? "auto";
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    throw new UsageError(`--language must be one of ${LANGUAGES.join(", ")}, got ${JSON.stringify(values.language)}`);
  }
  let jobs: number | null = null;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d{1,3}$/.test(values.jobs) || jobs > 256) {
      throw new UsageError(`--jobs must be a whole number from 0 to 256, got ${JSON.stringify(values.jobs)}`);
    }
  }
  const encoding = (values.encoding ?? "utf8").toLowerCase().replace("-", "");
  if (!(ENCODINGS as readonly string[]).includes(encoding)) {
    throw new UsageError(`--encoding must be one of ${ENCODINGS.join(", ")}, got ${JSON.stringify(values.encoding)}`);
  }
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values["max-size"] !== undefined) {
    const size = readSize(values["max-size"]);
    if (size === null) throw new UsageError(`--max-size must be a size such as 512KB or 4MB, got ${JSON.stringify(values["max-size"])}`);
    maxBytes = size;
  }
  return {
    paths: positionals,
    format,
    out: values.out ?? null,
    noOverwrite: values["no-overwrite"] === true,
    referenceDate,
    language: language as ReleaseLanguage,
    jobs,
    encoding: encoding as Encoding,
    maxBytes,
    help: values.help ?? false,
  };
}

function parse(argv: readonly string[]) {
  return readArgs(argv, {
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    "no-overwrite": { type: "boolean" },
    "reference-date": { type: "string", short: "r" },
    language: { type: "string", short: "l" },
    encoding: { type: "string", short: "e" },
    "max-size": { type: "string" },
    jobs: { type: "string", short: "j" },
    help: { type: "boolean", short: "h" },
  });
}
