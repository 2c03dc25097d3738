import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PressReleaseSchema } from "../../src/index.js";

// The built executable as users run it: interrupted, piped into `head`, starved of memory.
// Runs after `npm run build` (as .ci/run does); skipped in a checkout that was never built.
const bin = new URL("../../dist/cli.js", import.meta.url).pathname;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI; `during` may act on the child (send signals, close its stdout) while it runs. */
function cli(args: string[], options: { node?: string[]; during?: (child: ReturnType<typeof spawn>) => void } = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.node ?? []), bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stdout.on("error", () => {});
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
    options.during?.(child);
  });
}

const PARAGRAPH =
  "On 5 March 2024 Minister of Foreign Affairs of Belarus Maxim Ryzhenkov held talks in Minsk with OSCE Secretary General " +
  "Helga Schmid. The sides discussed regional security, border management and the fight against drug trafficking. " +
  '"We value our cooperation," the Minister said. They agreed to continue consultations.\n\n';

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "communique-process-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A folder of `count` releases of about `size` bytes each. */
async function releases(name: string, count: number, size: number): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  const text = `Talks in Minsk\n\n${PARAGRAPH.repeat(Math.ceil(size / PARAGRAPH.length))}`;
  for (let index = 0; index < count; index++) await writeFile(join(folder, `release-${String(index).padStart(3, "0")}.txt`), text);
  return folder;
}

/** Waits until the folder holds at least `count` .json files. */
async function whenWritten(folder: string, count: number): Promise<void> {
  for (;;) {
    const names = await readdir(folder).catch(() => [] as string[]);
    if (names.filter((name) => name.endsWith(".json")).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every file in the folder is a whole, valid release; nothing else (no temporary file) is there. */
async function expectWholeFiles(folder: string, inputs: number): Promise<void> {
  const names = await readdir(folder);
  expect(names.length).toBeLessThan(inputs);
  for (const name of names) {
    expect(name).toMatch(/release-\d{3}\.json$/);
    const parsed = PressReleaseSchema.safeParse(JSON.parse(await readFile(join(folder, name), "utf8")));
    expect(parsed.success, name).toBe(true);
  }
}

describe.skipIf(!existsSync(bin))("dist/cli.js under interruption", () => {
  it("stops on Ctrl-C (SIGINT) during parse --out: exit 130, every file whole or absent", { timeout: 60_000 }, async () => {
    const input = await releases("sigint", 40, 40_000);
    const out = join(dir, "sigint-out");
    const exit = await cli(["parse", "--jobs", "2", "--out", out, input], {
      during: (child) => void whenWritten(out, 3).then(() => child.kill("SIGINT")),
    });
    expect(exit).toMatchObject({ code: 130, signal: null });
    expect(exit.stderr).toMatch(/communique parse: interrupted: \d+ written to .*sigint-out, the rest not parsed\n$/);
    await expectWholeFiles(out, 40);
  });

  it("ends at once on a second Ctrl-C, still leaving no cut or temporary file", { timeout: 60_000 }, async () => {
    const input = await releases("twice", 40, 40_000);
    const out = join(dir, "twice-out");
    const exit = await cli(["parse", "--jobs", "2", "--out", out, input], {
      during: (child) =>
        void whenWritten(out, 2).then(() => {
          child.kill("SIGINT");
          setTimeout(() => child.kill("SIGINT"), 5);
        }),
    });
    expect(exit.code).toBe(130);
    await expectWholeFiles(out, 40);
  });

  it("stops on SIGTERM with exit 143", { timeout: 60_000 }, async () => {
    const input = await releases("sigterm", 30, 40_000);
    const out = join(dir, "sigterm-out");
    const exit = await cli(["parse", "--jobs", "2", "--out", out, input], {
      during: (child) => void whenWritten(out, 1).then(() => child.kill("SIGTERM")),
    });
    expect(exit.code).toBe(143);
    await expectWholeFiles(out, 30);
  });
});

describe.skipIf(!existsSync(bin))("dist/cli.js through a pipe and short of memory", () => {
  it("keeps exit 1 for invalid data when the reader stops early (validate | head)", { timeout: 60_000 }, async () => {
    const bad = { title: "x", date: { start: "2017-02-30", end: null }, venue: null, format: null, participants: [], mentionedPersons: [], organizations: [], topics: ["piracy"], agreements: [] };
    const folder = join(dir, "pipe");
    await mkdir(folder, { recursive: true });
    for (const name of ["a.json", "b.json", "c.json"]) await writeFile(join(folder, name), JSON.stringify(Array.from({ length: 600 }, () => bad), null, 1));
    const exit = await cli(["validate", folder], {
      during: (child) => child.stdout?.once("data", () => child.stdout?.destroy()),
    });
    expect(exit).toMatchObject({ code: 1, signal: null, stderr: "" });
  });

  it("validates a 20 MB array in a 120 MB heap, and finds the bad release's line", { timeout: 60_000 }, async () => {
    const release = { title: "Talks", date: { start: "2022-05-04", end: null }, venue: null, format: "phone", participants: [{ name: "Lea Novak", aliases: [], role: null, organization: null, country: "SI" }], mentionedPersons: [], organizations: [], topics: ["energy"], agreements: [] };
    const one = JSON.stringify(release, null, 2);
    const count = Math.ceil((20 * 1024 * 1024) / one.length);
    const items = Array.from({ length: count }, (_, index) => (index === count - 3 ? one.replace('"SI"', '"QQ"') : one));
    const path = join(dir, "big.json");
    await writeFile(path, `[\n${items.join(",\n")}\n]\n`);
    const lines = one.split("\n");
    const within = lines.findIndex((text) => text.includes('"country"'));
    const line = 2 + (count - 3) * lines.length + within;
    const column = (lines[within] ?? "").indexOf('"country"') + 1;
    const exit = await cli(["validate", "--format", "github", path], { node: ["--max-old-space-size=120"] });
    expect(exit.stderr).toBe("");
    expect(exit.code).toBe(1);
    expect(exit.stdout.split("\n")[0]).toMatch(new RegExp(`^::error file=.*big\\.json,line=${line},col=${column},title=communique unknown_country::`));
  });

  it("reports a text too large for memory as that input's error, never as a crash of the engine", { timeout: 120_000 }, async () => {
    const path = join(dir, "huge.txt");
    await writeFile(path, `Talks in Minsk\n\n${PARAGRAPH.repeat(Math.ceil(1_300_000 / PARAGRAPH.length))}`);
    const exit = await cli(["parse", "--max-size", "4MB", path], { node: ["--max-old-space-size=64"] });
    expect(exit).toMatchObject({ code: 1, signal: null, stdout: "" });
    expect(exit.stderr).toMatch(/^communique parse: .*huge\.txt: ran out of memory parsing 1\.\d+ MB of text \(the limit is \d+ MB/);
  });
});
