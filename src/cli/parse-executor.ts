import { availableParallelism } from "node:os";
import { WorkerPool } from "./parse-pool.js";
import { runTask, type ParseOutcome, type ParseTask } from "./parse-task.js";

/**
 * Inputs seen, or bytes, past which an automatic run moves to worker threads. Starting
 * workers costs about a tenth of a second each; a handful of releases parse faster than that.
 */
const POOL_AFTER_INPUTS = 16;
const POOL_AFTER_BYTES = 256 * 1024;

/** Runs parse tasks in the main thread or on worker threads. */
export interface Executor {
  /** Parses one release: the outcome at once in the main thread, a promise from a worker. */
  run(task: ParseTask, bytes: number): ParseOutcome | Promise<ParseOutcome>;
  /** Stops the workers, if any were started. */
  close(): Promise<void>;
}

/**
 * Chooses where releases are parsed. `jobs` 0: always in the main thread; n > 0: on n
 * worker threads from the start; null: in the main thread until the input proves large
 * (16 inputs or 256 KB), then on one worker per core (none on a single core).
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
  let inputs = 0;
  let bytesSeen = 0;
  return {
    run: (task, bytes) => {
      inputs++;
      bytesSeen += bytes;
      if (!pool && jobs === null && cores > 1 && (inputs > POOL_AFTER_INPUTS || bytesSeen > POOL_AFTER_BYTES)) {
        pool = new WorkerPool(cores);
      }
      return pool ? pool.run(task) : runTask(task);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
