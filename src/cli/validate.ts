import { validateRelease } from "../validate/validate.js";
import { toJsonPath } from "../validate/json-path.js";
import type { PathSegment } from "../validate/issue.js";
import { readArgs } from "./args.js";
import { CliUsageError, EXIT, isClosedPipe, messageOf, writeOut, type CliIo, type Command } from "./command.js";
import { open } from "node:fs/promises";
import { decodeText, placeOfByte } from "./decode.js";
import { collectFiles, displayPath, fileErrorReason, MAX_JSON_BYTES, readJsonFile, readStream, STDIN_NAME, type FoundFile } from "./io.js";
import {
  isMoreThanOneValue,
  locatePaths,
  parsePointer,
  resolvePointer,
  scanJsonText,
  type DuplicateKey,
  type JsonRange,
  type Place,
} from "./json-text.js";
import { linesOf } from "./parse-lines.js";
import {
  githubReport,
  jsonReport,
  REPORT_FORMATS,
  stylishReport,
  type FileReport,
  type Problem,
  type ReportFormat,
} from "./validate-report.js";

/** The help text of `communique validate`. */
export const VALIDATE_USAGE = `Usage: communique validate [options] <files or folders...>

Validates release data against the communique schema and its meaning checks (impossible
dates, unknown country codes and topic ids, duplicates, blank strings...). A .json file
holds one release or an array of releases; a .ndjson or .jsonl file one release per line;
folders are searched recursively for such files; "-" reads JSON or NDJSON from stdin.
Files must be UTF-8 (or UTF-16 with a byte-order mark); a .json file at most 128 MB.

Options:
  -p, --pointer <pointer>   validate the release at this JSON pointer inside each
                            document, e.g. --pointer /gold
  -f, --format <format>     stylish (default), json, or github (workflow annotations)
  -q, --quiet               report errors only, not warnings
      --max-warnings <n>    fail (exit 1) when there are more than n warnings
  -h, --help                show this help

Exit codes: 0 all releases valid (warnings allowed, up to --max-warnings), 1 some release
invalid, some file unreadable or not JSON, or more warnings than --max-warnings, 2 usage error.`;

/** Most issues reported for one release, and for one file; the rest are counted. */
const MAX_ISSUES_PER_RELEASE = 100;
const MAX_PROBLEMS_PER_FILE = 1000;

interface Settings {
  readonly pointer: readonly string[];
  readonly pointerText: string;
  readonly quiet: boolean;
}

/** A problem whose line and column are found later, with the others of its document. */
type Unplaced = Omit<Problem, "line" | "column">;

/** Collects the problems and counts of one file. */
class FileCollector {
  readonly problems: Problem[] = [];
  releases = 0;
  invalidReleases = 0;

  constructor(
    readonly file: string,
    private readonly settings: Settings,
  ) {}

  /** Problems beyond the cap, by severity: counted, not kept. */
  hiddenErrors = 0;
  hiddenWarnings = 0;

  add(problem: Problem): void {
    if (problem.severity === "warning" && this.settings.quiet) return;
    if (this.problems.length < MAX_PROBLEMS_PER_FILE) this.problems.push(problem);
    else if (problem.severity === "error") this.hiddenErrors++;
    else this.hiddenWarnings++;
  }

  /** Keys written twice in one object: JSON.parse silently keeps the last value. */
  duplicateKeys(duplicates: readonly DuplicateKey[], base: readonly PathSegment[] = []): void {
    for (const duplicate of duplicates) {
      const path = [...base, ...duplicate.path];
      this.add({
        code: "duplicate_key",
        severity: "warning",
        message: `Key ${JSON.stringify(duplicate.key)} appears twice in one object; JSON keeps only the last value`,
        ...duplicate.place,
        path,
        jsonPath: toJsonPath(path),
      });
    }
  }

  /**
   * Validates one document (the release at the pointer inside it), whose text is `range` of
   * `text`; `base` is the document's own path in the file (its index in an array). The
   * places of its problems are found in one pass over the document's text.
   */
  document(value: unknown, base: readonly PathSegment[], text: string, range: JsonRange): void {
    const found: { problem: Unplaced; relative: readonly PathSegment[] }[] = [];
    const note = (problem: Omit<Unplaced, "path" | "jsonPath">, relative: readonly PathSegment[]): void => {
      const path = [...base, ...relative];
      found.push({ problem: { ...problem, path, jsonPath: toJsonPath(path) }, relative });
    };
    const target = resolvePointer(value, this.settings.pointer);
    this.releases++;
    if (!target.found) {
      this.invalidReleases++;
      const path = [...base, ...target.path];
      note({ code: "pointer_not_found", severity: "error", message: `Nothing at pointer ${this.settings.pointerText} (found up to ${toJsonPath(path)})` }, target.path);
    } else {
      const result = validateRelease(target.value);
      if (!result.valid) this.invalidReleases++;
      const shown = this.settings.quiet ? result.issues.filter((issue) => issue.severity === "error") : result.issues;
      for (const issue of shown.slice(0, MAX_ISSUES_PER_RELEASE)) {
        note({ code: issue.code, severity: issue.severity, message: issue.message }, [...target.path, ...issue.path]);
      }
      if (shown.length > MAX_ISSUES_PER_RELEASE) {
        note({ code: "issues_truncated", severity: "warning", message: `${shown.length - MAX_ISSUES_PER_RELEASE} more issues in this release not shown` }, target.path);
      }
    }
    if (found.length === 0) return;
    const places = locatePaths(text, range, found.map((entry) => entry.relative));
    found.forEach((entry, index) => this.add({ ...entry.problem, ...(places[index] ?? range.place) }));
  }

  report(): FileReport {
    const problems = [...this.problems].sort((a, b) => a.line - b.line || a.column - b.column);
    const hidden = this.hiddenErrors + this.hiddenWarnings;
    if (hidden > 0) {
      // Keeps the verdict: an error among the hidden ones still fails the run.
      problems.push({
        ...fileProblem("issues_truncated", `${hidden} more problems in this file not shown (${this.hiddenErrors} errors)`),
        severity: this.hiddenErrors > 0 ? "error" : "warning",
        line: problems.at(-1)?.line ?? 1,
      });
    }
    const errors = this.problems.filter((problem) => problem.severity === "error").length + this.hiddenErrors;
    const warnings = this.problems.length - errors + this.hiddenErrors + this.hiddenWarnings;
    return { file: this.file, releases: this.releases, invalidReleases: this.invalidReleases, errors, warnings, problems };
  }
}

function fileProblem(code: string, message: string, place: Place = { line: 1, column: 1 }): Problem {
  return { code, severity: "error", message, ...place };
}

const warning = (problem: Problem): Problem => ({ ...problem, severity: "warning" });

/**
 * Decodes a file's bytes strictly as UTF-8 (or UTF-16 with its byte-order mark); text that is
 * not is reported at the line and column of the first bad byte, not read with U+FFFD.
 */
function decodeJson(collector: FileCollector, bytes: Uint8Array): string | null {
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded.text;
  collector.add(fileProblem("invalid_encoding", `${capitalize(decoded.reason)}: JSON must be UTF-8`, placeOfByte(bytes, decoded.offset)));
  return null;
}

/** Validates the JSON text of a file: one release, or an array of releases parsed one at a time. */
function validateJsonText(collector: FileCollector, text: string, allowNdjson: boolean): void {
  if (text.trim() === "") {
    collector.add(warning(fileProblem("no_releases", "The file is empty: no releases")));
    return;
  }
  const scan = scanJsonText(text);
  if (!scan.ok) {
    if (allowNdjson && isMoreThanOneValue(scan.problem)) {
      validateNdjsonText(collector, text);
      return;
    }
    collector.add(fileProblem(scan.problem.code, capitalize(scan.problem.message), scan.problem.place));
    return;
  }
  collector.duplicateKeys(scan.duplicateKeys);
  if (scan.elements === null) {
    const value = parseRange(collector, text, scan.root);
    if (value.ok) collector.document(value.value, [], text, scan.root);
    return;
  }
  if (scan.elements.length === 0) collector.add(warning(fileProblem("no_releases", "The file holds an empty array: no releases")));
  // One element at a time: the array is never held as a whole, parsed.
  scan.elements.forEach((range, index) => {
    const value = parseRange(collector, text, range);
    if (value.ok) collector.document(value.value, [index], text, range);
  });
}

function parseRange(collector: FileCollector, text: string, range: JsonRange): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(range.start === 0 && range.end === text.length ? text : text.slice(range.start, range.end)) };
  } catch (error) {
    collector.add(fileProblem("json_syntax", `Invalid JSON: ${messageOf(error)}`, range.place));
    return { ok: false };
  }
}

async function validateJsonFile(collector: FileCollector, path: string): Promise<void> {
  const read = await readJsonFile(path);
  if (!read.ok) return collector.add(fileProblem("file_unreadable", `Cannot read file: ${read.reason}`));
  const text = decodeJson(collector, read.bytes);
  if (text !== null) validateJsonText(collector, text, false);
}

/** One NDJSON line: its problems are placed on the file's lines. */
function validateLine(collector: FileCollector, text: string, line: number): void {
  if (text.trim() === "") return;
  const range: JsonRange = { start: 0, end: text.length, place: { line, column: 1 } };
  const scan = scanJsonText(text);
  if (!scan.ok) {
    const { place } = scan.problem;
    collector.add(fileProblem(scan.problem.code, capitalize(scan.problem.message), { line: line + place.line - 1, column: place.column }));
    return;
  }
  collector.duplicateKeys(scan.duplicateKeys.map((duplicate) => ({ ...duplicate, place: { line: line + duplicate.place.line - 1, column: duplicate.place.column } })));
  const value = parseRange(collector, text, range);
  if (value.ok) collector.document(value.value, [], text, range);
}

/** NDJSON held in memory (from stdin). */
function validateNdjsonText(collector: FileCollector, text: string): void {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    validateLine(collector, text.slice(start, text[end - 1] === "\r" ? end - 1 : end), line);
    start = end + 1;
  }
}

async function validateNdjsonFile(collector: FileCollector, path: string): Promise<void> {
  try {
    const handle = await open(path);
    try {
      for await (const { text, line, problem } of linesOf(handle.createReadStream({ autoClose: false }), { maxLineBytes: MAX_JSON_BYTES })) {
        if (problem !== undefined) collector.add(fileProblem(problem.startsWith("not valid") ? "invalid_encoding" : "file_unreadable", capitalize(problem), { line, column: 1 }));
        else validateLine(collector, text, line);
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    collector.add(fileProblem("file_unreadable", `Cannot read file: ${fileErrorReason(error)}`));
  }
  if (collector.releases === 0 && collector.problems.length === 0) {
    collector.add(warning(fileProblem("no_releases", "The file has no lines: no releases")));
  }
}

/** stdin: JSON (a release or an array), or NDJSON when more than one value follows. */
async function validateStdin(collector: FileCollector, stdin: AsyncIterable<Buffer | string>): Promise<void> {
  const read = await readStream(stdin, MAX_JSON_BYTES);
  if (!read.ok) return collector.add(fileProblem("file_unreadable", `Cannot read stdin: ${read.reason}`));
  const text = decodeJson(collector, read.bytes);
  if (text !== null) validateJsonText(collector, text, true);
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

async function validateFile(found: FoundFile, cwd: string, settings: Settings, io: CliIo): Promise<FileReport> {
  const collector = new FileCollector(found.kind === "stdin" ? STDIN_NAME : displayPath(found.path, cwd), settings);
  if (found.kind === "unreadable") collector.add(fileProblem("file_unreadable", `Cannot read: ${found.reason}`));
  else if (found.kind === "stdin") await validateStdin(collector, io.stdin);
  else if (found.ndjson) await validateNdjsonFile(collector, found.path);
  else await validateJsonFile(collector, found.path);
  return collector.report();
}

function readSettings(argv: readonly string[]) {
  const { values, positionals } = readArgs(argv, {
    format: { type: "string", short: "f" },
    pointer: { type: "string", short: "p" },
    quiet: { type: "boolean", short: "q" },
    "max-warnings": { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  const maxWarnings = values["max-warnings"] === undefined ? null : Number(values["max-warnings"]);
  if (maxWarnings !== null && !(Number.isInteger(maxWarnings) && maxWarnings >= 0 && /^\d+$/.test(values["max-warnings"] ?? ""))) {
    throw new CliUsageError(`--max-warnings must be a whole number of 0 or more, got ${JSON.stringify(values["max-warnings"])}`);
  }
  const format = values.format ?? "stylish";
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CliUsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
  }
  const pointerText = values.pointer ?? "";
  let pointer: string[];
  try {
    pointer = parsePointer(pointerText);
  } catch (error) {
    throw new CliUsageError(`--pointer: ${messageOf(error)}`);
  }
  return {
    help: values.help === true,
    maxWarnings,
    format: format as ReportFormat,
    paths: positionals,
    settings: { pointer, pointerText, quiet: values.quiet === true } satisfies Settings,
  };
}

function useColor(io: CliIo): boolean {
  if (process.env["NO_COLOR"] !== undefined && process.env["NO_COLOR"] !== "") return false;
  if (process.env["FORCE_COLOR"] !== undefined) return process.env["FORCE_COLOR"] !== "0";
  return io.stdout.isTTY === true;
}

/**
 * `communique validate <files or folders...>`: validates release data files and reports
 * every problem with its file, line and column.
 *
 * @param argv - The arguments after `validate`.
 * @param io - stdin, stdout and stderr.
 * @param cwd - The folder relative paths are resolved against (and shown relative to).
 * @returns The exit code: 0 all valid, 1 something invalid or unreadable, 2 usage error.
 *
 * @example
 * ```ts
 * process.exitCode = await runValidate(["--pointer", "/gold", "corpus/"], process);
 * ```
 */
export async function runValidate(argv: readonly string[], io: CliIo, cwd: string = process.cwd()): Promise<number> {
  let command: ReturnType<typeof readSettings>;
  let files: FoundFile[];
  try {
    command = readSettings(argv);
    if (command.help) {
      await writeOut(io.stdout, `${VALIDATE_USAGE}\n`);
      return EXIT.ok;
    }
    if (command.paths.length === 0) throw new CliUsageError("give at least one file or folder to validate");
    files = await collectFiles(command.paths, cwd);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    await writeOut(io.stderr, `communique validate: ${error.message}\nRun "communique validate --help" for usage.\n`);
    return EXIT.usage;
  }
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await validateFile(file, cwd, command.settings, io));
  const output =
    command.format === "json"
      ? jsonReport(reports)
      : command.format === "github"
        ? githubReport(reports)
        : stylishReport(reports, useColor(io));
  // The verdict is known before the report is written, so a reader that stops early
  // (`| head`) cannot turn a failure into success.
  const warnings = reports.reduce((sum, report) => sum + report.warnings, 0);
  const failed = reports.some((report) => report.errors > 0);
  const tooManyWarnings = !failed && command.maxWarnings !== null && warnings > command.maxWarnings;
  try {
    await writeOut(io.stdout, output);
  } catch (error) {
    if (!isClosedPipe(error)) throw error;
  }
  if (failed) return EXIT.failed;
  if (tooManyWarnings) {
    await writeOut(io.stderr, `communique validate: ${warnings} warnings, more than --max-warnings ${command.maxWarnings}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

/** The `validate` command for the command table. */
export const validateCommand: Command = {
  name: "validate",
  summary: "Validate release JSON and NDJSON files or folders",
  run: (argv, io) => runValidate(argv, io),
};
