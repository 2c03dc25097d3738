// The playground page: paste a release, see what communique read and where. Plain DOM, no
// framework: the page is a handful of panels redrawn from one parse, and the DOM API does that
// in a few lines. Built into one classic script by scripts/build-playground.mjs, so that the
// page works from disk (file://), where browsers refuse module imports across files.
import {
  analyzeRelease,
  releaseOf,
  validateRelease,
  type PressRelease,
  type ReleaseLanguage,
  type ValidationIssue,
} from "../../src/index.js";
import englishSample from "../../examples/sample-release.txt";
import russianSample from "../../test/fixtures/releases/ru/ru-mfa-kz-2021-06-07-muhriddin-official-visit-nur-sultan.txt";
import sampleJson from "../../examples/sample-release.json";
import { nestMarks, type Mark, type Node as TextNode } from "./highlight.js";

/** The fields that have a place in the text, in the legend's order; each has its CSS class `f-<id>`. */
const FIELDS: readonly { readonly id: string; readonly label: string }[] = [
  { id: "title", label: "Title" },
  { id: "date", label: "Date" },
  { id: "published", label: "Published" },
  { id: "venue", label: "Venue" },
  { id: "participant", label: "Participant" },
  { id: "mentioned", label: "Mentioned person" },
  { id: "organization", label: "Organisation" },
  { id: "topic", label: "Topic" },
  { id: "agreement", label: "Agreement" },
  { id: "quote", label: "Quote" },
  { id: "message", label: "Message" },
];

const FIELD_LABEL = new Map(FIELDS.map((field) => [field.id, field.label]));

const SAMPLES: Readonly<Record<string, { readonly text: string; readonly referenceDate: string }>> = {
  en: { text: englishSample, referenceDate: "" },
  ru: { text: russianSample, referenceDate: "2021-06-08" },
};

/** Milliseconds of quiet typing before the parse runs again. */
const DEBOUNCE_MS = 200;

// ---------------------------------------------------------------------------------------------
// Small DOM helpers.

type Child = globalThis.Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`playground: no element #${id}`);
  return element as T;
}

function debounce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

function none(text = "None found"): HTMLElement {
  return h("p", { class: "none" }, text);
}

// ---------------------------------------------------------------------------------------------
// The parse and its marks.

interface Located {
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly end: number;
}

interface Parsed {
  readonly text: string;
  readonly release: PressRelease;
  readonly language: string;
  readonly messages: readonly { readonly ruleId: string; readonly reason: string; readonly place: Located | null }[];
  readonly topicSpans: ReadonlyMap<string, readonly { readonly start: number; readonly end: number }[]>;
  readonly titleSpan: { readonly start: number; readonly end: number } | null;
  readonly ms: number;
}

interface PointLike {
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly offset?: number | undefined;
}

function placeOf(place: unknown): Located | null {
  if (place === null || typeof place !== "object") return null;
  const position = place as { start?: PointLike; end?: PointLike } & PointLike;
  const start = position.start ?? position;
  const end = position.end ?? start;
  if (typeof start.offset !== "number" || typeof start.line !== "number") return null;
  return {
    line: start.line,
    column: start.column ?? 1,
    start: start.offset,
    end: typeof end.offset === "number" ? Math.max(end.offset, start.offset) : start.offset,
  };
}

function parse(text: string, language: ReleaseLanguage, referenceDate: string): Parsed {
  const options = { language, referenceDate: referenceDate === "" ? null : referenceDate };
  const began = performance.now();
  const file = analyzeRelease(text, options);
  const release = releaseOf(file);
  const ms = performance.now() - began;
  const topicSpans = new Map((file.data.topics ?? []).map((topic) => [topic.id, topic.spans] as const));
  const title = file.data.title ?? null;
  return {
    text,
    release,
    language: typeof file.data.language === "string" ? file.data.language : "",
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId ?? "",
      reason: message.reason,
      place: placeOf(message.place),
    })),
    topicSpans,
    titleSpan: title === null ? null : { start: title.start, end: title.end },
    ms,
  };
}

function marksOf(parsed: Parsed): Mark[] {
  const marks: Mark[] = [];
  const add = (field: string, key: string, span: { readonly start: number; readonly end: number } | null | undefined): void => {
    if (span) marks.push({ field, key, start: span.start, end: span.end });
  };
  const { release } = parsed;
  add("title", "title", parsed.titleSpan);
  add("date", "date", release.date?.span);
  add("published", "published", release.published?.span);
  add("venue", "venue", release.venue?.span);
  release.participants.forEach((person, index) => person.spans?.forEach((span) => add("participant", `participant-${index}`, span)));
  release.mentionedPersons.forEach((person, index) => person.spans?.forEach((span) => add("mentioned", `mentioned-${index}`, span)));
  release.organizations.forEach((organization, index) =>
    organization.spans?.forEach((span) => add("organization", `organization-${index}`, span)),
  );
  for (const topic of release.topics) for (const span of parsed.topicSpans.get(topic) ?? []) add("topic", `topic-${topic}`, span);
  release.agreements.forEach((agreement, index) => add("agreement", `agreement-${index}`, agreement.span));
  (release.quotes ?? []).forEach((quote, index) => add("quote", `quote-${index}`, quote.span));
  parsed.messages.forEach((message, index) => add("message", `message-${index}`, message.place));
  return marks;
}

// ---------------------------------------------------------------------------------------------
// Rendering: the source with its marks, the card, the messages.

function renderNodes(nodes: readonly TextNode[], label: (key: string) => string): globalThis.Node[] {
  return nodes.map((node) => {
    if (typeof node === "string") return document.createTextNode(node);
    const piece = h(
      "mark",
      {
        class: `hl f-${node.mark.field}`,
        "data-key": node.mark.key,
        "data-field": node.mark.field,
        title: `${FIELD_LABEL.get(node.mark.field) ?? node.mark.field}: ${label(node.mark.key)}`,
        tabindex: "-1",
      },
      renderNodes(node.children, label),
    );
    return piece;
  });
}

function labelsOf(parsed: Parsed): Map<string, string> {
  const { release } = parsed;
  const labels = new Map<string, string>();
  labels.set("title", release.title ?? "");
  if (release.date) labels.set("date", dateText(release.date.start, release.date.end));
  if (release.published) labels.set("published", release.published.date);
  if (release.venue) labels.set("venue", venueText(release.venue));
  release.participants.forEach((person, index) => labels.set(`participant-${index}`, person.name));
  release.mentionedPersons.forEach((person, index) => labels.set(`mentioned-${index}`, person.name));
  release.organizations.forEach((organization, index) =>
    labels.set(`organization-${index}`, organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name),
  );
  for (const topic of release.topics) labels.set(`topic-${topic}`, topic);
  release.agreements.forEach((agreement, index) => labels.set(`agreement-${index}`, agreement.kind));
  (release.quotes ?? []).forEach((quote, index) => labels.set(`quote-${index}`, quote.speaker ?? "speaker unknown"));
  parsed.messages.forEach((message, index) => labels.set(`message-${index}`, message.ruleId));
  return labels;
}

function renderSource(parsed: Parsed, source: HTMLElement): void {
  const labels = labelsOf(parsed);
  source.replaceChildren(...renderNodes(nestMarks(parsed.text, marksOf(parsed)), (key) => labels.get(key) ?? key));
  const first = source.querySelector<HTMLElement>("mark.hl");
  // One tab stop for the source: its first mark (arrow keys move on), or the text itself.
  if (first) {
    first.tabIndex = 0;
    source.removeAttribute("tabindex");
  } else source.tabIndex = 0;
}

function dateText(start: string, end: string | null): string {
  return end === null ? start : `${start} – ${end}`;
}

function venueText(venue: NonNullable<PressRelease["venue"]>): string {
  return [venue.name, venue.city, venue.country].filter((part): part is string => typeof part === "string" && part !== "").join(", ");
}

/** A value on the card that lights its spans: focusable when the text has a place for it. */
function value(key: string, hasPlace: boolean, ...children: readonly Child[]): HTMLElement {
  return h("span", { class: hasPlace ? "value linked" : "value", "data-key": key, tabindex: hasPlace ? "0" : undefined }, ...children);
}

function fact(label: string, ...children: readonly Child[]): HTMLElement[] {
  return [h("dt", {}, label), h("dd", {}, ...children)];
}

function section(title: string, id: string, ...children: readonly (Child | readonly Child[])[]): HTMLElement {
  return h("section", { class: "card-section", "aria-labelledby": id }, h("h3", { id }, title), ...children);
}

function optional(text: string | null | undefined): Child {
  return text === null || text === undefined || text === "" ? h("span", { class: "muted" }, "—") : text;
}

function renderCard(parsed: Parsed, card: HTMLElement): void {
  const { release } = parsed;
  const has = (spans: readonly unknown[] | undefined): boolean => (spans?.length ?? 0) > 0;
  const facts = h(
    "dl",
    { class: "facts" },
    fact(
      "Date",
      release.date
        ? value("date", Boolean(release.date.span), dateText(release.date.start, release.date.end))
        : optional(null),
      release.date?.inferred ? h("span", { class: "badge" }, "inferred") : null,
    ),
    fact("Published", release.published ? value("published", Boolean(release.published.span), release.published.date) : optional(null)),
    fact(
      "Venue",
      release.venue ? value("venue", Boolean(release.venue.span), venueText(release.venue)) : optional(null),
      release.venue?.inferred ? h("span", { class: "badge" }, "inferred") : null,
    ),
    fact("Format", optional(release.format)),
    fact("Read as", optional(parsed.language === "ru" ? "Russian" : parsed.language === "en" ? "English" : parsed.language)),
  );

  const participants =
    release.participants.length === 0
      ? none()
      : h(
          "table",
          { class: "people", id: "participants" },
          h("caption", { class: "visually-hidden" }, "Participants"),
          h(
            "thead",
            {},
            h("tr", {}, ["Name", "Aliases", "Role", "Organisation", "Country"].map((label) => h("th", { scope: "col" }, label))),
          ),
          h(
            "tbody",
            {},
            release.participants.map((person, index) =>
              h(
                "tr",
                { "data-key": `participant-${index}`, tabindex: has(person.spans) ? "0" : undefined, class: has(person.spans) ? "linked" : undefined },
                h("th", { scope: "row" }, person.name),
                h("td", {}, optional(person.aliases.join(", "))),
                h("td", {}, optional(person.role)),
                h("td", {}, optional(person.organization)),
                h("td", {}, optional(person.country)),
              ),
            ),
          ),
        );

  const mentioned =
    release.mentionedPersons.length === 0
      ? none()
      : h(
          "ul",
          { class: "plain" },
          release.mentionedPersons.map((person, index) =>
            h(
              "li",
              {},
              value(`mentioned-${index}`, has(person.spans), h("strong", {}, person.name)),
              [person.role, person.organization, person.country].filter(Boolean).length > 0
                ? ` (${[person.role, person.organization, person.country].filter(Boolean).join(", ")})`
                : null,
              person.aliases.length > 0 ? h("span", { class: "muted" }, ` also: ${person.aliases.join(", ")}`) : null,
            ),
          ),
        );

  const organizations =
    release.organizations.length === 0
      ? none()
      : h(
          "ul",
          { class: "plain" },
          release.organizations.map((organization, index) =>
            h(
              "li",
              {},
              value(
                `organization-${index}`,
                has(organization.spans),
                organization.name,
                organization.acronym ? h("abbr", { class: "acronym" }, organization.acronym) : null,
              ),
            ),
          ),
        );

  const topics =
    release.topics.length === 0
      ? none()
      : h(
          "ul",
          { class: "labels" },
          release.topics.map((topic) => h("li", {}, value(`topic-${topic}`, has(parsed.topicSpans.get(topic) as unknown[] | undefined), topic))),
        );

  const agreements =
    release.agreements.length === 0
      ? none()
      : h(
          "ul",
          { class: "plain statements" },
          release.agreements.map((agreement, index) =>
            h(
              "li",
              {},
              h("span", { class: `kind kind-${agreement.kind}` }, agreement.kind),
              " ",
              value(`agreement-${index}`, Boolean(agreement.span), agreement.text),
              agreement.parties && agreement.parties.length > 0
                ? h("div", { class: "muted" }, `Parties: ${agreement.parties.join(", ")}`)
                : null,
            ),
          ),
        );

  const quotes =
    (release.quotes ?? []).length === 0
      ? none()
      : h(
          "ul",
          { class: "plain statements" },
          (release.quotes ?? []).map((quote, index) =>
            h(
              "li",
              {},
              h("blockquote", {}, value(`quote-${index}`, Boolean(quote.span), `“${quote.text}”`)),
              h("div", { class: "speaker" }, "— ", quote.speaker ?? h("span", { class: "muted" }, "speaker unknown")),
            ),
          ),
        );

  card.replaceChildren(
    h("h2", { class: "release-title" }, release.title ? value("title", parsed.titleSpan !== null, release.title) : h("span", { class: "muted" }, "No title found")),
    facts,
    section(`Participants (${release.participants.length})`, "h-participants", participants),
    section(`Mentioned persons (${release.mentionedPersons.length})`, "h-mentioned", mentioned),
    section(`Organisations (${release.organizations.length})`, "h-organizations", organizations),
    section(`Topics (${release.topics.length})`, "h-topics", topics),
    section(`Agreements (${release.agreements.length})`, "h-agreements", agreements),
    section(`Quotes (${(release.quotes ?? []).length})`, "h-quotes", quotes),
  );
}

function renderMessages(parsed: Parsed, list: HTMLElement, heading: HTMLElement): void {
  heading.textContent = `Messages (${parsed.messages.length})`;
  if (parsed.messages.length === 0) {
    list.replaceChildren(h("li", { class: "none" }, "No messages"));
    return;
  }
  list.replaceChildren(
    ...parsed.messages.map((message, index) =>
      h(
        "li",
        { "data-key": `message-${index}` },
        h("code", { class: "rule" }, message.ruleId),
        " ",
        message.reason,
        " ",
        message.place
          ? h(
              "button",
              { type: "button", class: "goto", "data-goto": `message-${index}` },
              `line ${message.place.line}:${message.place.column}`,
            )
          : h("span", { class: "muted" }, "(no place)"),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Linking values and spans.

let litKey: string | null = null;

function setLit(key: string | null): void {
  if (key === litKey) return;
  for (const element of document.querySelectorAll(".lit")) element.classList.remove("lit");
  litKey = key;
  if (key === null) return;
  for (const element of document.querySelectorAll(`[data-key="${CSS.escape(key)}"]`)) element.classList.add("lit");
}

/** Scrolls a scrolling panel (not the page) so that `element` is in view. */
function reveal(container: HTMLElement, element: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  if (target.top >= box.top && target.bottom <= box.bottom) return;
  container.scrollTop += target.top - box.top - box.height / 3;
}

function keyOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>("[data-key]")?.dataset["key"] ?? null;
}

function wireLinking(source: HTMLElement, card: HTMLElement, messages: HTMLElement): void {
  const firstPiece = (key: string): HTMLElement | null => source.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  const showInSource = (key: string | null): void => {
    setLit(key);
    const piece = key === null ? null : firstPiece(key);
    if (piece) reveal(source, piece);
  };
  for (const panel of [card, messages]) {
    panel.addEventListener("mouseover", (event) => showInSource(keyOf(event.target)));
    panel.addEventListener("mouseleave", () => setLit(null));
    panel.addEventListener("focusin", (event) => showInSource(keyOf(event.target)));
    panel.addEventListener("focusout", () => setLit(null));
  }
  source.addEventListener("mouseover", (event) => setLit(keyOf(event.target)));
  source.addEventListener("mouseleave", () => setLit(null));
  source.addEventListener("focusin", (event) => {
    const key = keyOf(event.target);
    setLit(key);
    const entry = key === null ? null : card.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (entry) reveal(card, entry);
  });
  source.addEventListener("focusout", () => setLit(null));

  // Roving focus among the marks: one tab stop for the source, arrow keys move between marks.
  source.addEventListener("keydown", (event) => {
    const pieces = [...source.querySelectorAll<HTMLElement>("mark.hl")];
    if (pieces.length === 0) return;
    const current = pieces.indexOf(document.activeElement as HTMLElement);
    let next: number;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = Math.min(current + 1, pieces.length - 1);
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = Math.max(current - 1, 0);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = pieces.length - 1;
    else return;
    event.preventDefault();
    focusPiece(source, pieces[next] as HTMLElement);
  });

  messages.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-goto]") : null;
    const key = button?.dataset["goto"];
    const piece = key === undefined ? null : firstPiece(key);
    if (piece) focusPiece(source, piece);
  });
}

function focusPiece(source: HTMLElement, piece: HTMLElement): void {
  for (const other of source.querySelectorAll<HTMLElement>("mark.hl[tabindex='0']")) other.tabIndex = -1;
  piece.tabIndex = 0;
  piece.focus({ preventScroll: true });
  reveal(source, piece);
}

// ---------------------------------------------------------------------------------------------
// Validation tab.

function renderValidation(json: string, output: HTMLElement): void {
  if (json.trim() === "") {
    output.replaceChildren(h("p", { class: "none" }, "Paste release JSON above."));
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    output.replaceChildren(
      h("p", { class: "verdict invalid", id: "verdict" }, "Not JSON"),
      h("p", {}, error instanceof Error ? error.message : String(error)),
    );
    return;
  }
  const result = validateRelease(data);
  const errors = result.issues.filter((issue) => issue.severity === "error").length;
  const warnings = result.issues.length - errors;
  const verdict = result.valid
    ? warnings === 0
      ? "Valid: no issues"
      : `Valid, with ${warnings} warning${warnings === 1 ? "" : "s"}`
    : `Invalid: ${errors} error${errors === 1 ? "" : "s"}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}`;
  output.replaceChildren(
    h("p", { class: `verdict ${result.valid ? "valid" : "invalid"}`, id: "verdict" }, verdict),
    result.issues.length === 0
      ? ""
      : h(
          "table",
          { class: "issues", id: "issues" },
          h("caption", { class: "visually-hidden" }, "Validation issues"),
          h("thead", {}, h("tr", {}, ["JSON path", "Code", "Severity", "Message"].map((label) => h("th", { scope: "col" }, label)))),
          h(
            "tbody",
            {},
            result.issues.map((issue: ValidationIssue) =>
              h(
                "tr",
                { class: issue.severity },
                h("td", {}, h("code", { class: "path" }, issue.jsonPath)),
                h("td", {}, h("code", { class: "code" }, issue.code)),
                h("td", {}, h("span", { class: `severity ${issue.severity}` }, issue.severity)),
                h("td", {}, issue.message),
              ),
            ),
          ),
        ),
  );
}

// ---------------------------------------------------------------------------------------------
// Tabs.

function wireTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>("[role='tab']")];
  const select = (tab: HTMLButtonElement, focus: boolean): void => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = byId(other.getAttribute("aria-controls") ?? "");
      panel.hidden = !selected;
    }
    if (focus) tab.focus();
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => select(tab, false));
    tab.addEventListener("keydown", (event) => {
      const index = tabs.indexOf(tab);
      let next: number | null = null;
      if (event.key === "ArrowRight") next = (index + 1) % tabs.length;
      else if (event.key === "ArrowLeft") next = (index - 1 + tabs.length) % tabs.length;
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = tabs.length - 1;
      if (next === null) return;
      event.preventDefault();
      select(tabs[next] as HTMLButtonElement, true);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Start.

function start(): void {
  const input = byId<HTMLTextAreaElement>("release-text");
  const referenceDate = byId<HTMLInputElement>("reference-date");
  const sample = byId<HTMLSelectElement>("sample");
  const source = byId("source");
  const card = byId("card");
  const messageList = byId("messages");
  const messagesHeading = byId("messages-heading");
  const status = byId("status");
  const download = byId<HTMLButtonElement>("download");
  const legend = byId("legend");
  const jsonInput = byId<HTMLTextAreaElement>("json-text");
  const validation = byId("validation");
  let current: Parsed | null = null;

  legend.replaceChildren(
    ...FIELDS.map((field) => h("li", {}, h("mark", { class: `hl f-${field.id} sample` }, field.label))),
  );

  const language = (): ReleaseLanguage => {
    const checked = document.querySelector<HTMLInputElement>("input[name='language']:checked");
    return (checked?.value ?? "auto") as ReleaseLanguage;
  };

  const run = (): void => {
    litKey = null;
    current = parse(input.value, language(), referenceDate.value);
    renderSource(current, source);
    renderCard(current, card);
    renderMessages(current, messageList, messagesHeading);
    status.textContent = `Parsed ${current.text.length.toLocaleString("en")} characters in ${current.ms.toFixed(0)} ms`;
    document.body.dataset["parsed"] = String(Number(document.body.dataset["parsed"] ?? "0") + 1);
  };
  const later = debounce(run, DEBOUNCE_MS);

  input.addEventListener("input", later);
  referenceDate.addEventListener("input", later);
  for (const radio of document.querySelectorAll("input[name='language']")) radio.addEventListener("change", run);
  sample.addEventListener("change", () => {
    const chosen = SAMPLES[sample.value];
    if (!chosen) return;
    input.value = chosen.text;
    referenceDate.value = chosen.referenceDate;
    run();
  });
  byId("clear-date").addEventListener("click", () => {
    referenceDate.value = "";
    run();
  });

  download.addEventListener("click", () => {
    if (current === null) return;
    const blob = new Blob([`${JSON.stringify(current.release, null, 2)}\n`], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = h("a", { href: url, download: "release.json" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  const validate = (): void => renderValidation(jsonInput.value, validation);
  jsonInput.addEventListener("input", debounce(validate, DEBOUNCE_MS));
  byId("use-parsed").addEventListener("click", () => {
    if (current === null) return;
    jsonInput.value = `${JSON.stringify(current.release, null, 2)}\n`;
    validate();
  });

  wireTabs();
  wireLinking(source, card, messageList);

  input.value = SAMPLES["en"]?.text ?? "";
  jsonInput.value = `${JSON.stringify(sampleJson, null, 2)}\n`;
  run();
  validate();
  // From the start of navigation: loading the script, the first parse and its rendering.
  status.textContent += ` · page ready in ${performance.now().toFixed(0)} ms`;
  document.body.dataset["ready"] = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
