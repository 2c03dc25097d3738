import { lazy } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import { GENERIC_ORGANS, ORGANIZATIONS, ORGANIZATION_HEADS } from "../../data/organizations.js";
import { countryCode, matchCountryAt } from "../../normalize/country.js";
import { organizationNameKey } from "../../normalize/organization.js";
import type { KnownMatch } from "./matcher.js";
import { expandNationalBodies, trailingCountry } from "./national-bodies.js";
import { rejectionOf } from "./own-name-rules.js";
import {
  dropGenericTail,
  endsWithPluralPersons,
  headNoun,
  headOf,
  joinName,
  kindOf,
  spanOf,
  splitPhrases,
  textOf,
  trimThe,
  type HeadNoun,
  type Phrase,
} from "./phrases.js";
import type { Run, RunItem } from "./runs.js";
import type { CleanSpan, Finding, KnownFinding } from "./types.js";
import type { NameWords } from "./words.js";

/** Keys of every organ phrase that names no organisation alone ("permanent council"). */
const organKeys = lazy(
  (): ReadonlySet<string> => new Set([...GENERIC_ORGANS.map(organizationNameKey), ...ORGANIZATIONS.flatMap((entry) => entry.organs.map(organizationNameKey))]),
);

/**
 * The finding of a gazetteer match over a span (the match's own, or a longer phrase's).
 *
 * @example
 * ```ts
 * knownFinding(match, 0, true, { start: 4, end: 30 }); // { type: "known", organ: true, ... }
 * ```
 */
export function knownFinding(match: KnownMatch, sentence: number, organ: boolean, span: CleanSpan): KnownFinding {
  return {
    type: "known",
    entry: match.entry,
    organ: organ || match.organ,
    acronym: match.acronym,
    text: match.text,
    ...(match.bare === true ? { bare: true } : {}),
    start: span.start,
    end: span.end,
    sentence,
  };
}

/**
 * Reads one run of a sentence: finds the first phrase headed by an organisation noun and
 * decides what it names (an organ of a known organisation, an organisation of its own, or
 * nothing). Gazetteer matches the reading takes into a longer name are added to `consumed`.
 *
 * @example
 * ```ts
 * new RunReader(view, run, sentence.index, consumed).read();
 * // "the Press Service of the CSTO Secretariat" → [{ type: "known", entry: CSTO, organ: true, … }]
 * ```
 */
export class RunReader {
  readonly #view: NameWords;
  readonly #sentence: number;
  readonly #consumed: Set<KnownMatch>;
  /** The country a title and a name after the run attach to the body, or null. */
  readonly #trailing: string | null;
  readonly #items: readonly RunItem[];
  readonly #phrases: readonly Phrase[];
  /** The first phrase headed by an organisation noun (-1 when none is). */
  readonly #first: number;
  /** Where the name ends: the end of the run's last phrase. */
  readonly #end: number;
  /** The first word after the run. */
  readonly #next: number;

  constructor(view: NameWords, run: Run, sentence: number, consumed: Set<KnownMatch>) {
    this.#view = view;
    this.#sentence = sentence;
    this.#consumed = consumed;
    this.#trailing = trailingCountry(view, run.next);
    this.#next = run.next;
    this.#items = expandNationalBodies(view, run.items, this.#trailing !== null, consumed);
    this.#phrases = splitPhrases(view, this.#items);
    this.#first = this.#phrases.findIndex((phrase) => headNoun(view, phrase) !== null);
    this.#end = this.#first < 0 ? 0 : spanOf(view, this.#phrases.slice(this.#first)).end;
  }

  read(): Finding[] {
    const first = this.#first;
    if (first < 0) return [];
    const phrases = this.#phrases;
    // "SCO Heads of State Council": the council of the people the phrase before names, an organ
    // of the organisation named there.
    if (first > 0 && endsWithPluralPersons(this.#view, phrases[first - 1] as Phrase)) {
      const owner = phrases.slice(0, first).flatMap((phrase) => phrase.content).find((item) => item.type === "known");
      if (owner?.type !== "known") return [];
      this.#consumed.add(owner.match);
      return [knownFinding(owner.match, this.#sentence, true, { start: spanOf(this.#view, phrases.slice(0, first)).start, end: this.#end })];
    }
    return this.#resolvePhrase(first);
  }

  /** The phrase at `index` names an organisation: a known one, or one headed by a noun (a last plural or bare noun aside). */
  #isOrganization(index: number): boolean {
    const phrase = this.#phrases[index] as Phrase;
    if (headOf(phrase)?.type === "known") return true;
    const noun = headNoun(this.#view, phrase);
    if (!noun) return false;
    const last = index === this.#phrases.length - 1;
    if (last && (noun.plural || phrase.content.length === 1)) return false;
    return true;
  }

  #resolvePhrase(index: number): Finding[] {
    const view = this.#view;
    const phrase = this.#phrases[index] as Phrase;
    const span = { start: spanOf(view, [phrase]).start, end: this.#end };
    const head = headOf(phrase);
    if (head?.type === "known") {
      // "House of Representatives of the National Assembly of Belarus": a bare chamber's name
      // (the US House's, alone) whose complement names a parliament is that parliament's chamber.
      if (head.match.bare === true) {
        const chamber = this.#chamberOf(index, phrase, span);
        if (chamber !== null) return chamber;
      }
      this.#consumed.add(head.match);
      return [knownFinding(head.match, this.#sentence, index > this.#first, span)];
    }
    const noun = headNoun(view, phrase);
    if (!noun) return [];
    const modifiers = phrase.content.slice(0, -1);
    const parliamentary = modifiers.some((item) => item.type === "word" && view.lexicon.parliamentaryWords.has(view.fold(item.word)));
    // An organ of the organisation its complement names: "Department of the Ministry …"; any
    // body of a ministry is one of its units ("Organization of Defensive Research of the Defense Ministry").
    if ((noun.organ || this.#ministryAfter(index)) && !parliamentary) {
      for (let next = index + 1; next < this.#phrases.length; next++) {
        const parents = this.#isOrganization(next) ? this.#resolvePhrase(next) : this.#namedAfterKnown(next);
        if (parents === null) continue;
        // "Senate of the Oliy Majlis of the Republic of Uzbekistan": a chamber of a parliament is
        // a body of its own, named whole with its parliament.
        const chamber = noun.kind === "parliament" || view.lexicon.chamberHeads.has(view.fold((head as { word: Word }).word));
        if (chamber && parents.length === 1 && isParliament(parents[0] as Finding)) break;
        return parents.map((parent) => ({ ...parent, organ: true, start: span.start, end: span.end }) as Finding);
      }
    }
    // An organ named after its organisation: "CSTO Permanent Council", "OSCE Academy".
    const owner = [...modifiers].reverse().find((item) => item.type === "known");
    if (owner?.type === "known" && !parliamentary) {
      this.#consumed.add(owner.match);
      return [knownFinding(owner.match, this.#sentence, true, span)];
    }
    const complements = this.#items.slice(this.#items.indexOf(phrase.items[phrase.items.length - 1] as RunItem) + 1);
    // A unit inside a body: "Presidential Administration Communications Department of X"; but an
    // organ phrase some organisation lists is that organ whole ("Armed Services Committee").
    if (noun.organ && !organKeys().has(organizationNameKey(textOf(view, trimThe(phrase.items))))) {
      const words = phrase.content;
      for (let inner = words.length - 2; inner >= 1; inner--) {
        const item = words[inner] as RunItem;
        if (item.type !== "word" || !view.isHead(item.word)) continue;
        const parentItems = phrase.items.slice(0, phrase.items.indexOf(item) + 1);
        const name = joinName(view, textOf(view, trimThe(parentItems)), complements, this.#trailing);
        return [{ type: "named", name, kind: kindOf(view, item.word), organ: true, start: span.start, end: span.end, sentence: this.#sentence }];
      }
    }
    return this.#ownOrganization(phrase, complements, span, noun);
  }

  /** The chamber the phrase at `index` names with the parliament after it, named whole; null when no parliament follows. */
  #chamberOf(index: number, phrase: Phrase, span: CleanSpan): Finding[] | null {
    for (let next = index + 1; next < this.#phrases.length; next++) {
      if (!this.#isOrganization(next)) continue;
      const parents = this.#resolvePhrase(next);
      if (parents.length !== 1 || !isParliament(parents[0] as Finding)) return null;
      const view = this.#view;
      const complements = this.#items.slice(this.#items.indexOf(phrase.items[phrase.items.length - 1] as RunItem) + 1);
      const name = joinName(view, textOf(view, trimThe(phrase.items)), dropGenericTail(view, complements), this.#trailing);
      return [{ type: "named", name, kind: "parliament", organ: false, start: span.start, end: span.end, sentence: this.#sentence }];
    }
    return null;
  }

  /**
   * "Ministries of Foreign Affairs of Armenia, Georgia and Moldova": the run ends at the first
   * comma, and the other countries of the list follow it. Each body named in full; nothing
   * when no list of countries follows.
   */
  #listedCountries(single: string, head: Word, span: CleanSpan): Finding[] {
    const view = this.#view;
    const of = single.lastIndexOf(" of ");
    if (of < 0) return [];
    const countries: string[] = [];
    const values = view.words.map((word) => view.text(word));
    let index = this.#next;
    let closed = false;
    while (index < values.length && !closed) {
      const separator = view.before[index];
      if (separator !== ",") break;
      if (view.fold(view.words[index] as Word) === "and") {
        index++;
        closed = true;
      }
      if (view.before[index] !== "" && closed) break;
      let at = index;
      if (closed && view.fold(view.words[at] as Word) === "the") at++;
      const country = matchCountryAt(values, at);
      if (!country) break;
      countries.push(values.slice(index, at + country.length).join(" "));
      index = at + country.length;
      // "..., Georgia and Moldova": "and" without a comma closes the list.
      if (!closed && index < values.length && view.before[index] === "" && view.fold(view.words[index] as Word) === "and") {
        let last = index + 1;
        if (view.fold(view.words[last] as Word) === "the") last++;
        const final = matchCountryAt(values, last);
        if (!final) break;
        countries.push(values.slice(index + 1, last + final.length).join(" "));
        closed = true;
      }
    }
    if (!closed || countries.length === 0) return [];
    const prefix = single.slice(0, of + 4);
    const kind = kindOf(view, head);
    return [single, ...countries.map((country) => `${prefix}${country}`)].map((name) => ({ type: "named", name, kind, organ: false, start: span.start, end: span.end, sentence: this.#sentence }));
  }

  /** A phrase after the one at `index` is headed by a ministry's noun. */
  #ministryAfter(index: number): boolean {
    for (let next = index + 1; next < this.#phrases.length; next++) if (headNoun(this.#view, this.#phrases[next] as Phrase)?.kind === "ministry") return true;
    return false;
  }

  /**
   * A complement without a head noun the rules know, named after a known organisation: "the
   * SCO Regional Anti-Terrorist Structure" in "Executive Committee of the SCO Regional
   * Anti-Terrorist Structure" is the SCO's. Null when no known name is in it.
   */
  #namedAfterKnown(index: number): Finding[] | null {
    const phrase = this.#phrases[index] as Phrase;
    const owner = phrase.content.find((item) => item.type === "known");
    if (owner?.type !== "known") return null;
    this.#consumed.add(owner.match);
    return [knownFinding(owner.match, this.#sentence, true, spanOf(this.#view, [phrase]))];
  }

  /** A phrase that names an organisation of its own ("State Border Service of X"), an organ phrase, or nothing. */
  #ownOrganization(phrase: Phrase, complementItems: RunItem[], span: CleanSpan, noun: HeadNoun): Finding[] {
    const view = this.#view;
    const lexicon = view.lexicon;
    const complements = dropGenericTail(view, complementItems);
    const words = phrase.content;
    const folds: string[] = [];
    for (const item of [...words, ...complements]) if (item.type === "word") folds.push(view.fold(item.word));
    const head = (headOf(phrase) as { word: Word }).word;
    if (rejectionOf({ view, words, head, noun, complements, folds }) !== null) return [];
    let lead = trimThe(phrase.items);
    let possessor = "";
    const leading = lead[0];
    if (leading?.type === "word" && view.possessive(leading.word) && lead.length > 1) {
      possessor = view.text(leading.word);
      lead = lead.slice(1);
    }
    let name = joinName(view, textOf(view, lead), complements, this.#trailing);
    if (possessor) name += ` of ${possessor}`;
    const key = organizationNameKey(name);
    const sentence = this.#sentence;
    const organ: Finding = { type: "organ", phrase: name, key, start: span.start, end: span.end, sentence };
    if (words.length === 1 && complements.length === 0) return organKeys().has(key) ? [organ] : [];
    if (organKeys().has(key)) return [organ];
    // "Media Relations Office", "Press and Public Information Unit", "Department of Information":
    // a press or contact unit, the issuer's organ, credited to a body named nearby, else dropped.
    if (noun.organ && folds.every((fold) => fold === view.fold(head) || lexicon.pressUnitWords.has(fold))) return [organ];
    // "the General Committee on Political Affairs and Security": a committee named by its subject
    // is an organ of an assembly or an organisation, credited to one named nearby.
    const subject = complementItems[0];
    if (lexicon.subjectOrganHeads.has(view.fold(head)) && subject?.type === "connector" && lexicon.subjectConnectors.has(view.fold(subject.word))) return [organ];
    // "Council of Ministers of X": an organ, or the government of a state.
    const opening = words[0];
    if (folds.some((fold) => lexicon.pluralPersons.has(fold)) && opening?.type === "word" && lexicon.collegialHeads.has(view.fold(opening.word))) {
      // "Council of Representatives of the Kingdom of Bahrain": a chamber of elected members, a parliament.
      const legislators = folds.some((fold) => lexicon.legislatorWords.has(fold)) && namesCountry(name);
      if (legislators) return [{ type: "named", name, kind: "parliament", organ: false, start: span.start, end: span.end, sentence }];
      return folds.some((fold) => lexicon.stateWords.has(fold)) ? [] : [organ];
    }
    if (noun.plural) return this.#coordinated(name, head, span);
    // "its Embassy in Manila": an embassy is a state's, and without the state its name is not whole.
    if (lexicon.locatedHeads.has(view.fold(head)) && !namesCountry(name)) return [];
    const written = view.text(head);
    const acronym = lexicon.headAcronyms.has(written) ? { acronym: written } : {};
    return [{ type: "named", name, kind: kindOf(view, head), organ: false, start: span.start, end: span.end, sentence, ...acronym }];
  }

  /** "Ministries of Foreign Affairs and of Defence of X": each body named in full. */
  #coordinated(name: string, head: Word, span: CleanSpan): Finding[] {
    const view = this.#view;
    const text = view.text(head);
    const singular = ORGANIZATION_HEADS.get(view.fold(head))?.singular ?? text;
    const single = name.replace(text, singular);
    const and = single.lastIndexOf(" and ");
    if (and < 0) return this.#listedCountries(single, head, span);
    const before = single.slice(0, and);
    const after = single.slice(and + 5);
    const afterWords = after.split(" ");
    let cut = -1;
    if (afterWords[0] === "the" && afterWords[1]) cut = before.lastIndexOf(` the ${afterWords[1]}`);
    // "... of the Republic of Uzbekistan and the Socialist Republic of Vietnam": the second
    // country takes the place of the whole first one, whatever its first words.
    if (cut < 0 && countryCode(after) !== null) {
      for (let of = before.indexOf(" of "); of >= 0; of = before.indexOf(" of ", of + 1)) {
        if (countryCode(before.slice(of + 4)) === null) continue;
        cut = of + 3;
        break;
      }
    }
    if (cut < 0) {
      const of = before.lastIndexOf(" of ");
      if (of >= 0) cut = before.slice(of + 4).startsWith("the ") ? of + 4 : of + 3;
    }
    if (cut < 0) return [];
    const prefix = before.slice(0, cut).trimEnd();
    const kind = kindOf(view, head);
    return [before, `${prefix} ${after}`].map((each) => ({ type: "named", name: each, kind, organ: false, start: span.start, end: span.end, sentence: this.#sentence }));
  }
}

/** A finding of a parliament: a gazetteer one, or one headed by a parliament's noun ("Oliy Majlis"). */
function isParliament(finding: Finding): boolean {
  if (finding.type === "known") return finding.entry.kind === "parliament";
  return finding.type === "named" && finding.kind === "parliament";
}

/** Some words of the name name a country ("Embassy of the Kyrgyz Republic in India", "US Embassy"). */
function namesCountry(name: string): boolean {
  const words = name.split(" ");
  for (let index = 0; index < words.length; index++) if (matchCountryAt(words, index)) return true;
  return false;
}
