// The playground page in a real browser: the Debian `chromium` package driven by playwright-core
// (no browser download, no network). The page is built into test-output/ from the current
// sources and opened from disk, as a reader of the built docs would open it.
// Skipped, with the reason printed, where no Chromium is installed; with CI set it fails instead.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const output = join(root, "test-output");
const built = join(output, "playground");
// CHROMIUM_PATH, when set, is the only browser tried.
const chosen = process.env["CHROMIUM_PATH"];
const candidates = chosen ? [chosen] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
const executablePath = candidates.find((path) => existsSync(path));
const inCi = Boolean(process.env["CI"]);

if (executablePath === undefined && !inCi) {
  console.warn(
    `test/browser/playground.test.ts: skipped, no Chromium at ${candidates.join(" or ")} (install Debian's \`chromium\`, or set CHROMIUM_PATH)`,
  );
}

// A release written for this test: two ministers, a dateline, an event date, a quote, a signing.
const RELEASE = `Ministry of Foreign Affairs of Latvia

Foreign Minister of Latvia holds talks with the Foreign Minister of Finland in Riga

Riga, 22 October 2025 – On 21 October, Minister of Foreign Affairs of Latvia Ilze Kalnina held talks in Riga with Minister for Foreign Affairs of Finland Mikko Lehtonen.

The ministers discussed energy security in the Baltic Sea region, transport links and support for Ukraine.

"Our countries share the same sea and the same concerns," Ilze Kalnina said.

Following the talks, the ministers signed a memorandum on cooperation in civil protection.`;

// Release JSON with two mistakes: a country code that is not assigned, and a day February lacks.
const FLAWED_JSON = JSON.stringify(
  {
    title: "Talks in Riga",
    date: { start: "2025-02-30", end: null },
    venue: { city: "Riga", country: "LV", name: null },
    format: "in-person",
    participants: [{ name: "Ilze Kalnina", aliases: [], role: "Minister", organization: null, country: "UK" }],
    mentionedPersons: [],
    organizations: [],
    topics: ["energy"],
    agreements: [],
  },
  null,
  2,
);

describe.skipIf(executablePath === undefined && !inCi)("the playground page in Chromium", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (executablePath === undefined) {
      throw new Error(`CI is set, but no Chromium is installed at ${candidates.join(" or ")}: .ci/run installs Debian's \`chromium\` package`);
    }
    mkdirSync(output, { recursive: true });
    execFileSync(process.execPath, [join(root, "scripts", "build-playground.mjs"), "--out", built], { stdio: "pipe" });
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    const started = Date.now();
    await page.goto(pathToFileURL(join(built, "index.html")).href);
    await page.waitForSelector("body[data-ready='true']");
    console.log(`playground ready in ${Date.now() - started} ms`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const parsedAfter = async (action: () => Promise<void>): Promise<void> => {
    const before = Number(await page.getAttribute("body", "data-parsed"));
    await action();
    await page.waitForFunction((count) => Number(document.body.dataset["parsed"]) > count, before);
  };

  it("opens from disk with the sample parsed and the bundle size shown", async () => {
    expect(errors).toEqual([]);
    expect(await page.textContent("#bundle-size")).toMatch(/^Bundle: [\d,]+ KB minified, [\d,]+ KB gzipped$/);
    expect(await page.inputValue("#release-text")).toContain("Daniyar Osmonov");
    expect(await page.locator("#participants tbody th").allTextContents()).toContain("Daniyar Osmonov");
  });

  it("reads a pasted release: participants, the date's place, the card", async () => {
    await parsedAfter(async () => {
      await page.fill("#release-text", "");
      await page.focus("#release-text");
      await page.keyboard.insertText(RELEASE);
    });
    expect(await page.locator("#participants tbody th").allTextContents()).toEqual(["Ilze Kalnina", "Mikko Lehtonen"]);
    expect(await page.locator("#source mark.f-date").allTextContents()).toEqual(["21 October"]);
    expect(await page.locator("#source mark.f-published").allTextContents()).toEqual(["22 October 2025"]);
    const card = (await page.textContent("#card")) ?? "";
    expect(card).toContain("2025-10-21");
    expect(card).toContain("Our countries share the same sea and the same concerns");
    expect(card).toContain("signed");
    expect(errors).toEqual([]);
  });

  it("lights a participant's spans on hover and focus, and a value from its span", async () => {
    await page.hover("#participants tbody tr:first-child");
    const lit = await page.locator("#source mark.lit").allTextContents();
    expect(lit.length).toBeGreaterThan(0);
    expect(new Set(lit)).toEqual(new Set(["Ilze Kalnina"]));

    await page.focus("#participants tbody tr:nth-child(2)");
    expect(await page.locator("#source mark.lit").allTextContents()).toEqual(["Mikko Lehtonen"]);

    await page.hover("#source mark.f-participant >> text=Mikko Lehtonen");
    expect(await page.locator("#participants tbody tr.lit th").allTextContents()).toEqual(["Mikko Lehtonen"]);
    await page.screenshot({ path: join(output, "playground.png"), fullPage: true });
  });

  it("keeps every text at WCAG AA contrast on its background", async () => {
    const failures = await page.evaluate(() => {
      const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
        const linear = (channel: number): number => {
          const c = channel / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      const background = (element: Element | null): number[] => {
        for (let at = element; at !== null; at = at.parentElement) {
          const color = rgb(getComputedStyle(at).backgroundColor);
          if (color.length === 3 || (color[3] ?? 0) > 0) return color.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const element = node.parentElement;
        if (element === null || (node.textContent ?? "").trim() === "" || element.closest("[hidden], script, .visually-hidden, .skip")) continue;
        const style = getComputedStyle(element);
        const bold = Number(style.fontWeight) >= 700;
        const size = Number.parseFloat(style.fontSize);
        const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        const [light, dark] = [luminance(rgb(style.color)), luminance(background(element))].sort((a, b) => b - a) as [number, number];
        const ratio = (light + 0.05) / (dark + 0.05);
        if (ratio < needed) out.push(`${(node.textContent ?? "").trim().slice(0, 30)}: ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(failures).toEqual([]);
  });

  it("moves between marks with the arrow keys", async () => {
    await page.focus("#source mark.hl[tabindex='0']");
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => document.activeElement?.textContent);
    expect(second).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("lit"))).toBe(true);
  });

  it("links each message to its place in the text", async () => {
    const goto = page.locator("#messages [data-goto]").first();
    const key = await goto.getAttribute("data-goto");
    await goto.click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["key"])).toBe(key);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("lit"))).toBe(true);
  });

  it("switches tabs from the keyboard", async () => {
    await page.focus("#tab-parse");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-validate");
    expect(await page.isVisible("#json-text")).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await page.isVisible("#release-text")).toBe(true);
  });

  it("downloads the release as JSON", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const path = await download.path();
    const release = JSON.parse(readFileSync(path, "utf8")) as { participants: { name: string }[] };
    expect(release.participants.map((person) => person.name)).toEqual(["Ilze Kalnina", "Mikko Lehtonen"]);
  });

  it("reads the Russian sample", async () => {
    await parsedAfter(() => page.selectOption("#sample", "ru").then(() => undefined));
    expect(await page.textContent("#card")).toContain("Russian");
    expect(await page.locator("#participants tbody tr").count()).toBeGreaterThan(1);
    expect(await page.locator("#source mark.f-date").count()).toBe(1);
    await page.screenshot({ path: join(output, "playground-ru.png"), fullPage: true });
  });

  it("lists the issues of invalid release JSON by path, with their codes", async () => {
    await page.click("#tab-validate");
    await page.fill("#json-text", FLAWED_JSON);
    await page.waitForSelector("#issues");
    const rows = await page.locator("#issues tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td")).slice(0, 2).map((td) => td.textContent)),
    );
    expect(rows).toContainEqual(["$.participants[0].country", "unknown_country"]);
    expect(rows).toContainEqual(["$.date.start", "impossible_date"]);
    expect(await page.textContent("#verdict")).toMatch(/^Invalid: 2 errors/);
    await page.screenshot({ path: join(output, "playground-validate.png"), fullPage: true });

    await page.fill("#json-text", "{ \"title\": ");
    await page.waitForFunction(() => document.getElementById("verdict")?.textContent === "Not JSON");
    expect(errors).toEqual([]);
  });
});
