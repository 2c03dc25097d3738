import { availableParallelism } from "node:os";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import { WorkerPool, workerEntry } from "./parse-pool.js";
import { formatBytes } from "./parse-lines.js";
import { runTask, type ParseOutcome, type ParseTask } from "./parse-task.js";
import type { WorkerRequest, WorkerResponse } from "./parse-worker.js";

/**
 * Inputs seen, or bytes, past which an automatic run moves to worker threads. Starting
 * workers costs about a tenth of a second each; a handful of releases parse faster than that.
 */
const POOL_AFTER_INPUTS = 16;
const POOL_AFTER_BYTES = 256 * 1024;

/**
 * Largest text parsed in this process's own heap (1 MB: about 330 MB of memory). A longer
 * one, allowed by a raised `--max-size`, is parsed in a worker of its own whose heap is
 * capped, so running out of memory there is an error for that input, never a crash.
 */
export const IN_PROCESS_MAX_BYTES = 1024 * 1024;

/** Runs parse tasks in the main thread or on worker threads. */
export interface Executor {
  /** Parses one release: the outcome at once in the main thread, a promise from a worker. */
  run(task: ParseTask, bytes: number): ParseOutcome | Promise<ParseOutcome>;
  /** Stops the workers, if any were started; tasks not finished fail. */
  close(): Promise<void>;
}

/**
 * Chooses where releases are parsed. `jobs` 0: in the main thread; n > 0: on n worker
 * threads from the start; null: in the main thread until the input proves large (16 inputs
 * or 256 KB), then on one worker per core (none on a single core). Whatever `jobs` says, a
 * text longer than {@link IN_PROCESS_MAX_BYTES} is parsed alone in a worker with a capped heap.
 *
 * @example
 * ```ts
 * const executor = createExecutor(null);
 * const outcome = await executor.run({ text: "The sides met.", referenceDate: null, indent: 0 }, 14);
 * await executor.close();
 * ```
 */
export function createExecutor(jobs: number | null): Executor {
  const cores = availableParallelism();
  let pool: WorkerPool | undefined = jobs !== null && jobs > 0 ? new WorkerPool(jobs) : undefined;
  const guarded = new Set<Worker>();
  let inputs = 0;
  let bytesSeen = 0;
  return {
    run: (task, bytes) => {
      if (bytes > IN_PROCESS_MAX_BYTES) return runGuarded(task, bytes, guarded);
      inputs++;
      bytesSeen += bytes;
      if (!pool && jobs === null && cores > 1 && (inputs > POOL_AFTER_INPUTS || bytesSeen > POOL_AFTER_BYTES)) {
        pool = new WorkerPool(cores);
      }
      return pool ? pool.run(task) : runTask(task);
    },
    close: async () => {
      await Promise.all([pool?.close(), ...[...guarded].map((worker) => worker.terminate())]);
    },
  };
}

/**
 * Parses one large text in a worker of its own, its heap capped at this process's own heap
 * limit: running out of memory ends that worker with an error, not the process.
 */
function runGuarded(task: ParseTask, bytes: number, running: Set<Worker>): Promise<ParseOutcome> {
  const heapMb = Math.floor(getHeapStatistics().heap_size_limit / 1024 / 1024);
  const entry = workerEntry();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: ParseOutcome): void => {
      if (settled) return;
      settled = true;
      running.delete(worker);
      void worker.terminate();
      resolve(outcome);
    };
    const worker = new Worker(entry.code, { eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    running.add(worker);
    worker.on("message", (response: WorkerResponse) => settle(response.ok ? { ok: true, json: response.json } : { ok: false, error: response.error }));
    worker.on("error", (error) => {
      const outOfMemory = (error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY";
      settle({
        ok: false,
        error: outOfMemory
          ? `ran out of memory parsing ${formatBytes(bytes)} of text (the limit is ${heapMb} MB; parsing needs about 250 bytes per byte): split the text, or give Node more memory with NODE_OPTIONS=--max-old-space-size=<MB>`
          : `a worker thread failed: ${error.message}`,
      });
    });
    worker.on("exit", (code) => settle({ ok: false, error: `the worker thread stopped (exit code ${code})` }));
    const request: WorkerRequest = { seq: 0, task };
    worker.postMessage(request);
  });
}
