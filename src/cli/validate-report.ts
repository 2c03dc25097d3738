import { VFile } from "vfile";
import { reporter } from "vfile-reporter";
import type { IssueSeverity, PathSegment } from "../validate/issue.js";
import { printable } from "./printable.js";

/** One problem in a file: a validation issue, or a file-level problem (broken JSON...). */
export interface Problem {
  /** A validation issue code, or a file-level code (`json_syntax`, `file_unreadable`...). */
  readonly code: string;
  readonly severity: IssueSeverity;
  readonly message: string;
  /** 1-based line and column in the file. */
  readonly line: number;
  readonly column: number;
  /** Where in the file's JSON document (for NDJSON: in the line's document), when known. */
  readonly path?: readonly PathSegment[];
  readonly jsonPath?: string;
}

/** What validating one file found. */
export interface FileReport {
  /** The path as shown to users. */
  readonly file: string;
  /** Releases validated in the file. */
  readonly releases: number;
  /** Releases with at least one error. */
  readonly invalidReleases: number;
  /** Errors and warnings found, including any beyond the cap on problems shown. */
  readonly errors: number;
  readonly warnings: number;
  /** Problems in file order (at most a thousand, then one `issues_truncated` problem). */
  readonly problems: readonly Problem[];
}

/** The output formats of `communique validate`. */
export const REPORT_FORMATS = ["stylish", "json", "github"] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Codes of problems that stop a file (or an NDJSON line) from being read as JSON. */
export const FILE_CODES: ReadonlySet<string> = new Set(["file_unreadable", "invalid_encoding", "json_syntax", "json_too_deep"]);

/** Counts over all files. */
export function summarize(reports: readonly FileReport[]) {
  let releases = 0;
  let invalidReleases = 0;
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    releases += report.releases;
    invalidReleases += report.invalidReleases;
    errors += report.errors;
    warnings += report.warnings;
  }
  const unreadableFiles = reports.filter((report) => report.problems.some((problem) => FILE_CODES.has(problem.code))).length;
  return { files: reports.length, unreadableFiles, releases, invalidReleases, errors, warnings };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/** A vfile-reporter report: files with problems, then a one-line summary. */
export function stylishReport(reports: readonly FileReport[], color: boolean): string {
  const files = reports
    .filter((report) => report.problems.length > 0)
    .map((report) => {
      const file = new VFile({ path: printable(report.file) });
      for (const problem of report.problems) {
        // Keys and values from the data may hold control characters: never print them raw.
        const reason = printable(problem.jsonPath === undefined ? problem.message : `${problem.message} (${problem.jsonPath})`);
        const message = file.message(reason, {
          place: { line: problem.line, column: problem.column },
          ruleId: problem.code,
          source: "communique",
        });
        message.fatal = problem.severity === "error";
      }
      return file;
    });
  const body = files.length > 0 ? reporter(files, { color, quiet: true }) : "";
  return `${body === "" ? "" : `${body}\n\n`}${verdictOf(reports)}\n`;
}

/** One line: all valid, or how many releases are invalid and files unreadable. */
export function verdictOf(reports: readonly FileReport[]): string {
  const totals = summarize(reports);
  const checked = `${plural(totals.releases, "release")} in ${plural(totals.files, "file")}`;
  if (totals.errors === 0) return `All ${checked} valid${totals.warnings > 0 ? ` (${plural(totals.warnings, "warning")})` : ""}.`;
  const unreadable = totals.unreadableFiles > 0 ? `, ${totals.unreadableFiles} not readable as JSON` : "";
  return `${totals.invalidReleases} of ${checked} invalid${unreadable}: ${plural(totals.errors, "error")}, ${plural(totals.warnings, "warning")}.`;
}

/** One JSON document: the verdict, the counts and every problem of every file. */
export function jsonReport(reports: readonly FileReport[]): string {
  const totals = summarize(reports);
  return `${JSON.stringify({ valid: totals.errors === 0, summary: totals, files: reports }, null, 2)}\n`;
}

// GitHub workflow commands: data escapes %, CR and LF; properties also ":" and ",".
const escapeData = (text: string): string => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string): string => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/** GitHub Actions annotations, `::error file=...,line=...,col=...,title=...::message`, one per problem. */
export function githubReport(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const problem of report.problems) {
      const where = `file=${escapeProperty(printable(report.file))},line=${problem.line},col=${problem.column}`;
      const title = escapeProperty(`communique ${problem.code}`);
      const text = printable(problem.jsonPath === undefined ? problem.message : `${problem.message} (${problem.jsonPath})`);
      lines.push(`::${problem.severity} ${where},title=${title}::${escapeData(text)}`);
    }
  }
  lines.push(`communique: ${verdictOf(reports)}`);
  return `${lines.join("\n")}\n`;
}
