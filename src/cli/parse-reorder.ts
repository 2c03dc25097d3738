import type { ParseOutcome } from "./parse-task.js";

/** One input between reading and writing. */
export interface BufferedInput {
  readonly id: string;
  readonly where: string;
  readonly bytes: number;
  /** Characters of text it holds, counted against the buffer's bound. */
  readonly chars: number;
  readonly outcome: ParseOutcome | Promise<ParseOutcome>;
}

/**
 * Inputs held between reading and writing. Workers finish out of order; an input waits here
 * until those before it are written. Reading waits while the buffer is full, so memory is
 * bounded by this many inputs and this much text (one input larger than that still passes).
 */
const MAX_INPUTS = 64;
const MAX_CHARS = 16 * 1024 * 1024;

/**
 * The bounded reorder buffer between the reader and the writer of `communique parse`: a FIFO
 * in input order whose reader side waits for room and whose writer side waits for a head.
 *
 * @example
 * ```ts
 * const buffer = new ReorderBuffer();
 * await buffer.room();
 * buffer.push({ id: "a", where: "stdin:1", bytes: 10, chars: 9, outcome: Promise.resolve({ ok: true, json: "{}" }) });
 * buffer.close();
 * const head = await buffer.head(); // the "a" input
 * buffer.shift();
 * ```
 */
export class ReorderBuffer {
  readonly #items: BufferedInput[] = [];
  #start = 0;
  #chars = 0;
  #closed = false;
  #wakeReader: (() => void) | undefined;
  #wakeWriter: (() => void) | undefined;

  /** Resolves when there is room for one more input. */
  async room(): Promise<void> {
    while (!this.#closed && this.size > 0 && (this.size >= MAX_INPUTS || this.#chars >= MAX_CHARS)) {
      await new Promise<void>((resolve) => (this.#wakeReader = resolve));
    }
  }

  /** Adds an input at the tail. */
  push(input: BufferedInput): void {
    this.#items.push(input);
    this.#chars += input.chars;
    this.#wake("writer");
  }

  /** The input at the head, once there is one; undefined when closed and empty. */
  async head(): Promise<BufferedInput | undefined> {
    while (this.size === 0 && !this.#closed) await new Promise<void>((resolve) => (this.#wakeWriter = resolve));
    return this.#items[this.#start];
  }

  /** Removes the head, once written. */
  shift(): void {
    const head = this.#items[this.#start];
    if (!head) return;
    this.#chars -= head.chars;
    this.#items[this.#start] = undefined as unknown as BufferedInput;
    this.#start++;
    // Compact now and then rather than shifting the array on every write.
    if (this.#start >= MAX_INPUTS) {
      this.#items.splice(0, this.#start);
      this.#start = 0;
    }
    this.#wake("reader");
  }

  /** No more inputs will come: the writer finishes what is left. */
  close(): void {
    this.#closed = true;
    this.#wake("writer");
  }

  /** The output has failed: let the reader and the writer go. */
  abandon(): void {
    this.#closed = true;
    this.#wake("reader");
    this.#wake("writer");
  }

  /** Inputs held. */
  get size(): number {
    return this.#items.length - this.#start;
  }

  #wake(side: "reader" | "writer"): void {
    const wake = side === "reader" ? this.#wakeReader : this.#wakeWriter;
    if (side === "reader") this.#wakeReader = undefined;
    else this.#wakeWriter = undefined;
    wake?.();
  }
}
