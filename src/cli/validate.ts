import { validateRelease } from "../validate/validate.js";
import { toJsonPath } from "../validate/json-path.js";
import type { PathSegment } from "../validate/issue.js";
import { readArgs } from "./args.js";
import { CliUsageError, EXIT, messageOf, writeOut, type CliIo, type Command } from "./command.js";
import { collectFiles, displayPath, readJsonFile, readLines, fileErrorReason, type FoundFile } from "./io.js";
import { parseJsonText, parsePointer, resolvePointer, type Place } from "./json-text.js";
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
folders are searched recursively for such files.

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

  /** Validates one document: the release at the pointer inside it. */
  document(value: unknown, base: readonly PathSegment[], locate: (path: readonly PathSegment[]) => Place, lineOffset = 0): void {
    const at = (path: readonly PathSegment[]): Place => {
      const place = locate(path);
      return { line: place.line + lineOffset, column: place.column };
    };
    const target = resolvePointer(value, this.settings.pointer);
    const prefix = [...base, ...target.path];
    if (!target.found) {
      this.releases++;
      this.invalidReleases++;
      const path = [...base, ...target.path];
      this.add({
        code: "pointer_not_found",
        severity: "error",
        message: `Nothing at pointer ${this.settings.pointerText} (found up to ${toJsonPath(path)})`,
        ...at(path),
        path,
        jsonPath: toJsonPath(path),
      });
      return;
    }
    const result = validateRelease(target.value);
    this.releases++;
    if (!result.valid) this.invalidReleases++;
    const shown = this.settings.quiet ? result.issues.filter((issue) => issue.severity === "error") : result.issues;
    for (const issue of shown.slice(0, MAX_ISSUES_PER_RELEASE)) {
      const path = [...prefix, ...issue.path];
      this.add({ code: issue.code, severity: issue.severity, message: issue.message, ...at(path), path, jsonPath: toJsonPath(path) });
    }
    if (shown.length > MAX_ISSUES_PER_RELEASE) {
      this.add({
        code: "issues_truncated",
        severity: "warning",
        message: `${shown.length - MAX_ISSUES_PER_RELEASE} more issues in this release not shown`,
        ...at(prefix),
        path: prefix,
        jsonPath: toJsonPath(prefix),
      });
    }
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

async function validateJsonFile(collector: FileCollector, path: string): Promise<void> {
  const read = await readJsonFile(path);
  if (!read.ok) return collector.add(fileProblem("file_unreadable", `Cannot read file: ${read.reason}`));
  const parsed = parseJsonText(read.text);
  if (!parsed.ok) return collector.add(fileProblem(parsed.problem.code, capitalize(parsed.problem.message), parsed.problem.place));
  if (Array.isArray(parsed.value)) {
    if (parsed.value.length === 0) collector.add({ ...fileProblem("no_releases", "The file holds an empty array: no releases"), severity: "warning" });
    parsed.value.forEach((document, index) => collector.document(document, [index], parsed.locate));
  } else {
    collector.document(parsed.value, [], parsed.locate);
  }
}

async function validateNdjsonFile(collector: FileCollector, path: string): Promise<void> {
  try {
    for await (const { text, line } of readLines(path)) {
      if (text.trim() === "") continue;
      const parsed = parseJsonText(text);
      if (!parsed.ok) {
        const { place } = parsed.problem;
        collector.add(fileProblem(parsed.problem.code, capitalize(parsed.problem.message), { line: line + place.line - 1, column: place.column }));
        continue;
      }
      collector.document(parsed.value, [], parsed.locate, line - 1);
    }
  } catch (error) {
    collector.add(fileProblem("file_unreadable", `Cannot read file: ${fileErrorReason(error)}`));
  }
  if (collector.releases === 0 && collector.problems.length === 0) {
    collector.add({ ...fileProblem("no_releases", "The file has no lines: no releases"), severity: "warning" });
  }
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

async function validateFile(found: FoundFile, cwd: string, settings: Settings): Promise<FileReport> {
  const collector = new FileCollector(displayPath(found.path, cwd), settings);
  if (found.kind === "unreadable") collector.add(fileProblem("file_unreadable", `Cannot read: ${found.reason}`));
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
  for (const file of files) reports.push(await validateFile(file, cwd, command.settings));
  const output =
    command.format === "json"
      ? jsonReport(reports)
      : command.format === "github"
        ? githubReport(reports)
        : stylishReport(reports, useColor(io));
  await writeOut(io.stdout, output);
  if (reports.some((report) => report.errors > 0)) return EXIT.failed;
  const warnings = reports.reduce((sum, report) => sum + report.warnings, 0);
  if (command.maxWarnings !== null && warnings > command.maxWarnings) {
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
