import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runValidate } from "../../src/cli/validate.js";

// What `communique validate` does with input that is not plain, well-formed UTF-8 JSON:
// other encodings, empty files, keys written twice, stdin, hostile text in messages.

const release = {
  title: "Talks in Düsseldorf",
  date: { start: "2022-05-04", end: null },
  venue: null,
  format: "in-person",
  participants: [],
  mentionedPersons: [],
  organizations: [],
  topics: ["energy"],
  agreements: [],
};

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "communique-validate-input-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer): string => {
  writeFileSync(join(dir, name), content);
  return name;
};

async function validate(argv: string[], stdin: string | Buffer = "") {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString("utf8")));
  stderr.on("data", (chunk: Buffer) => err.push(chunk.toString("utf8")));
  const code = await runValidate(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr }, dir);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("communique validate: encodings", () => {
  it("refuses Latin-1 text with the line and column of the first bad byte, never reading it as U+FFFD", async () => {
    const name = file("latin1.json", Buffer.from(JSON.stringify(release, null, 2), "latin1"));
    const result = await validate([name]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("2:23 error Not valid UTF-8: byte 0xFC at byte offset 24: JSON must be UTF-8 invalid_encoding");
    expect(result.stdout).not.toContain("\uFFFD");
  });

  it("reads UTF-16 by its byte-order mark", async () => {
    const name = file("utf16.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(release), "utf16le")]));
    expect(await validate([name])).toMatchObject({ code: 0, stdout: "All 1 release in 1 file valid.\n" });
  });

  it("reports an NDJSON line that is not UTF-8 and validates the others", async () => {
    const name = file("mixed.ndjson", Buffer.concat([Buffer.from(`${JSON.stringify(release)}\n`), Buffer.from(`${JSON.stringify(release)}\n`, "latin1")]));
    const result = await validate(["--format", "json", name]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { releases: number; problems: { code: string; line: number; message: string }[] }[] };
    expect(report.files[0]?.releases).toBe(1);
    expect(report.files[0]?.problems).toMatchObject([{ code: "invalid_encoding", line: 2, message: expect.stringMatching(/^Not valid UTF-8 at byte offset \d+/) }]);
  });
});

describe("communique validate: empty files and duplicate keys", () => {
  it("warns no_releases for an empty .json file, as for an empty array", async () => {
    for (const content of ["", "  \n"]) {
      const name = file("empty.json", content);
      const result = await validate(["--format", "json", name]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, files: [{ problems: [{ code: "no_releases", severity: "warning", message: "The file is empty: no releases" }] }] });
    }
  });

  it("warns about a key written twice (JSON keeps the last), at the second one", async () => {
    const name = file("twice.json", `[\n${JSON.stringify(release)},\n{"title": "A", "title": "B", ${JSON.stringify(release).slice(1).replace('"title":"Talks in Düsseldorf",', "")}\n]`);
    const result = await validate([name]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3:16 warning Key "title" appears twice in one object; JSON keeps only the last value ($[1].title) duplicate_key');
    const strict = await validate(["--max-warnings", "0", name]);
    expect(strict.code).toBe(1);
  });
});

describe("communique validate: stdin", () => {
  it("reads JSON from stdin for -", async () => {
    const result = await validate(["-"], JSON.stringify([release, { ...release, topics: ["piracy"] }]));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("<stdin>");
    expect(result.stdout).toContain("Unknown topic id \"piracy\"");
    expect(result.stdout).toContain("1 of 2 releases in 1 file invalid");
  });

  it("reads NDJSON from stdin, with each line's number", async () => {
    const result = await validate(["-f", "github", "-"], `${JSON.stringify(release)}\n${JSON.stringify({ ...release, topics: ["piracy"] })}\n`);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toMatch(/^::error file=<stdin>,line=2,col=\d+,title=communique unknown_topic::/);
  });
});

describe("communique validate: hostile text and arguments", () => {
  it("never prints control characters from the data raw", async () => {
    const name = file("escape.json", JSON.stringify({ ...release, "\u001b[2Jtitle\u0007": 1 }));
    const result = await validate([name]);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(result.stdout).toContain("\\u001b[2Jtitle\\u0007");
  });

  it("says what is wrong with --max-warnings -1", async () => {
    const result = await validate(["--max-warnings", "-1", file("one.json", JSON.stringify(release))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--max-warnings must be a whole number of 0 or more, got "-1"');
  });
});
