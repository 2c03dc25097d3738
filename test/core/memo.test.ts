import { describe, expect, it } from "vitest";
import { lazy, memoizeByText, memoizeOn } from "../../src/core/memo.js";

describe("memoizeOn", () => {
  it("computes a view once per object and shares it", () => {
    let calls = 0;
    const lengthOf = memoizeOn((words: string[]) => {
      calls++;
      return words.join(" ").length;
    });
    const words = ["talks", "in", "Minsk"];
    expect(lengthOf(words)).toBe(14);
    expect(lengthOf(words)).toBe(14);
    expect(calls).toBe(1);
    expect(lengthOf(["Baku"])).toBe(4);
    expect(calls).toBe(2);
  });

  it("keeps the view out of the object's keys and JSON", () => {
    const tree = { type: "RootNode", children: [] as unknown[] };
    const sizeOf = memoizeOn((node: typeof tree) => node.children.length);
    sizeOf(tree);
    expect(Object.keys(tree)).toEqual(["type", "children"]);
    expect(JSON.stringify(tree)).toBe('{"type":"RootNode","children":[]}');
  });

  it("caches a falsy result too", () => {
    let calls = 0;
    const none = memoizeOn((_: object) => {
      calls++;
      return null;
    });
    const key = {};
    none(key);
    none(key);
    expect(calls).toBe(1);
  });

  it("recomputes for a frozen object instead of failing", () => {
    let calls = 0;
    const count = memoizeOn((list: readonly number[]) => {
      calls++;
      return list.length;
    });
    const frozen = Object.freeze([1, 2]);
    expect(count(frozen)).toBe(2);
    expect(count(frozen)).toBe(2);
    expect(calls).toBe(2);
  });

  it("gives separate functions separate slots on the same object", () => {
    const first = memoizeOn((words: string[]) => words[0]);
    const last = memoizeOn((words: string[]) => words[words.length - 1]);
    const words = ["Astana", "Tashkent"];
    expect(first(words)).toBe("Astana");
    expect(last(words)).toBe("Tashkent");
  });

  it("caches an undefined result, and a result whose computing ran other memos of the same object", () => {
    let inner = 0;
    let outer = 0;
    const nothing = memoizeOn((_: object) => {
      inner++;
      return undefined;
    });
    const wrapped = memoizeOn((key: object) => {
      outer++;
      return [nothing(key)];
    });
    const key = {};
    expect(wrapped(key)).toEqual([undefined]);
    expect(wrapped(key)).toBe(wrapped(key));
    expect(nothing(key)).toBeUndefined();
    expect(inner).toBe(1);
    expect(outer).toBe(1);
  });
});

describe("memoizeByText", () => {
  it("computes once per text, null answers included", () => {
    const calls: string[] = [];
    const lookup = memoizeByText((text: string) => {
      calls.push(text);
      return text === "OSCE" ? "Organization for Security and Co-operation in Europe" : null;
    }, 10);
    expect(lookup("OSCE")).toBe("Organization for Security and Co-operation in Europe");
    expect(lookup("Tuesday")).toBeNull();
    expect(lookup("OSCE")).toBe("Organization for Security and Co-operation in Europe");
    expect(lookup("Tuesday")).toBeNull();
    expect(calls).toEqual(["OSCE", "Tuesday"]);
  });

  it("stays bounded: a full memory is emptied and refilled", () => {
    let calls = 0;
    const length = memoizeByText((text: string) => {
      calls++;
      return text.length;
    }, 2);
    length("a");
    length("bb");
    length("ccc"); // the memory held two: emptied, then "ccc" kept
    length("a");
    expect(calls).toBe(4);
    length("ccc");
    expect(calls).toBe(4);
  });
});

describe("lazy", () => {
  it("builds the value once, on first use", () => {
    let builds = 0;
    const index = lazy(() => {
      builds++;
      return new Map([["minsk", "BY"]]);
    });
    expect(builds).toBe(0);
    expect(index().get("minsk")).toBe("BY");
    expect(index()).toBe(index());
    expect(builds).toBe(1);
  });
});
