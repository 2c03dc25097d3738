import { readdir, readFile, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve } from "node:path";
import { CliUsageError } from "./command.js";

/** A file to read, stdin (`-`), or a path that could not be read (reported, not thrown). */
export type FoundFile =
  | { readonly kind: "file"; readonly path: string; readonly ndjson: boolean }
  | { readonly kind: "stdin"; readonly path: "-" }
  | { readonly kind: "unreadable"; readonly path: string; readonly reason: string };

/** How stdin is named in reports. */
export const STDIN_NAME = "<stdin>";

const JSON_EXTENSIONS: ReadonlySet<string> = new Set([".json"]);
const NDJSON_EXTENSIONS: ReadonlySet<string> = new Set([".ndjson", ".jsonl"]);
// Folders never holding release data, skipped when a folder is walked.
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules"]);

/** A reason for people from a Node file-system error. */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "ELOOP") return "too many symbolic links";
  return error instanceof Error ? error.message : String(error);
}

/** The path to show: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const relativePath = relative(cwd, path);
  return relativePath === "" || relativePath.startsWith("..") || isAbsolute(relativePath) ? path : relativePath;
}

async function walk(folder: string, found: FoundFile[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    found.push({ kind: "unreadable", path: folder, reason: fileErrorReason(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed: no loops, no walking out of the tree.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) await walk(path, found);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const extension = extname(entry.name).toLowerCase();
      if (JSON_EXTENSIONS.has(extension)) found.push({ kind: "file", path, ndjson: false });
      else if (NDJSON_EXTENSIONS.has(extension)) found.push({ kind: "file", path, ndjson: true });
    }
  }
}

/**
 * The files named on the command line: `-` for stdin, files as given (NDJSON by their
 * `.ndjson` or `.jsonl` extension, anything else read as JSON), folders walked recursively for `.json`,
 * `.ndjson` and `.jsonl` files (skipping hidden folders and node_modules). Throws
 * {@link CliUsageError} for a path that does not exist or a folder with no such files.
 */
export async function collectFiles(args: readonly string[], cwd: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const arg of args) {
    if (arg === "-") {
      found.push({ kind: "stdin", path: "-" });
      continue;
    }
    const path = resolve(cwd, arg);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if ((error as { code?: unknown }).code === "ENOENT") throw new CliUsageError(`no such file or folder: ${arg}`);
      found.push({ kind: "unreadable", path, reason: fileErrorReason(error) });
      continue;
    }
    if (info.isDirectory()) {
      const before = found.length;
      await walk(path, found);
      if (found.length === before) throw new CliUsageError(`no .json, .ndjson or .jsonl files in folder: ${arg}`);
    } else {
      found.push({ kind: "file", path, ndjson: NDJSON_EXTENSIONS.has(extname(path).toLowerCase()) });
    }
  }
  const seen = new Set<string>();
  return found.filter((file) => !seen.has(file.path) && seen.add(file.path));
}

/** Largest JSON file read whole: far above any release file, well below V8's string limit. */
export const MAX_JSON_BYTES = 128 * 1024 * 1024;

/** Reads a whole JSON file as bytes (decoded by the caller), refusing files too large to hold as one string. */
export async function readJsonFile(path: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: string }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: "is a folder, not a file" };
    if (info.size > MAX_JSON_BYTES) return { ok: false, reason: tooLarge() };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
}

function tooLarge(): string {
  return `larger than ${MAX_JSON_BYTES / 1024 / 1024} MB: split it, or use NDJSON (one release per line)`;
}

/** Reads a whole stream (stdin) as bytes, up to `maxBytes`. */
export async function readStream(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      size += bytes.length;
      if (size > maxBytes) return { ok: false, reason: tooLarge() };
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
