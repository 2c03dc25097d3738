import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runParse } from "../../src/cli/parse.js";

// What `communique parse` does with input that is not plain UTF-8 text of a sensible size.

const TEXT = "Talks in Düsseldorf\n\nOn 5 March 2024 the foreign ministers held talks in Düsseldorf.\n";

async function run(argv: string[], stdin: string | Buffer = "") {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString("utf8")));
  stderr.on("data", (chunk: Buffer) => err.push(chunk.toString("utf8")));
  const input = Readable.from([Buffer.from(stdin)]) as Readable & { isTTY?: boolean };
  const code = await runParse(argv, { stdin: input, stdout, stderr });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "communique-parse-input-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("communique parse: encodings", () => {
  it("refuses a Latin-1 file with its name and the byte offset, and reads it with --encoding latin1", async () => {
    const path = join(dir, "latin1.txt");
    await writeFile(path, Buffer.from(TEXT, "latin1"));
    const refused = await run([path]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(`communique parse: ${path}: not valid UTF-8: byte 0xFC at byte offset 10 (use --encoding latin1 for Latin-1 text)\n`);
    const read = await run(["--encoding", "latin1", path]);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ title: "Talks in Düsseldorf" });
  });

  it("reads a UTF-16 file by its byte-order mark", async () => {
    const path = join(dir, "utf16.txt");
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]));
    const result = await run([path]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: "Talks in Düsseldorf" });
  });

  it("reports an NDJSON line that is not UTF-8 by its place and parses the others", async () => {
    const good = `${JSON.stringify({ id: "good", text: TEXT })}\n`;
    const result = await run(["--format", "ndjson"], Buffer.concat([Buffer.from(good), Buffer.from(good.replace("good", "bad"), "latin1"), Buffer.from(good)]));
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n").map((line) => Object.keys(JSON.parse(line) as object))).toEqual([["id", "release"], ["id", "error"], ["id", "release"]]);
    expect(result.stderr).toMatch(/^communique parse: stdin:2: not valid UTF-8 at byte offset \d+ \(use --encoding latin1 for Latin-1 text\)\n$/);
  });
});

describe("communique parse: size limit", () => {
  it("refuses a text longer than --max-size without reading it, and goes on", async () => {
    const big = join(dir, "big.txt");
    const small = join(dir, "small.txt");
    await writeFile(big, TEXT.repeat(40));
    await writeFile(small, TEXT);
    const result = await run(["--max-size", "2KB", big, small]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `communique parse: ${big}: the text is 3.4 KB, more than the 2 KB a release may have (--max-size): a bad scrape? Raise --max-size to parse it anyway (about 250 bytes of memory per byte)\n`,
    );
    expect(result.stdout.trim().split("\n").map((line) => Object.keys(JSON.parse(line) as object))).toEqual([["id", "error"], ["id", "release"]]);
  });

  it("applies the limit to NDJSON texts too, and by default to 1 MB", async () => {
    const line = JSON.stringify({ id: "huge", text: "word ".repeat(220_000) });
    const result = await run(["--format", "ndjson"], line);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("communique parse: stdin:1: the text is 1.05 MB, more than the 1 MB a release may have (--max-size)");
  });
});

describe("communique parse: messages", () => {
  it("never echoes control characters from a bad input line", async () => {
    const result = await run([], '{"id": "x\u001b[2J", "text": 1}\n\u001b]0;pwned\u0007\n');
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(result.stderr).toContain("\\u001b");
  });
});
