import { describe, expect, it } from "vitest";
import { linesOf } from "../../src/cli/parse-lines.js";
import { createProgress } from "../../src/cli/parse-progress.js";

async function collect(chunks: (Buffer | string)[]): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const { line, text } of linesOf(chunks)) out.push([line, text]);
  return out;
}

describe("linesOf", () => {
  it("splits on LF and CRLF, numbers lines from 1, keeps a last line without a break", async () => {
    expect(await collect(["a\r\nb\n\nc"])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, ""],
      [4, "c"],
    ]);
  });

  it("joins a line cut across chunks, and a character cut across chunks", async () => {
    const bytes = Buffer.from("Минск\nsecond line\n");
    const chunks = Array.from(bytes, (byte) => Buffer.from([byte]));
    expect(await collect(chunks)).toEqual([
      [1, "Минск"],
      [2, "second line"],
    ]);
  });

  it("drops a byte-order mark and yields nothing for an empty stream", async () => {
    expect(await collect([Buffer.from("\uFEFF{}\n")])).toEqual([[1, "{}"]]);
    expect(await collect([])).toEqual([]);
  });
});

describe("createProgress", () => {
  function sink(isTTY: boolean): { isTTY: boolean; columns: number; written: string[]; write(text: string): void } {
    return { isTTY, columns: 80, written: [], write(text) { this.written.push(text); } };
  }

  it("draws nothing but messages when stderr is not a terminal", () => {
    const stream = sink(false);
    const progress = createProgress(stream, 100);
    progress.advance(50, false);
    progress.message("communique parse: x: failed");
    progress.done();
    expect(stream.written).toEqual(["communique parse: x: failed\n"]);
  });

  it("draws a bar with the share done on a terminal, and clears it at the end", () => {
    const stream = sink(true);
    const progress = createProgress(stream, 100);
    progress.advance(50, true);
    expect(stream.written.join("")).toMatch(/\[#+-+\] 50% 1 parsed, 1 failed/);
    progress.done();
    expect(stream.written.at(-1)).toBe("\r\u001b[2K");
  });
});
