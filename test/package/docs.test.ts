import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every export of the public entries has TSDoc with an example that can be pasted as it is:
// it imports what it uses. And every export says which part of the reference it belongs to
// (`@group`), so the API site reads by concern: schema, parsing, validation, normalizers.
const GROUPS = ["Schema", "Parsing", "Validation", "Normalizers", "Topics"];

interface Documented {
  readonly name: string;
  readonly entry: string;
  readonly examples: readonly string[];
  readonly groups: readonly string[];
}

function tagText(tag: ts.JSDocTag): string {
  return typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "";
}

function documented(file: string): Documented[] {
  const entry = new URL(`../../src/${file}`, import.meta.url).pathname;
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`cannot read src/${file}`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = (symbol.declarations ?? []).flatMap((declaration) => ts.getJSDocTags(declaration));
    return {
      name: exported.name,
      entry: file,
      examples: tags.filter((tag) => tag.tagName.text === "example").map(tagText),
      groups: tags.filter((tag) => tag.tagName.text === "group").map((tag) => tagText(tag).trim()),
    };
  });
}

const all = [...documented("index.ts"), ...documented("validate-entry.ts")];

/** The parameter and return types of every exported function, as a reader of its signature sees them. */
function signatures(): Map<string, string[]> {
  const entry = new URL("../../src/index.ts", import.meta.url).pathname;
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, skipLibCheck: true, noEmit: true, strict: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error("cannot read src/index.ts");
  const shown = (type: ts.Type): string => checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  const out = new Map<string, string[]>();
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined) continue;
    for (const signature of checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures()) {
      out.set(exported.name, [
        ...signature.getParameters().map((parameter) => shown(checker.getTypeOfSymbolAtLocation(parameter, declaration))),
        shown(signature.getReturnType()),
      ]);
    }
  }
  return out;
}

describe("the TSDoc of every public export", () => {
  it("has an example", { timeout: 60_000 }, () => {
    expect(all.filter((item) => item.examples.length === 0).map((item) => `${item.entry}: ${item.name}`)).toEqual([]);
  });

  it("has examples that import what they use from communique", () => {
    const missing = all.filter((item) => item.examples.some((example) => !/^import .* from "communique(\/validate)?";$/m.test(example)));
    expect(missing.map((item) => `${item.entry}: ${item.name}`)).toEqual([]);
  });

  it("names its group, one of the concerns of the reference", () => {
    const wrong = all.filter((item) => item.groups.length !== 1 || !GROUPS.includes(item.groups[0] ?? ""));
    expect(wrong.map((item) => `${item.entry}: ${item.name} (${item.groups.join(", ") || "no @group"})`)).toEqual([]);
  });
});

describe("signatures of the public functions", () => {
  const types = signatures();

  it("name the release and validation types instead of spelling them out", { timeout: 60_000 }, () => {
    expect(types.get("parseRelease")).toEqual(["string", "ParseOptions", "PressRelease"]);
    expect(types.get("validateRelease")).toEqual(["unknown", "ValidateOptions | null | undefined", "ValidationResult"]);
  });

  it("hold no object type of three or more members written out inline", () => {
    const inline = [...types].filter(([, shown]) => shown.some((type) => /\{(?:[^{};]*;){3,}[^{}]*\}/.test(type)));
    expect(inline.map(([name, shown]) => `${name}: ${shown.join(", ")}`)).toEqual([]);
  });
});
