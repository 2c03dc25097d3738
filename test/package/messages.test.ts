import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Every ruleId the parser can emit is documented in the README's message table, and every
// documented ruleId exists: users filter on them, so neither may change unnoticed.
const root = new URL("../../", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const emitted = new Set<string>();
for (const file of sourceFiles(join(root, "src"))) {
  for (const match of readFileSync(file, "utf8").matchAll(/ruleId: "([a-z]+:[a-z-]+)"/g)) emitted.add(match[1] as string);
}
const readme = readFileSync(join(root, "README.md"), "utf8");
const table = readme.slice(readme.indexOf("## Messages of the parser"), readme.indexOf("## Validation issues"));
const documented = new Set([...table.matchAll(/^\| `([a-z]+:[a-z-]+)` \|/gm)].map((match) => match[1] as string));

describe("README message table", () => {
  it("documents every ruleId the source emits", () => {
    const undocumented = [...emitted].filter((id) => !documented.has(id) && !id.endsWith(":internal-error"));
    expect(undocumented).toEqual([]);
  });

  it("documents no ruleId the source does not emit", () => {
    expect([...documented].filter((id) => !emitted.has(id))).toEqual([]);
  });
});
