import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { runTask, type ParseOutcome, type ParseTask } from "./parse-task.js";
import type { WorkerRequest, WorkerResponse } from "./parse-worker.js";

/**
 * Tasks kept in flight per worker. Two hide the round trip of a message: a worker starts
 * its next release while the answer to the last one travels back.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Heap limits of a worker, so that several workers stay within a few hundred MB. Parsing
 * makes much short-lived garbage and V8 would size each isolate's young generation for speed
 * (up to 3 x 16 MB) and let its old generation grow well past what one release needs. A
 * release too big for these limits is parsed again in the main thread, which has none.
 */
const LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

interface Pending {
  readonly seq: number;
  readonly task: ParseTask;
  readonly resolve: (outcome: ParseOutcome) => void;
}

interface Slot {
  worker: Worker;
  readonly running: Map<number, Pending>;
}

/**
 * A fixed set of worker threads that parse releases. Hand-written because the job is one
 * stateless function over strings: dispatch to the least busy worker, match answers by
 * sequence number, replace a worker that dies (its tasks fail, the others go on). When
 * workers cannot start at all (they die before any answer), the pool parses in the calling
 * thread instead of failing every input. The pool queues whatever it is given; the caller
 * bounds how much that is.
 *
 * @example
 * ```ts
 * import { WorkerPool } from "./parse-pool.js";
 *
 * const pool = new WorkerPool(2);
 * const outcome = await pool.run({ text: "The sides met in Minsk.", referenceDate: null, indent: 0 });
 * await pool.close();
 * ```
 */
export class WorkerPool {
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #seq = 0;
  #closed = false;
  #answered = 0;
  #deaths = 0;
  #broken = false;

  constructor(size: number) {
    for (let index = 0; index < Math.max(1, size); index++) this.#slots.push(this.#spawn());
  }

  /** Parses one release on some worker; resolves with its outcome, never rejects. */
  run(task: ParseTask): Promise<ParseOutcome> {
    if (this.#closed) return Promise.resolve({ ok: false, error: "the worker pool is closed" });
    if (this.#broken) return Promise.resolve(runTask(task));
    return new Promise((resolve) => {
      this.#queue.push({ seq: this.#seq++, task, resolve });
      this.#dispatch();
    });
  }

  /** Stops every worker. Tasks not answered yet fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const slots = this.#slots.splice(0);
    for (const slot of slots) this.#fail(slot, "the worker pool was closed");
    for (const pending of this.#queue.splice(0)) pending.resolve({ ok: false, error: "the worker pool was closed" });
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #spawn(): Slot {
    const entry = workerEntry();
    const worker = new Worker(entry.code, { eval: entry.eval, resourceLimits: LIMITS });
    const slot: Slot = { worker, running: new Map() };
    worker.on("message", (response: WorkerResponse) => {
      const pending = slot.running.get(response.seq);
      if (!pending) return;
      slot.running.delete(response.seq);
      this.#answered++;
      pending.resolve(response.ok ? { ok: true, json: response.json } : { ok: false, error: response.error });
      this.#dispatch();
    });
    worker.on("error", (error) => {
      const outOfMemory = (error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#replace(slot, `a worker thread failed: ${error.message}`, outOfMemory);
    });
    worker.on("exit", (code) => this.#replace(slot, `a worker thread stopped (exit code ${code})`));
    return slot;
  }

  #replace(slot: Slot, reason: string, outOfMemory = false): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return;
    if (outOfMemory) {
      // One of its releases needs more memory than a worker has: parse them here.
      for (const pending of slot.running.values()) pending.resolve(runTask(pending.task));
      slot.running.clear();
    } else this.#deaths++;
    if (this.#answered === 0 && !outOfMemory) {
      // No worker has ever answered: the trouble is starting one, not this task. Try again,
      // then give up on threads.
      this.#queue.unshift(...slot.running.values());
      slot.running.clear();
      if (this.#deaths > this.#slots.length) {
        this.#fallBack();
        return;
      }
    }
    this.#fail(slot, reason);
    if (this.#closed) return;
    this.#slots[index] = this.#spawn();
    void slot.worker.terminate();
    this.#dispatch();
  }

  /** Workers cannot start here: parse everything held, and all that comes, in this thread. */
  #fallBack(): void {
    this.#broken = true;
    const slots = this.#slots.splice(0);
    const held = [...slots.flatMap((slot) => [...slot.running.values()]), ...this.#queue.splice(0)];
    for (const slot of slots) void slot.worker.terminate();
    for (const pending of held) pending.resolve(runTask(pending.task));
  }

  #fail(slot: Slot, reason: string): void {
    for (const pending of slot.running.values()) pending.resolve({ ok: false, error: reason });
    slot.running.clear();
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.#slots) {
        if (slot.running.size < IN_FLIGHT_PER_WORKER && (!best || slot.running.size < best.running.size)) best = slot;
      }
      if (!best) return;
      const pending = this.#queue.shift() as Pending;
      best.running.set(pending.seq, pending);
      const request: WorkerRequest = { seq: pending.seq, task: pending.task };
      best.worker.postMessage(request);
    }
  }
}

/**
 * How to start a worker. Built, its code is `worker.js` beside the CLI bundle. Run from the
 * TypeScript sources (tests, tsx), the entry is `parse-worker.ts`: a worker does not inherit
 * the main thread's loader hooks on Node 20, so a small bootstrap registers tsx first.
 */
export function workerEntry(): { code: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return { code: new URL("./worker.js", here), eval: false };
  const tsx = pathToFileURL(join(dirname(createRequire(here).resolve("tsx/package.json")), "dist/esm/api/index.mjs"));
  const entry = new URL("./parse-worker.ts", here);
  return {
    code: `import(${JSON.stringify(tsx.href)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`,
    eval: true,
  };
}
