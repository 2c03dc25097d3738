import type { ReleaseLanguage } from "../pipeline/options.js";
import { parseRelease } from "../pipeline/processor.js";

/** One release to parse: the text, its publication day, and how to indent the JSON. */
export interface ParseTask {
  readonly text: string;
  readonly referenceDate: string | null;
  /** The language to read the text as, or "auto" to tell it from the script. */
  readonly language?: ReleaseLanguage | undefined;
  /** Spaces of indentation of the JSON handed back; 0 for one line. */
  readonly indent: number;
}

/** The release as JSON text, or why there is none. */
export type ParseOutcome = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly error: string };

/**
 * Parses one release and serialises it where it was parsed, so a worker thread hands back a
 * string (cheap to copy between threads) rather than an object graph. Never throws.
 *
 * @example
 * ```ts
 * import { runTask } from "./parse-task.js";
 *
 * const outcome = runTask({ text: "The ministers met in Minsk.", referenceDate: "2024-03-06", indent: 0 });
 * if (outcome.ok) process.stdout.write(outcome.json + "\n");
 * ```
 */
export function runTask(task: ParseTask): ParseOutcome {
  try {
    const release = parseRelease(task.text, { referenceDate: task.referenceDate, language: task.language });
    return { ok: true, json: JSON.stringify(release, null, task.indent) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
