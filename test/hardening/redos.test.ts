import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isSafePattern } from "redos-detector";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(ROOT, "src");

/** A regular expression written in the sources. */
interface FoundPattern {
  /** `file:line` */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** A `new RegExp(...)` (or `RegExp(...)`) whose pattern is not a literal, so cannot be checked here. */
interface DynamicPattern {
  readonly where: string;
  readonly code: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The string value of a literal pattern or flags argument, or null when it is computed. */
function literalText(node: ts.Expression | undefined): string | null {
  if (!node) return "";
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

/**
 * Every regex literal and every `new RegExp(pattern, flags)` / `RegExp(...)` in the sources,
 * found by walking each file's TypeScript syntax tree (so regexes in strings or comments
 * are not mistaken for code).
 */
function findPatterns(): { patterns: FoundPattern[]; dynamic: DynamicPattern[] } {
  const patterns: FoundPattern[] = [];
  const dynamic: DynamicPattern[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string =>
      `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf("/");
        patterns.push({ where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const pattern = literalText(patternArg);
        const flags = literalText(flagsArg);
        if (pattern !== null && flags !== null) patterns.push({ where: where(node), source: pattern, flags });
        else dynamic.push({ where: where(node), code: node.getText(source) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { patterns, dynamic };
}

/**
 * Why a pattern is open to catastrophic backtracking, or null when redos-detector finds it
 * safe. The pattern is checked from a fixed start (`^(?:...)`): that is the exponential and
 * polynomial blow-up of one match attempt. redos-detector would otherwise model an unanchored
 * pattern as `[^]*?pattern` and flag almost every quantifier, e.g. `\d+\.\d+`, because
 * retrying at each position of a long run is quadratic; that cost depends on what a pattern
 * runs over (a token or a whole document), which no static check can see.
 */
function unsafeReason(pattern: FoundPattern): string | null {
  const result = isSafePattern(`^(?:${pattern.source})`, {
    caseInsensitive: pattern.flags.includes("i"),
    unicode: pattern.flags.includes("u") || pattern.flags.includes("v"),
    dotAll: pattern.flags.includes("s"),
    multiLine: false,
    timeout: 5000,
  });
  if (result.safe) return null;
  const score = result.score.infinite ? "infinite" : String(result.score.value);
  return `backtracking score ${score}${result.error ? ` (${result.error})` : ""}`;
}

describe("regular expressions in src/", () => {
  const { patterns, dynamic } = findPatterns();

  it("finds the patterns to check", () => {
    // The schema's own ISO date pattern is in src/schema/date.ts: the extractor must see it.
    expect(patterns.some((pattern) => pattern.where.startsWith(join("src", "schema", "date.ts")))).toBe(true);
  });

  it("has no pattern open to catastrophic backtracking (redos-detector)", () => {
    const unsafe = patterns.flatMap((pattern) => {
      const reason = unsafeReason(pattern);
      return reason ? [`${pattern.where}: /${pattern.source}/${pattern.flags}: ${reason}`] : [];
    });
    expect(unsafe).toEqual([]);
    // redos-detector walks every pattern of src/: seconds of CPU, more on a loaded machine.
  }, 120_000);

  it("builds no RegExp from a computed pattern, which no tool can check", () => {
    expect(dynamic.map((found) => `${found.where}: ${found.code}`)).toEqual([]);
  });

  it("flags a known catastrophic pattern, so the check itself works", () => {
    expect(unsafeReason({ where: "test", source: "^(a+)+$", flags: "" })).not.toBeNull();
    expect(unsafeReason({ where: "test", source: "(\\w+\\s?)*$", flags: "" })).not.toBeNull();
    expect(unsafeReason({ where: "test", source: "^\\d{4}-\\d{2}$", flags: "" })).toBeNull();
    expect(unsafeReason({ where: "test", source: "'([^']*)'", flags: "u" })).toBeNull();
  });
});
