import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { CleanLine } from "../pipeline/clean.js";
import "../pipeline/data.js";
import { report } from "../pipeline/report.js";
import { MONTH_NUMBERS } from "../data/months.js";
import { matchCityAt } from "../normalize/city.js";
import { matchCountryAt } from "../normalize/country.js";

/** How many lines from the top may hold the headline. */
const HEAD_LINES = 10;

/** Words that make a line read as the headline of a meeting release rather than site chrome. */
const EVENT_WORDS = new Set([
  "meeting", "meetings", "meet", "meets", "met", "talks", "talk", "conversation", "conversations",
  "call", "calls", "phone", "telephone", "visit", "visits", "visited", "summit", "council", "session",
  "conference", "readout", "read-out", "statement", "signed", "signing", "held", "holds", "forum",
  "consultations", "negotiations", "ministerial", "received", "receives", "welcomes", "welcomed",
  "discussed", "discuss", "discusses", "spoke", "speaks", "agreed", "agree", "signs", "sign",
  "participated", "participates", "took", "attended", "attends", "hosted", "hosts",
  "travels", "travel", "trip", "tour", "arrives", "arrived", "pays", "paid", "videoconference",
  "communique", "communiqué", "declaration", "remarks", "briefing", "congratulates", "congratulated",
]);

/** Words that name an issuing body: a line of them alone is the site's name, not the headline. */
const ISSUER_WORDS = new Set([
  "ministry", "office", "department", "government", "embassy", "mission", "administration", "service",
  "secretariat", "presidency", "chancellery", "cabinet", "parliament", "assembly", "agency", "press",
]);

/** Lower-case words an issuer's name may hold between its capitalised ones. */
const ISSUER_CONNECTORS = new Set(["of", "the", "for", "and", "to", "on"]);

/** Lines that open a site page rather than a release. */
const CHROME_PREFIXES = ["welcome to", "news and press releases", "press releases", "newsroom", "media center", "media centre", "latest news", "home"];

/**
 * unified plugin: finds the release's own headline among the first lines, skipping site
 * chrome, date stamps and metadata, and stopping at the first body sentence. Writes
 * `file.data.title` (null when the text opens straight with the body).
 *
 * Messages: `title:none` when no headline was found.
 *
 * @example
 * ```ts
 * import { unified } from "unified";
 * import { releaseParser, extractTitle } from "communique";
 * ```
 */
export function extractTitle() {
  return (_tree: Root, file: VFile): undefined => {
    const clean = file.data.clean;
    if (!clean) return undefined;
    const candidates: CleanLine[] = [];
    for (const line of clean.lines.slice(0, HEAD_LINES)) {
      const text = clean.text.slice(line.start, line.end);
      const words = wordsOf(text);
      if (isBodySentence(text, words)) break;
      if (isCandidate(text, words)) candidates.push(line);
    }
    const textOf = (line: CleanLine): string => clean.text.slice(line.start, line.end);
    const chosen =
      candidates.find((line) => wordsOf(textOf(line)).some((word) => EVENT_WORDS.has(word))) ??
      candidates.find((line) => wordsOf(textOf(line)).length >= 3 && !isIssuerName(textOf(line))) ??
      candidates.find((line) => wordsOf(textOf(line)).length >= 3);
    if (!chosen) {
      file.data.title = null;
      report(file, "No headline found before the body", { ruleId: "title:none" });
      return undefined;
    }
    const span = clean.map.spanToOriginal(chosen.start, chosen.end);
    const text = clean.original.slice(span.start, span.end).replace(/\s+/g, " ").trim();
    file.data.title = { text, start: span.start, end: span.end };
    return undefined;
  };
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word.length > 0);
}

/** A full sentence of some length ends the search: the body has begun. */
function isBodySentence(text: string, words: readonly string[]): boolean {
  const last = text.trimEnd().slice(-1);
  return (last === "." || last === "!" || last === "?") && words.length >= 10;
}

/** "Ashgabat, 14 March 2022", "NEW YORK, 5 May": a place and a date, the dateline, not the headline. */
function isDateline(text: string, words: readonly string[]): boolean {
  if (words.length > 7) return false;
  const parts = text.split(/[\s,]+/).filter((part) => part.length > 0);
  const titled = parts.map((part) => (part.length > 1 && part === part.toUpperCase() ? part.charAt(0) + part.slice(1).toLowerCase() : part));
  const place = matchCityAt(titled, 0) ?? matchCountryAt(titled, 0);
  if (!place) return false;
  return words.slice(place.length).every((word) => MONTH_NUMBERS.has(word) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(word));
}

/**
 * "Federal Foreign Office", "Ministry of External Affairs": a short line of capitalised words
 * naming a body, the issuer's name the page puts above its headline.
 */
function isIssuerName(text: string): boolean {
  const parts = text.split(/\s+/).filter((part) => part.length > 0);
  if (parts.length > 8) return false;
  let issuer = false;
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (ISSUER_CONNECTORS.has(lower)) continue;
    if (part.charAt(0) === lower.charAt(0)) return false;
    if (ISSUER_WORDS.has(lower)) issuer = true;
  }
  return issuer;
}

function isCandidate(text: string, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const lower = text.toLowerCase();
  if (CHROME_PREFIXES.some((prefix) => lower.startsWith(prefix))) return false;
  const last = text.trimEnd().slice(-1);
  if (last === "." && words.length < 10) return false;
  if (isDateline(text, words)) return false;
  // Date stamps and metadata lines ("2021-10-28T11:30:00Z", "Press Release (2020) 003").
  let letters = 0;
  let digits = 0;
  for (const char of text) {
    if (char >= "0" && char <= "9") digits++;
    else if (char.toLowerCase() !== char.toUpperCase()) letters++;
  }
  return letters > digits * 2 && letters >= 8;
}
