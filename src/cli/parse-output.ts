import { once } from "node:events";
import { constants, unlinkSync } from "node:fs";
import { link, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { ParseOutcome } from "./parse-task.js";

/** The outcome of one input, in input order. */
export interface ParseResult {
  readonly id: string;
  readonly where: string;
  readonly outcome: ParseOutcome;
}

/** Where results go, one at a time and in order. */
export interface ResultSink {
  /** Writes one result; resolves once the destination can take more (backpressure). */
  write(result: ParseResult): Promise<void>;
  /** Finishes the output; resolves when everything is written. */
  end(): Promise<void>;
}

/** A stream results are written to (stdout). */
export type OutputStream = NodeJS.WritableStream;

/**
 * Writes text and waits for `drain` when the stream's buffer is full, so a slow reader of
 * stdout slows the parse down instead of letting output pile up in memory.
 *
 * @example
 * ```ts
 * await writeText(process.stdout, "{}\n");
 * ```
 */
export async function writeText(stream: OutputStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream as unknown as NodeJS.EventEmitter, "drain");
}

/** `{"id", "release"}` or `{"id", "error"}` on one line, from the release's JSON text. */
function entryOf(result: ParseResult): string {
  const id = JSON.stringify(result.id);
  return result.outcome.ok
    ? `{"id":${id},"release":${result.outcome.json}}`
    : `{"id":${id},"error":${JSON.stringify(result.outcome.error)}}`;
}

/**
 * One line per input: `{"id", "release"}` or `{"id", "error"}`.
 *
 * @example
 * ```ts
 * const sink = ndjsonSink(process.stdout);
 * await sink.write({ id: "a", where: "stdin:1", outcome: { ok: true, json: "{}" } });
 * await sink.end();
 * ```
 */
export function ndjsonSink(stream: OutputStream): ResultSink {
  return {
    write: (result) => writeText(stream, `${entryOf(result)}\n`),
    end: async () => {},
  };
}

/**
 * A JSON array of `{"id", "release"}` / `{"id", "error"}` entries, written as they come.
 *
 * @example
 * ```ts
 * const sink = jsonArraySink(process.stdout);
 * await sink.end(); // prints []
 * ```
 */
export function jsonArraySink(stream: OutputStream): ResultSink {
  let count = 0;
  return {
    write: (result) => writeText(stream, `${count++ === 0 ? "[\n" : ",\n"}${entryOf(result)}`),
    end: () => writeText(stream, count === 0 ? "[]\n" : "\n]\n"),
  };
}

/**
 * The release alone, as its (indented) JSON; a failure writes nothing, since it is reported
 * on stderr.
 *
 * @example
 * ```ts
 * const sink = singleJsonSink(process.stdout);
 * ```
 */
export function singleJsonSink(stream: OutputStream): ResultSink {
  return {
    write: async (result) => {
      if (result.outcome.ok) await writeText(stream, `${result.outcome.json}\n`);
    },
    end: async () => {},
  };
}

/** Options of {@link outFolderSink}. */
export interface OutFolderOptions {
  /** Keep a file that already exists (a message says it was skipped) instead of replacing it. */
  readonly noOverwrite?: boolean | undefined;
  /** Called for a file that was not written: a failed write, a name that would leave the folder. */
  readonly onError: (where: string, message: string) => void;
  /** Called for a file kept because of `noOverwrite`. */
  readonly onSkip?: ((where: string, message: string) => void) | undefined;
}

/** A result sink that writes files, and can be stopped with nothing half-written left behind. */
export interface FolderSink extends ResultSink {
  /** Removes the temporary file of a write still in progress; later writes do nothing. */
  abort(): Promise<void>;
}

// Temporary files being written, process-wide, so that a second Ctrl-C (which ends the
// process at once) can still remove them: see removeTemporaryFilesSync.
const temporaryFiles = new Set<string>();
let temporaryCount = 0;

/**
 * Removes, synchronously, every temporary file a sink of this process is writing. For the
 * last moments of a process that is being ended at once: a finished file is never touched.
 *
 * @example
 * ```ts
 * process.once("SIGINT", () => {
 *   removeTemporaryFilesSync();
 *   process.exit(130);
 * });
 * ```
 */
export function removeTemporaryFilesSync(): void {
  for (const path of temporaryFiles) {
    try {
      unlinkSync(path);
    } catch {
      // Already renamed into place or removed: nothing to clean.
    }
  }
  temporaryFiles.clear();
}

/**
 * One JSON file per parsed input in `folder` (created if missing), named from the input's id
 * by {@link outFileName}; two inputs whose names clash get `-2`, `-3`... A name can never
 * leave the folder.
 *
 * Each file is written whole under a hidden temporary name in the same folder and then
 * renamed into place, so a reader (or an interrupted run) sees the old file or the new one,
 * never a part. A symbolic link at the final name is replaced, not followed, so nothing
 * outside the folder is written. An existing file is replaced, or with `noOverwrite` kept
 * (and reported through `onSkip`).
 *
 * @example
 * ```ts
 * const sink = await outFolderSink("out", { onError: (where, message) => console.error(where, message) });
 * ```
 */
export async function outFolderSink(folder: string, options: OutFolderOptions): Promise<FolderSink> {
  const root = resolve(folder);
  await mkdir(root, { recursive: true });
  const used = new Set<string>();
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  let aborted = false;
  const writing = new Set<string>();
  return {
    write: async (result) => {
      if (!result.outcome.ok || aborted) return;
      const base = outFileName(result.id);
      let name = `${base}.json`;
      for (let suffix = 2; used.has(name.toLowerCase()); suffix++) name = `${base}-${suffix}.json`;
      used.add(name.toLowerCase());
      const path = join(root, name);
      if (!path.startsWith(root + sep)) {
        options.onError(result.where, `refusing to write outside ${folder}: ${name}`);
        return;
      }
      if (options.noOverwrite && (await exists(path))) {
        options.onSkip?.(result.where, `${path} exists, kept (--no-overwrite)`);
        return;
      }
      const temporary = join(root, `.communique-${process.pid}-${++temporaryCount}.tmp`);
      temporaryFiles.add(temporary);
      writing.add(temporary);
      try {
        const handle = await open(temporary, flags, 0o644);
        try {
          await handle.writeFile(`${result.outcome.json}\n`);
        } finally {
          await handle.close();
        }
        if (aborted) throw new Error("interrupted");
        if (options.noOverwrite) await placeIfAbsent(temporary, path);
        else await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        if ((error as { code?: unknown }).code === "EEXIST" && options.noOverwrite) {
          options.onSkip?.(result.where, `${path} exists, kept (--no-overwrite)`);
        } else if (!aborted) {
          options.onError(result.where, `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
        }
      } finally {
        temporaryFiles.delete(temporary);
        writing.delete(temporary);
      }
    },
    end: async () => {},
    abort: async () => {
      aborted = true;
      await Promise.all([...writing].map((path) => rm(path, { force: true })));
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves a finished temporary file to `path` unless something is there: a hard link fails
 * with EEXIST instead of replacing, so a file that appears meanwhile is kept too. Where
 * hard links are not supported, checks and renames.
 */
async function placeIfAbsent(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
    await rm(temporary, { force: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw error;
    if (await exists(path)) throw Object.assign(new Error(`${path} exists`), { code: "EEXIST" });
    await rename(temporary, path);
  }
}

/** Longest file name stem kept from an id: 80 UTF-16 units are at most 240 UTF-8 bytes, under the 255 file systems allow. */
const MAX_STEM = 80;

/**
 * A safe file name stem for an input id: a trailing `.txt` dropped, every run of characters
 * other than letters, digits, `.`, `_` and `-` (path separators included) and every run of
 * dots made one `_`, dots and `_` trimmed from both ends (no hidden files, no `..`), cut to
 * 80 characters; `release` when nothing is left.
 *
 * @example
 * ```ts
 * outFileName("../corpus/a b.txt"); // "corpus_a_b"
 * outFileName("..."); // "release"
 * ```
 */
export function outFileName(id: string): string {
  const stem = id
    .slice(0, MAX_STEM * 4)
    .replace(/\.txt$/i, "")
    .replace(/[^\p{L}\p{N}._-]+/gu, "_")
    .replace(/\.{2,}/g, "_")
    .replace(/_{2,}/g, "_");
  let start = 0;
  let end = Math.min(stem.length, MAX_STEM);
  if (end > 0 && isHighSurrogate(stem.charCodeAt(end - 1))) end--;
  while (start < end && isTrimmed(stem.charCodeAt(start))) start++;
  while (end > start && isTrimmed(stem.charCodeAt(end - 1))) end--;
  return start < end ? stem.slice(start, end) : "release";
}

/** `.` or `_`. */
function isTrimmed(code: number): boolean {
  return code === 46 || code === 95;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
