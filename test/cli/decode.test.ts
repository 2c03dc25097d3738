import { describe, expect, it } from "vitest";
import { readArgs } from "../../src/cli/args.js";
import { CliUsageError } from "../../src/cli/command.js";
import { decodeText, invalidUtf8At, placeOfByte } from "../../src/cli/decode.js";
import { readSize } from "../../src/cli/parse-args.js";
import { linesOf } from "../../src/cli/parse-lines.js";
import { printable } from "../../src/cli/printable.js";

describe("decodeText", () => {
  it("decodes UTF-8 and drops its byte-order mark", () => {
    expect(decodeText(Buffer.from("\uFEFFDüsseldorf"))).toEqual({ ok: true, text: "Düsseldorf" });
  });

  it("refuses Latin-1 bytes read as UTF-8, naming the byte and its offset", () => {
    expect(decodeText(Buffer.from("D\xfcsseldorf", "latin1"))).toEqual({ ok: false, offset: 1, reason: "not valid UTF-8: byte 0xFC at byte offset 1" });
  });

  it("decodes latin1 as windows-1252 when asked, curly quotes included", () => {
    expect(decodeText(Buffer.from([0x93, 0x44, 0xfc, 0x94]), "latin1")).toEqual({ ok: true, text: "\u201cDü\u201d" });
  });

  it("reads UTF-16 by its byte-order mark, little- or big-endian, whatever is asked", () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Минск", "utf16le")]);
    const big = Buffer.from(little.subarray(2)).swap16();
    expect(decodeText(little)).toEqual({ ok: true, text: "Минск" });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), big]), "latin1")).toEqual({ ok: true, text: "Минск" });
  });
});

describe("invalidUtf8At and placeOfByte", () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0x61, 0xc3, 0x28], 1],
    [[0xe2, 0x82], 0],
    [[0xc0, 0xaf], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0x61, 0xf0, 0x9f, 0x98, 0x80, 0xff], 5],
  ])("finds the first bad sequence of %j at %i", (bytes, offset) => {
    expect(invalidUtf8At(Uint8Array.from(bytes))).toBe(offset);
  });

  it("gives the line and the column in characters", () => {
    expect(placeOfByte(Buffer.from("ab\nМиx"), 7)).toEqual({ line: 2, column: 3 });
  });
});

describe("linesOf: strict decoding, per line", () => {
  async function collect(chunks: (Buffer | string)[], options = {}) {
    const out: unknown[] = [];
    for await (const line of linesOf(chunks, options)) out.push(line);
    return out;
  }

  it("reports a line that is not UTF-8 with its byte offset, and goes on", async () => {
    expect(await collect([Buffer.from("ok\nD\xfcsseldorf\nnext\n", "latin1")])).toEqual([
      { text: "ok", line: 1, offset: 0 },
      { text: "", line: 2, offset: 3, problem: "not valid UTF-8 at byte offset 4 (use --encoding latin1 for Latin-1 text)" },
      { text: "next", line: 3, offset: 14 },
    ]);
  });

  it("decodes latin1 lines when asked", async () => {
    expect(await collect([Buffer.from("D\xfcsseldorf\n", "latin1")], { encoding: "latin1" })).toEqual([{ text: "Düsseldorf", line: 1, offset: 0 }]);
  });

  it("reads a UTF-16 stream by its byte-order mark, even cut into single bytes", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a\r\nМинск\n", "utf16le")]);
    const lines = await collect(Array.from(bytes, (byte) => Buffer.from([byte])));
    expect(lines.map((line) => (line as { text: string }).text)).toEqual(["a", "Минск"]);
  });

  it("skips a line longer than the limit without holding it, and reads the next", async () => {
    const lines = await collect([Buffer.from("x".repeat(50)), Buffer.from(`${"y".repeat(50)}\nshort\n`)], { maxLineBytes: 64 });
    expect(lines).toEqual([
      { text: "", line: 1, offset: 0, problem: "line is longer than 64 bytes" },
      { text: "short", line: 2, offset: 101 },
    ]);
  });
});

describe("printable", () => {
  it("escapes control characters, separators and bidi controls; keeps the rest", () => {
    expect(printable("a\u001b[2Jb\r\n\u0000\u009b\u202e\u2028 é 漢")).toBe("a\\u001b[2Jb\\r\\n\\u0000\\u009b\\u202e\\u2028 é 漢");
    expect(printable("tab\tstays")).toBe("tab\tstays");
  });
});

describe("readArgs and readSize", () => {
  const options = { "max-warnings": { type: "string" }, quiet: { type: "boolean", short: "q" } } as const;

  it("takes a negative number after an option as its value, for the option's own check", () => {
    expect(readArgs(["--max-warnings", "-1", "a.json"], options).values["max-warnings"]).toBe("-1");
  });

  it("names the option in every mistake", () => {
    expect(() => readArgs(["--max-warnings"], options)).toThrow(new CliUsageError("option --max-warnings needs a value"));
    expect(() => readArgs(["--quiet=yes"], options)).toThrow(new CliUsageError("option --quiet takes no value"));
    expect(() => readArgs(["--max-warnings", "--quiet"], options)).toThrow(/option --max-warnings needs a value, got another option/);
    expect(() => readArgs(["--bogus\u001b[2J"], options)).toThrow(new CliUsageError("unknown option: --bogus\\u001b[2J"));
  });

  it.each([
    ["1048576", 1048576],
    ["512KB", 524288],
    ["2mb", 2097152],
    ["1.5M", 1572864],
    ["0", null],
    ["-1MB", null],
    ["lots", null],
  ])("reads %j as %j", (text, bytes) => {
    expect(readSize(text)).toBe(bytes);
  });
});
