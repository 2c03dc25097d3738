import { createReadStream } from "node:fs";
import { opendir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { normalizeReferenceDate } from "../pipeline/options.js";
import { decodeText, type Encoding } from "./decode.js";
import { formatBytes, linesOf } from "./parse-lines.js";

/** A release to parse, with where it came from. */
export interface InputRelease {
  readonly kind: "release";
  readonly id: string;
  readonly text: string;
  readonly referenceDate: string | null;
  /** `path` or `path:line`, for messages. */
  readonly where: string;
  /** Bytes of input it stands for, for the progress bar. */
  readonly bytes: number;
}

/** An input that could not be read: a broken NDJSON line, a missing file. */
export interface InputError {
  readonly kind: "error";
  readonly id: string;
  readonly where: string;
  readonly message: string;
  readonly bytes: number;
}

export type Input = InputRelease | InputError;

/** The stdin stream, the day to use when an input gives none, and how to read bytes. */
export interface InputContext {
  readonly stdin: AsyncIterable<Buffer | string>;
  readonly referenceDate: string | null;
  /** How bytes are decoded when no byte-order mark says otherwise. Default: `utf8`. */
  readonly encoding?: Encoding | undefined;
  /** Longest release text, in UTF-8 bytes; a longer one is an {@link InputError}. Default: no limit. */
  readonly maxBytes?: number | undefined;
}

const NDJSON_EXTENSIONS = new Set([".ndjson", ".jsonl"]);
const SKIPPED_FOLDERS = new Set(["node_modules"]);
const FOLDER_EXTENSIONS = new Set([".txt", ...NDJSON_EXTENSIONS]);

/** Whether a path names NDJSON input (by its extension). */
export function isNdjsonPath(path: string): boolean {
  return NDJSON_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * Every input the arguments name, in order, one at a time: `-` is NDJSON on stdin, a folder
 * gives its `.txt`, `.ndjson` and `.jsonl` files (recursively, in name order, skipping hidden
 * folders and node_modules; symbolic links to folders are not followed), a file is
 * NDJSON by its extension and otherwise one release. What cannot be read is yielded as an
 * {@link InputError} and the rest goes on. Nothing is read ahead of the consumer.
 *
 * @example
 * ```ts
 * import { inputsOf } from "./parse-inputs.js";
 *
 * for await (const input of inputsOf(["releases/"], { stdin: process.stdin, referenceDate: null })) {
 *   console.log(input.kind, input.where);
 * }
 * ```
 */
export async function* inputsOf(paths: readonly string[], context: InputContext): AsyncGenerator<Input> {
  for (const path of paths) {
    if (path === "-") {
      yield* ndjsonInputs(context.stdin, "stdin", context);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      yield unreadable(path, error);
      continue;
    }
    if (!isFolder) {
      yield* fileInputs(path, context);
      continue;
    }
    try {
      for await (const file of filesUnder(path)) yield* fileInputs(file, context);
    } catch (error) {
      yield unreadable(path, error);
    }
  }
}

async function* fileInputs(path: string, context: InputContext): AsyncGenerator<Input> {
  if (isNdjsonPath(path)) {
    try {
      yield* ndjsonInputs(createReadStream(path), path, context);
    } catch (error) {
      yield unreadable(path, error);
    }
    return;
  }
  const maxBytes = context.maxBytes ?? Number.POSITIVE_INFINITY;
  try {
    // Measured before reading, so a huge file is refused without being loaded.
    const { size } = await stat(path);
    if (size > maxBytes) {
      yield { kind: "error", id: path, where: path, message: tooLong(size, maxBytes), bytes: size };
      return;
    }
    const bytes = await readFile(path);
    const decoded = decodeText(bytes, context.encoding);
    if (!decoded.ok) {
      const hint = context.encoding === undefined || context.encoding === "utf8" ? " (use --encoding latin1 for Latin-1 text)" : "";
      yield { kind: "error", id: path, where: path, message: `${decoded.reason}${hint}`, bytes: bytes.length };
      return;
    }
    yield { kind: "release", id: path, text: decoded.text, referenceDate: context.referenceDate, where: path, bytes: bytes.length };
  } catch (error) {
    yield unreadable(path, error);
  }
}

/** The message for a release text over the limit. */
function tooLong(bytes: number, maxBytes: number): string {
  return `the text is ${formatBytes(bytes)}, more than the ${formatBytes(maxBytes)} a release may have (--max-size): a bad scrape? Raise --max-size to parse it anyway (about 250 bytes of memory per byte)`;
}

/** The files of a folder that `parse` reads, depth first, each folder's entries in name order. */
async function* filesUnder(folder: string): AsyncGenerator<string> {
  const entries: { name: string; folder: boolean }[] = [];
  for await (const entry of await opendir(folder)) {
    // Hidden folders and node_modules hold no releases (the same rule as `validate`).
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) entries.push({ name: entry.name, folder: true });
    }
    else if (FOLDER_EXTENSIONS.has(extname(entry.name).toLowerCase())) entries.push({ name: entry.name, folder: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.folder) yield* filesUnder(path);
    else yield path;
  }
}

async function* ndjsonInputs(stream: AsyncIterable<Buffer | string>, name: string, context: InputContext): AsyncGenerator<Input> {
  const maxBytes = context.maxBytes ?? Number.POSITIVE_INFINITY;
  // A text of maxBytes may take up to six times as many bytes in JSON (\uXXXX escapes).
  const maxLineBytes = maxBytes * 6 + 64 * 1024;
  for await (const { text, line, problem } of linesOf(stream, { encoding: context.encoding, maxLineBytes })) {
    const where = `${name}:${line}`;
    if (problem !== undefined) {
      yield { kind: "error", id: where, where, message: problem, bytes: 0 };
      continue;
    }
    if (text.trim() === "") continue;
    const input = ndjsonInput(text, where, context.referenceDate);
    if (input.kind === "release" && input.text.length > maxBytes / 3) {
      // Only texts that could be over the limit are measured in bytes.
      const bytes = Buffer.byteLength(input.text);
      if (bytes > maxBytes) {
        yield { kind: "error", id: input.id, where, message: tooLong(bytes, maxBytes), bytes: input.bytes };
        continue;
      }
    }
    yield input;
  }
}

/**
 * Reads one NDJSON line: `{"id", "text", "referenceDate"?}`. A line without an id is named by
 * where it stands; its own referenceDate wins over the command's.
 *
 * @example
 * ```ts
 * ndjsonInput('{"id":"a","text":"The sides met."}', "stdin:1", null); // { kind: "release", id: "a", ... }
 * ndjsonInput("{broken", "stdin:2", null).kind; // "error"
 * ```
 */
export function ndjsonInput(line: string, where: string, referenceDate: string | null): Input {
  const bytes = Buffer.byteLength(line) + 1;
  const fail = (message: string, id = where): InputError => ({ kind: "error", id, where, message, bytes });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("expected a JSON object");
  const record = value as Record<string, unknown>;
  let id = where;
  if (typeof record.id === "string") id = record.id;
  else if (typeof record.id === "number" && Number.isFinite(record.id)) id = String(record.id);
  else if (record.id !== undefined && record.id !== null) return fail('"id" must be a string or a number');
  if (!("text" in record)) return fail('missing "text"', id);
  if (typeof record.text !== "string") return fail('"text" must be a string', id);
  let day = referenceDate;
  if (record.referenceDate !== undefined && record.referenceDate !== null) {
    try {
      day = normalizeReferenceDate(record.referenceDate as string);
    } catch {
      return fail(`"referenceDate" must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(record.referenceDate)}`, id);
    }
  }
  return { kind: "release", id, text: record.text, referenceDate: day, where, bytes };
}

function unreadable(path: string, error: unknown): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    code === "ENOENT" ? "no such file or folder" : code === "EACCES" ? "permission denied" : errorMessage(error);
  return { kind: "error", id: path, where: path, message: `cannot read: ${reason}`, bytes: 0 };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Total size in bytes of the files the arguments name (folders walked as {@link inputsOf}
 * does), for a progress bar; null when stdin is among them or nothing can be measured.
 *
 * @example
 * ```ts
 * const total = await totalBytesOf(["releases/"]); // e.g. 1048576
 * ```
 */
export async function totalBytesOf(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === "-") return null;
    try {
      const info = await stat(path);
      if (!info.isDirectory()) {
        total += info.size;
        continue;
      }
      for await (const file of filesUnder(path)) total += (await stat(file)).size;
    } catch {
      // An unreadable path is reported when it is parsed; it adds nothing here.
    }
  }
  return total > 0 ? total : null;
}
