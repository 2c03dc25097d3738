import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outFileName } from "../../src/cli/parse-output.js";
import { runParse } from "../../src/cli/parse.js";
import { PressReleaseSchema } from "../../src/index.js";

const MEETING = "Talks between the foreign ministers\n\nOn 5 March the foreign ministers held talks in Minsk.\n";
const CALL = "Telephone conversation\n\nThe President had a telephone conversation with the Prime Minister.\n";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command with in-memory streams; stdin is piped (not a terminal) unless told. */
async function run(argv: string[], stdin: string | null = null, stdinIsTTY = false): Promise<Run> {
  const input = Readable.from(stdin === null ? [] : [Buffer.from(stdin)]) as Readable & { isTTY?: boolean };
  input.isTTY = stdinIsTTY;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on("data", (chunk: Buffer) => err.push(chunk.toString()));
  const code = await runParse(argv, { stdin: input, stdout, stderr });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

function lines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "communique-parse-"));
  await mkdir(join(dir, "releases", "nested"), { recursive: true });
  await writeFile(join(dir, "releases", "b-call.txt"), CALL);
  await writeFile(join(dir, "releases", "a-meeting.txt"), MEETING);
  await writeFile(join(dir, "releases", "nested", "c.txt"), MEETING);
  await writeFile(join(dir, "releases", "notes.md"), "not a release");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("communique parse: inputs", () => {
  it("parses one .txt file into the release itself, as indented JSON", async () => {
    const result = await run([join(dir, "releases", "a-meeting.txt")]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^\{\n {2}"title"/);
    expect(PressReleaseSchema.safeParse(JSON.parse(result.stdout)).success).toBe(true);
  });

  it("records the language of each text, told from its script or given by --language", async () => {
    const russian = join(dir, "russian.ndjson");
    const text = "Переговоры министров\n\n5 марта министры иностранных дел провели переговоры в Минске.";
    await writeFile(russian, `${JSON.stringify({ id: "ru", text })}\n${JSON.stringify({ id: "en", text: MEETING })}\n`);
    for (const jobs of ["0", "2"]) {
      const told = lines((await run(["--jobs", jobs, russian])).stdout) as { id: string; release: { language: string } }[];
      expect(told.map((line) => [line.id, line.release.language])).toEqual([["ru", "ru"], ["en", "en"]]);
      const given = lines((await run(["--jobs", jobs, "--language", "en", russian])).stdout) as { release: { language: string } }[];
      expect(given.map((line) => line.release.language)).toEqual(["en", "en"]);
    }
    // Four runs, two of them starting worker threads that each build the Russian vocabulary.
  }, 30_000);

  it("parses a folder's .txt files recursively, in name order, one NDJSON line each", async () => {
    const result = await run([join(dir, "releases")]);
    expect(result.code).toBe(0);
    const entries = lines(result.stdout) as { id: string; release: unknown }[];
    expect(entries.map((entry) => entry.id)).toEqual([
      join(dir, "releases", "a-meeting.txt"),
      join(dir, "releases", "b-call.txt"),
      join(dir, "releases", "nested", "c.txt"),
    ]);
    for (const entry of entries) expect(PressReleaseSchema.safeParse(entry.release).success).toBe(true);
  });

  it("reads NDJSON from piped stdin when given no argument, keeping input order and ids", async () => {
    const stdin = [
      JSON.stringify({ id: "first", text: MEETING }),
      JSON.stringify({ id: 2, text: CALL, referenceDate: "2024-03-06" }),
      JSON.stringify({ text: "" }),
    ].join("\r\n");
    const result = await run([], stdin);
    expect(result.code).toBe(0);
    const entries = lines(result.stdout) as { id: string; release: unknown }[];
    expect(entries.map((entry) => entry.id)).toEqual(["first", "2", "stdin:3"]);
    expect(entries.every((entry) => PressReleaseSchema.safeParse(entry.release).success)).toBe(true);
  });

  it("reads stdin for `-` alongside files, and .ndjson files as NDJSON", async () => {
    const file = join(dir, "batch.ndjson");
    await writeFile(file, `${JSON.stringify({ id: "from-file", text: CALL })}\n\n`);
    const result = await run([file, "-"], `${JSON.stringify({ id: "from-stdin", text: MEETING })}\n`);
    expect(result.code).toBe(0);
    expect((lines(result.stdout) as { id: string }[]).map((entry) => entry.id)).toEqual(["from-file", "from-stdin"]);
  });

  it("prints a JSON array of {id, release} with --format json for many inputs", async () => {
    const result = await run(["--format", "json", join(dir, "releases")]);
    expect(result.code).toBe(0);
    const array = JSON.parse(result.stdout) as { id: string }[];
    expect(array).toHaveLength(3);
    expect(array[0]).toHaveProperty("release");
  });

  it("prints one {id, release} line with --format ndjson for one file", async () => {
    const file = join(dir, "releases", "b-call.txt");
    const result = await run(["--format=ndjson", file]);
    expect(lines(result.stdout)).toEqual([{ id: file, release: expect.any(Object) }]);
  });

  it("gives the same output, in the same order, on worker threads as in the main thread", async () => {
    const stdin = Array.from({ length: 40 }, (_, index) =>
      JSON.stringify({ id: `r${index}`, text: index % 3 === 0 ? MEETING.repeat(index + 1) : CALL }),
    ).join("\n");
    const inline = await run(["--jobs", "0"], stdin);
    const threaded = await run(["--jobs", "2"], stdin);
    expect(threaded.code).toBe(0);
    expect(threaded.stderr).toBe("");
    expect(threaded.stdout).toBe(inline.stdout);
    expect(lines(threaded.stdout)).toHaveLength(40);
  }, 30_000);
});

describe("communique parse: --out", () => {
  it("creates the folder and writes one JSON file per input, named from its sanitised id", async () => {
    const out = join(dir, "out", "deep");
    const stdin = [
      JSON.stringify({ id: "../../escape", text: MEETING }),
      JSON.stringify({ id: "same", text: CALL }),
      JSON.stringify({ id: "same", text: MEETING }),
      JSON.stringify({ id: "a/b c", text: CALL }),
    ].join("\n");
    const result = await run(["--out", out], stdin);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect((await readdir(out)).sort()).toEqual(["a_b_c.json", "escape.json", "same-2.json", "same.json"]);
    expect(await readdir(join(dir, "out"))).toEqual(["deep"]);
    const release = JSON.parse(await readFile(join(out, "same.json"), "utf8")) as unknown;
    expect(PressReleaseSchema.safeParse(release).success).toBe(true);
  });

  it("replaces a symbolic link in the folder instead of writing through it to a file outside", async () => {
    const out = join(dir, "out-link");
    const victim = join(dir, "victim.txt");
    await mkdir(out, { recursive: true });
    await writeFile(victim, "keep me");
    await symlink(victim, join(out, "target.json"));
    const result = await run(["--out", out], JSON.stringify({ id: "target", text: CALL }));
    expect(result.code).toBe(0);
    expect(await readFile(victim, "utf8")).toBe("keep me");
    expect((await lstat(join(out, "target.json"))).isFile()).toBe(true);
    expect(PressReleaseSchema.safeParse(JSON.parse(await readFile(join(out, "target.json"), "utf8"))).success).toBe(true);
  });

  it("replaces existing files, or with --no-overwrite keeps them and says so; leaves no temporary file", async () => {
    const out = join(dir, "out-again");
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "kept.json"), "{}\n");
    const stdin = [JSON.stringify({ id: "kept", text: CALL }), JSON.stringify({ id: "new", text: MEETING })].join("\n");
    const skipped = await run(["--out", out, "--no-overwrite"], stdin);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toBe(`communique parse: stdin:1: ${join(out, "kept.json")} exists, kept (--no-overwrite)\n`);
    expect(await readFile(join(out, "kept.json"), "utf8")).toBe("{}\n");
    expect(JSON.parse(await readFile(join(out, "new.json"), "utf8"))).toMatchObject({ format: expect.anything() });
    const replaced = await run(["--out", out], stdin);
    expect(replaced.code).toBe(0);
    expect(replaced.stderr).toBe("");
    expect(JSON.parse(await readFile(join(out, "kept.json"), "utf8"))).toMatchObject({ format: "phone" });
    expect((await readdir(out)).sort()).toEqual(["kept.json", "new.json"]);
  });
});

describe("communique parse: errors", () => {
  it("reports a bad NDJSON line with its place, goes on, and exits 1", async () => {
    const stdin = [
      JSON.stringify({ id: "good-1", text: CALL }),
      "{not json",
      JSON.stringify({ id: "no-text" }),
      JSON.stringify({ id: "number-text", text: 42 }),
      JSON.stringify({ id: "bad-date", text: CALL, referenceDate: "2024-02-30" }),
      JSON.stringify(["an", "array"]),
      JSON.stringify({ id: "good-2", text: MEETING }),
    ].join("\n");
    const result = await run(["--format", "ndjson"], stdin);
    expect(result.code).toBe(1);
    const entries = lines(result.stdout) as { id: string; release?: unknown; error?: string }[];
    expect(entries.map((entry) => [entry.id, entry.error === undefined])).toEqual([
      ["good-1", true],
      ["stdin:2", false],
      ["no-text", false],
      ["number-text", false],
      ["bad-date", false],
      ["stdin:6", false],
      ["good-2", true],
    ]);
    const messages = result.stderr.trim().split("\n");
    expect(messages).toEqual([
      expect.stringMatching(/^communique parse: stdin:2: not valid JSON/),
      'communique parse: stdin:3: missing "text"',
      'communique parse: stdin:4: "text" must be a string',
      'communique parse: stdin:5: "referenceDate" must be an ISO date (YYYY-MM-DD), got "2024-02-30"',
      "communique parse: stdin:6: expected a JSON object",
    ]);
  });

  it("reports an unreadable file by its path, parses the others, and exits 1", async () => {
    const missing = join(dir, "missing.txt");
    const present = join(dir, "releases", "b-call.txt");
    const result = await run([missing, present]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`communique parse: ${missing}: cannot read: no such file or folder\n`);
    expect((lines(result.stdout) as { id: string }[]).map((entry) => entry.id)).toEqual([missing, present]);
  });

  it("exits 1 with a message when there is nothing to parse", async () => {
    const empty = join(dir, "empty-folder");
    await mkdir(empty, { recursive: true });
    for (const [argv, stdin] of [[[empty], null], [[], "\n\n  \n"]] as const) {
      const result = await run([...argv], stdin);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("nothing to parse");
    }
  });

  it.each([
    [["--bogus"], "unknown option: --bogus"],
    [["--format", "xml", "a.txt"], '--format must be json or ndjson, got "xml"'],
    [["--out"], "option --out needs a value"],
    [["--out", "--format", "json"], "option --out needs a value, got another option"],
    [["--out="], "--out needs a folder"],
    [["--reference-date", "March"], "--reference-date must be a date"],
    [["--jobs", "-1"], '--jobs must be a whole number from 0 to 256, got "-1"'],
    [["--encoding", "ebcdic", "a.txt"], '--encoding must be one of utf8, latin1, utf16le, got "ebcdic"'],
    [["--max-size", "lots", "a.txt"], '--max-size must be a size such as 512KB or 4MB, got "lots"'],
    [["--no-overwrite", "a.txt"], "--no-overwrite goes with --out <dir>"],
    [["--jobs", "two"], "--jobs must be a whole number"],
    [["--language", "fr", "a.txt"], '--language must be one of auto, en, ru, got "fr"'],
  ])("exits 2 with the usage on %j", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Usage: communique parse");
  });

  it("exits 2 when given no argument and stdin is a terminal", async () => {
    const result = await run([], null, true);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: communique parse");
  });

  it("prints the usage on --help and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: communique parse");
  });
});

describe("outFileName", () => {
  it.each([
    ["../corpus/a b.txt", "corpus_a_b"],
    ["...", "release"],
    ["", "release"],
    ["report.2024.txt", "report.2024"],
    ["Встреча министров", "Встреча_министров"],
    ["x".repeat(500), "x".repeat(80)],
    ["C:\\Windows\\system32", "C_Windows_system32"],
  ])("names %j as %j", (id, stem) => {
    expect(outFileName(id)).toBe(stem);
  });
});
