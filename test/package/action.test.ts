import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The CI glue users take as it is: the GitHub Action (action.yml, whose command line is
// scripts/action.sh) and the pre-commit hook (.pre-commit-hooks.yaml). The action is run with a
// stand-in `npx` that records its arguments and then runs the built CLI, so the whole command
// line is checked, from the inputs to the annotations.
const root = new URL("../../", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
// Tests that run the CLI need the build (`npm run build`, as .ci/run does).
const built = existsSync(cli);
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

const release = {
  title: "Talks",
  date: { start: "2022-05-04", end: null },
  venue: null,
  format: "phone",
  participants: [],
  mentionedPersons: [],
  organizations: [],
  topics: ["energy"],
  agreements: [],
};

let dir = "";
let bin = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "communique-action-"));
  bin = join(dir, "bin");
  mkdirSync(bin);
  // npx --yes communique@<version> <args...>: record, then run the built CLI with <args...>.
  writeFileSync(
    join(bin, "npx"),
    `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${join(dir, "npx-args")}"\nshift 2\nexec "${process.execPath}" "${cli}" "$@"\n`,
  );
  chmodSync(join(bin, "npx"), 0o755);
  mkdirSync(join(dir, "data", "with space"), { recursive: true });
  writeFileSync(join(dir, "data", "good.json"), JSON.stringify({ gold: release }));
  writeFileSync(join(dir, "data", "with space", "bad.json"), JSON.stringify({ gold: { ...release, topics: ["piracy"] } }, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function action(inputs: Record<string, string>) {
  const env: Record<string, string> = { PATH: `${bin}${delimiter}${process.env["PATH"] ?? ""}`, ACTION_PATH: root, HOME: dir };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replaceAll("-", "_")}`] = value;
  const result = spawnSync("bash", [join(root, "scripts", "action.sh")], { cwd: dir, env, encoding: "utf8" });
  const args = existsSync(join(dir, "npx-args")) ? readFileSync(join(dir, "npx-args"), "utf8").trimEnd().split("\n") : [];
  rmSync(join(dir, "npx-args"), { force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, args };
}

describe("action.yml", () => {
  const yml = readFileSync(join(root, "action.yml"), "utf8");

  it("is a composite action whose inputs reach the script only through the environment", () => {
    expect(yml).toMatch(/^runs:\n {2}using: composite$/m);
    for (const input of ["paths", "pointer", "max-warnings", "version"]) {
      expect(yml).toMatch(new RegExp(`^ {2}${input}:\\n {4}description: `, "m"));
      expect(yml).toContain(`INPUT_${input.toUpperCase().replace("-", "_")}: \${{ inputs.${input} }}`);
    }
    expect(yml).toContain('run: bash "$ACTION_PATH/scripts/action.sh"');
    expect(yml.match(/\$\{\{[^}]*\}\}/g)?.every((expression) => /^\$\{\{ (inputs\.[a-z-]+|github\.action_path) \}\}$/.test(expression))).toBe(true);
  });

  it.skipIf(!built)("runs communique validate --format github at the action's version, with pointer, max-warnings and paths", () => {
    const result = action({ paths: "data/good.json\n  data/with space  \n", pointer: "/gold", "max-warnings": "0" });
    expect(result.args).toEqual(["--yes", `communique@${version}`, "validate", "--format", "github", "--pointer", "/gold", "--max-warnings", "0", "--", "data/good.json", "data/with space"]);
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")[0]).toMatch(/^::error file=data\/with space\/bad\.json,line=\d+,col=\d+,title=communique unknown_topic::Unknown topic id "piracy"/);
    expect(result.stdout).toContain("communique: 1 of 2 releases in 2 files invalid");
  });

  it.skipIf(!built)("splits paths on spaces on one line, takes an explicit version, and passes valid data", () => {
    const result = action({ paths: "data/good.json -data", pointer: "/gold", version: "^0.1" });
    expect(result.args).toEqual(["--yes", "communique@^0.1", "validate", "--format", "github", "--pointer", "/gold", "--", "data/good.json", "-data"]);
    expect(result.status).toBe(2); // -data does not exist: a path, not an option
    expect(result.stderr).toContain("no such file or folder: -data");
    expect(action({ paths: "data/good.json", pointer: "/gold" })).toMatchObject({ status: 0, stdout: "communique: All 1 release in 1 file valid.\n" });
  });

  it.skipIf(!built)("validates the current folder when no paths are given", () => {
    expect(action({ paths: "", pointer: "/gold" }).args.slice(-2)).toEqual(["--", "."]);
  });
});

describe(".pre-commit-hooks.yaml", () => {
  const hooks = readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8");

  it("declares a node hook that runs communique validate on the data files given", () => {
    expect(hooks).toMatch(/^- id: communique-validate$/m);
    expect(hooks).toMatch(/^ {2}language: node$/m);
    expect(hooks).toMatch(/^ {2}entry: communique validate$/m);
    const files = new RegExp(/^ {2}files: (.+)$/m.exec(hooks)?.[1] ?? "^$");
    expect(["data/a.json", "b.ndjson", "c.jsonl"].every((name) => files.test(name))).toBe(true);
    expect(files.test("notes.md")).toBe(false);
  });

  it.skipIf(!built)("gives the same verdict as pre-commit would, with the file names appended to the entry", () => {
    const entry = /^ {2}entry: (.+)$/m.exec(hooks)?.[1]?.split(" ") ?? [];
    expect(entry[0]).toBe("communique");
    const run = (...files: string[]) => spawnSync(process.execPath, [cli, ...entry.slice(1), "--pointer", "/gold", ...files], { cwd: dir, encoding: "utf8" }).status;
    expect(run("data/good.json")).toBe(0);
    expect(run("data/good.json", "data/with space/bad.json")).toBe(1);
  });
});

describe("the package builds itself when packed from a clone (pre-commit installs hooks with npm pack)", () => {
  it("has a prepack script that builds", () => {
    const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts["prepack"]).toBe("npm run build");
  });
});
