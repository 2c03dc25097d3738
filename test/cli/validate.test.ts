import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { runValidate } from "../../src/cli/validate.js";
import { pressReleaseJsonSchema } from "../../src/index.js";

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => {
    const pass = new PassThrough();
    pass.on("data", (chunk: Buffer) => sink.push(chunk.toString("utf8")));
    return pass;
  };
  const io = { stdin: new PassThrough(), stdout: stream(out), stderr: stream(err) };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

const release = {
  title: "Telephone conversation between the foreign ministers",
  date: { start: "2022-05-04", end: null },
  venue: null,
  format: "phone",
  participants: [{ name: "Lea Novak", aliases: ["Novak"], role: "Minister of Foreign Affairs", organization: null, country: "SI" }],
  mentionedPersons: [],
  organizations: [],
  topics: ["energy"],
  agreements: [{ text: "The ministers agreed to meet in June.", kind: "agreed" }],
};
const badCountry = { ...release, participants: [{ ...release.participants[0], country: "QQ" }] };

let dir = "";
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
};

async function validate(...argv: string[]) {
  const fake = fakeIo();
  const code = await runValidate(argv, fake.io, dir);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "communique-validate-"));
  file("good.json", JSON.stringify(release, null, 2));
  file("bad.json", JSON.stringify(badCountry, null, 2));
  file("list.json", JSON.stringify([release, badCountry], null, 2));
  file("broken.json", '{\n  "title": "x",\n  "topics": ["a" "b"]\n}\n');
  file("lines.ndjson", `${JSON.stringify(release)}\n\n${JSON.stringify(badCountry)}\n{oops\n`);
  file("wrapped.json", JSON.stringify({ id: "x", gold: badCountry }, null, 2));
  file("deep.json", `${"[".repeat(5000)}${"]".repeat(5000)}`);
  file("proto.json", `{"__proto__": {"polluted": true}, ${JSON.stringify(release).slice(1)}`);
  file("folder/nested/one.json", JSON.stringify(release));
  file("folder/notes.txt", "not data");
  mkdirSync(join(dir, "empty"));
  mkdirSync(join(dir, "dangling"));
  symlinkSync(join(dir, "missing-target.json"), join(dir, "dangling", "gone.json"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("communique validate --max-warnings", () => {
  const untidy = { ...release, title: "  Telephone conversation  " };

  it("passes while the warnings stay within the limit and fails above it", async () => {
    file("warned.json", JSON.stringify([untidy, untidy]));
    expect((await validate("warned.json")).code).toBe(0);
    expect((await validate("--max-warnings", "2", "warned.json")).code).toBe(0);
    const over = await validate("--max-warnings", "1", "warned.json");
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("communique validate: 2 warnings, more than --max-warnings 1\n");
  });

  it("rejects a limit that is not a whole number", async () => {
    const result = await validate("--max-warnings", "1.5", "good.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--max-warnings must be a whole number of 0 or more");
  });
});

describe("communique validate: exit codes and stylish output", () => {
  it("exits 0 and says so when every release is valid", async () => {
    const result = await validate("good.json", "folder");
    expect(result).toEqual({ code: 0, stdout: "All 2 releases in 2 files valid.\n", stderr: "" });
  });

  it("exits 1 and reports file, line:column, message and code of each problem", async () => {
    const result = await validate("bad.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("bad.json\n");
    expect(result.stdout).toMatch(
      /17:7 +error +Unknown country code "QQ": expected an assigned ISO 3166-1 alpha-2 code \(\$\.participants\[0\]\.country\) +unknown_country +communique/,
    );
    expect(result.stdout).toContain("1 of 1 release in 1 file invalid: 1 error, 0 warnings.");
  });

  it("validates each element of an array file, with the index in the path", async () => {
    const result = await validate("-f", "json", "list.json");
    const report = JSON.parse(result.stdout) as { files: { releases: number; invalidReleases: number; problems: { jsonPath: string }[] }[] };
    expect(result.code).toBe(1);
    expect(report.files[0]).toMatchObject({ releases: 2, invalidReleases: 1, problems: [{ jsonPath: "$[1].participants[0].country" }] });
  });

  it("gives the line and column of broken JSON", async () => {
    const result = await validate("broken.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/3:18 +error +Invalid JSON: expected ',' between values +json_syntax/);
  });

  it("reads NDJSON line by line, with each line's number", async () => {
    const result = await validate("--format", "json", "lines.ndjson");
    const report = JSON.parse(result.stdout) as { summary: object; files: { problems: object[] }[] };
    expect(report.summary).toMatchObject({ releases: 2, invalidReleases: 1, errors: 2 });
    expect(report.files[0]?.problems).toMatchObject([
      { code: "unknown_country", line: 3, jsonPath: "$.participants[0].country" },
      { code: "json_syntax", line: 4, column: 2 },
    ]);
  });

  it("validates the release under --pointer, and reports a missing pointer target", async () => {
    const ok = await validate("--pointer", "/gold", "-f", "json", "wrapped.json");
    expect(JSON.parse(ok.stdout)).toMatchObject({ files: [{ problems: [{ code: "unknown_country", jsonPath: "$.gold.participants[0].country" }] }] });
    const missing = await validate("--pointer", "/answer", "good.json");
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("Nothing at pointer /answer");
  });

  it("reports an unreadable file by name and goes on", async () => {
    const result = await validate("dangling", "good.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/gone\.json\n.*Cannot read file: no such file +file_unreadable/);
  });

  it("rejects hostile JSON cleanly: deep nesting, __proto__ keys", async () => {
    const deep = await validate("deep.json");
    expect(deep.code).toBe(1);
    expect(deep.stdout).toMatch(/1:257 +error +JSON nested deeper than 256 levels +json_too_deep/);
    const proto = await validate("proto.json");
    expect(proto.code).toBe(0);
    expect(proto.stdout).toContain('Unknown field "__proto__"');
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("communique validate: formats", () => {
  it("prints GitHub workflow annotations", async () => {
    const result = await validate("--format", "github", "bad.json");
    expect(result.stdout.split("\n")[0]).toBe(
      '::error file=bad.json,line=17,col=7,title=communique unknown_country::Unknown country code "QQ": expected an assigned ISO 3166-1 alpha-2 code ($.participants[0].country)',
    );
  });

  it("prints one JSON document with a verdict and counts", async () => {
    const result = await validate("-f", "json", "good.json", "bad.json");
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: false,
      summary: { files: 2, releases: 2, invalidReleases: 1, errors: 1, warnings: 0 },
    });
  });
});

describe("communique validate: usage errors exit 2 with a clear message", () => {
  it.each([
    [["--bogus", "good.json"], "unknown option: --bogus"],
    [[], "give at least one file or folder"],
    [["empty"], "no .json, .ndjson or .jsonl files in folder: empty"],
    [["missing.json"], "no such file or folder: missing.json"],
    [["--format", "xml", "good.json"], '--format must be one of stylish, json, github, got "xml"'],
    [["--pointer", "gold", "good.json"], '--pointer: a JSON pointer starts with "/"'],
    [["good.json", "--format"], "option --format needs a value"],
  ])("%j", async (argv, message) => {
    const result = await validate(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`communique validate: ${message}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("communique (main)", () => {
  const cli = async (...argv: string[]) => {
    const fake = fakeIo();
    const code = await runCli(argv, fake.io);
    return { code, stdout: fake.stdout(), stderr: fake.stderr() };
  };

  it("prints the version from package.json", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("lists the commands in --help and rejects an unknown command with 2", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate +Validate release JSON/);
    expect(help.stdout).toMatch(/schema +Print the JSON Schema/);
    expect(await cli("frobnicate")).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command: frobnicate") });
    expect((await cli("validate", "--help")).stdout).toContain("Usage: communique validate");
  });

  it("prints the JSON Schema with `schema`", async () => {
    const result = await cli("schema");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(pressReleaseJsonSchema());
    expect((await cli("schema", "extra")).code).toBe(2);
  });
});

describe.skipIf(!existsSync(new URL("../../dist/cli.js", import.meta.url)))("the built dist/cli.js", () => {
  const bin = new URL("../../dist/cli.js", import.meta.url).pathname;

  it("runs as an executable and sets the exit code", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    expect(execFileSync("node", [bin, "validate", "good.json"], { cwd: dir, encoding: "utf8" })).toContain("valid");
    const failed = spawnSync("node", [bin, "validate", "-f", "github", "bad.json"], { cwd: dir, encoding: "utf8" });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain("::error file=bad.json,line=17,col=7");
    expect(spawnSync("node", [bin, "validate", "--nope"], { cwd: dir, encoding: "utf8" }).status).toBe(2);
  });
});
