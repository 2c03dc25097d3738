import { memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import type { WordPhrase } from "../../lexicon/index.js";
import type { Organization } from "../../schema/organization.js";
import type { PersonMention } from "./mentions.js";
import { SentenceCue, type PeopleVocabulary } from "./vocabulary.js";
import { phraseAt, phraseEndsAt, skipAfterName } from "./words.js";

/** What a mention's sentence says about the mention. */
export interface MentionContext {
  readonly mention: PersonMention;
  /** The mention stands in the headline. */
  readonly inTitle: boolean;
  /** The mention's sentence is in the lead where the main event's people are introduced (`PEOPLE_LEAD`). */
  readonly inLead: boolean;
  /** The sentence's words. */
  readonly words: readonly Word[];
  /** The mention is the whole sentence but for its title (a signature line). */
  readonly signature: boolean;
  /** The first organisation the sentence mentions, which an official's title may refer to. */
  readonly sentenceOrg: Organization | null;
  /** The sentence dates something to another day than the main event's ("met him on 5 May 2019"). */
  readonly otherDate?: boolean;
}

/**
 * A rule of participation: when it applies to a mention, it decides whether the person took
 * part in the main event. Rules are tried in order; the first that applies decides.
 */
export interface ParticipationRule {
  /** A stable id that tests and debugging cite. */
  readonly id: string;
  /** What the rule decides: the person took part (true) or is only spoken of (false). */
  readonly verdict: boolean;
  readonly applies: (context: MentionContext, vocabulary: PeopleVocabulary) => boolean;
}

/**
 * The rules, in the order they are tried. A mention shows its person taking part when it is
 * named in the headline (not as the statement's author), is the speaker of a transcript line,
 * the subject of a verb of speaking or acting, listed among those taking part, or in a lead
 * sentence that reports the event. Mentions "on behalf of" someone, possessives outside the
 * headline ("President Moon's visit"), appointments ("was confirmed as") and signature lines
 * do not count.
 */
export const PARTICIPATION_RULES: readonly ParticipationRule[] = [
  // "The CSTO Press Secretary Vladimir Zaynetdinov" alone on the last line signs the release.
  { id: "signature-line", verdict: false, applies: (context) => context.signature },
  // "acting on behalf of Co-Chairs X and Y, ...": represented, not present.
  { id: "on-behalf-of", verdict: false, applies: (context, vocabulary) => inBehalfScope(context.words, context.mention.from, vocabulary) },
  // "Statement by NSC Spokesperson Emily Horne on ...": the author of the release.
  { id: "authored-by", verdict: false, applies: (context, vocabulary) => authoredBy(context.words, context.mention.from, vocabulary) },
  // "Q: Minister X said yesterday ...": people a journalist's question speaks of are not there.
  { id: "journalist-question", verdict: false, applies: (context, vocabulary) => isQuestion(context.words, vocabulary) },
  // "Lavrov: Thank you." in a transcript.
  { id: "transcript-speaker", verdict: true, applies: (context) => context.mention.speakerLine },
  // "Earlier, on May 31, ...": a sentence about another, earlier event.
  { id: "recalled-event", verdict: false, applies: (context, vocabulary) => !context.inTitle && recallsEarlierEvent(context.words, vocabulary) },
  // "conveyed greetings from President X to President Y": spoken of, not present.
  { id: "message-passed-on", verdict: false, applies: (context, vocabulary) => greetedOrInvited(context.words, context.mention.from, vocabulary) },
  // "The Minister recalled the visit of President X to Tokyo".
  { id: "recalled-person", verdict: false, applies: (context, vocabulary) => recalledBefore(context.words, context.mention.from, vocabulary) },
  { id: "in-headline", verdict: true, applies: (context) => context.inTitle },
  // "Ambassador X, Official Spokesperson of the Ministry, stated that ...": the release's voice.
  { id: "issuer-voice", verdict: false, applies: (context, vocabulary) => isIssuerVoice(context, vocabulary) },
  // "President Moon's visit" outside the headline.
  { id: "possessive", verdict: false, applies: (context) => context.mention.possessive },
  // "was confirmed as", "has been regularly reporting".
  { id: "spoken-of", verdict: false, applies: (context, vocabulary) => passiveAfter(context.words, context.mention.to, vocabulary) },
  // "the meeting between X and Y": people of another meeting the sentence reports on.
  { id: "other-meeting", verdict: false, applies: (context, vocabulary) => otherMeeting(context.words, context.mention.from, vocabulary) },
  // "the forthcoming visit to Kazakhstan by Minister X".
  { id: "future-event", verdict: false, applies: (context, vocabulary) => futureBefore(context.words, context.mention.from, vocabulary) },
  // "the previous visit ..., by her predecessor X".
  { id: "earlier-event", verdict: false, applies: (context, vocabulary) => context.mention.earlier === true || earlierBefore(context.words, context.mention.from, vocabulary) },
  // "X, who was expected to join, was unable to attend": named, but kept away.
  { id: "absent", verdict: false, applies: (context, vocabulary) => absentAfter(context.words, context.mention.from, context.mention.to, vocabulary) },
  // "X stressed ...", "X, Minister of ..., noted ...".
  { id: "acts", verdict: true, applies: (context, vocabulary) => actsAfter(context.words, context.mention.from, context.mention.to, vocabulary) },
  // '"…," said Ambassador X'.
  { id: "inverted-speech", verdict: true, applies: (context, vocabulary) => saidBefore(context.words, context.mention.from, vocabulary) },
  // "Wang Yi said that under the guidance of President X ...": spoken of in what was said.
  { id: "reported-content", verdict: false, applies: (context, vocabulary) => inReportedSpeech(context.words, context.mention.from, vocabulary) },
  // "... also met with the Deputy Minister of Trade, X", "received the Ambassador of Y, X":
  // the other party of an event, wherever the sentence stands.
  {
    id: "event-partner",
    verdict: true,
    applies: (context, vocabulary) => context.otherDate !== true && partnerOfEvent(context.words, context.mention.from, vocabulary),
  },
  // "Taking part were ...", "attended by ...".
  { id: "participant-list", verdict: true, applies: (context, vocabulary) => listsParticipants(context.words, vocabulary) },
  // "..., which was launched during the visit of President X to Oslo": another event's agent, dating the clause.
  { id: "background-clause", verdict: false, applies: (context, vocabulary) => inBackgroundClause(context.words, context.mention.from, vocabulary) },
  // "X met Y in Moscow." early in the body.
  { id: "lead-event-word", verdict: true, applies: (context, vocabulary) => context.inLead && hasEventWord(context.words, vocabulary) },
];

/**
 * The rule that decides about a mention, or null when none applies (the person is only
 * mentioned).
 *
 * @example
 * ```ts
 * participationRuleOf(context, vocabulary)?.id; // "acts" for "Lavrov stressed ..."
 * ```
 */
export function participationRuleOf(context: MentionContext, vocabulary: PeopleVocabulary): ParticipationRule | null {
  for (const rule of PARTICIPATION_RULES) if (rule.applies(context, vocabulary)) return rule;
  return null;
}

/** Says whether a mention shows its person taking part in the main event ({@link PARTICIPATION_RULES}). */
export function showsParticipation(context: MentionContext, vocabulary: PeopleVocabulary): boolean {
  return participationRuleOf(context, vocabulary)?.verdict ?? false;
}

/**
 * The sentence reports an event: someone met, talked, called, visited.
 *
 * @example
 * ```ts
 * hasEventWord(sentence.words, vocabulary); // true for "The ministers met in Minsk."
 * ```
 */
export function hasEventWord(words: readonly Word[], vocabulary: PeopleVocabulary): boolean {
  return hasCue(words, vocabulary, SentenceCue.event);
}

/** The sentence lists who took part ("Taking part were", "attended by"). */
function listsParticipants(words: readonly Word[], vocabulary: PeopleVocabulary): boolean {
  return factsOf(words)(vocabulary).listsParticipants;
}

/** A word of the sentence is in the list of this {@link SentenceCue} bit. */
function hasCue(words: readonly Word[], vocabulary: PeopleVocabulary, cue: number): boolean {
  return (factsOf(words)(vocabulary).cues & cue) !== 0;
}

/**
 * What the rules ask of a sentence for every mention in it, worked out once per sentence and
 * only when asked.
 */
class SentenceFacts {
  readonly #words: readonly Word[];
  readonly #vocabulary: PeopleVocabulary;
  #cues: number | undefined;
  #participantList: boolean | undefined;
  #behalf: boolean | undefined;
  #reported: number | undefined;

  constructor(words: readonly Word[], vocabulary: PeopleVocabulary) {
    this.#words = words;
    this.#vocabulary = vocabulary;
  }

  /**
   * The {@link SentenceCue} bits of the lists the sentence has a word of: one lookup per
   * word, where each rule would walk the words around every name for its own list.
   */
  get cues(): number {
    if (this.#cues === undefined) {
      const classes = this.#vocabulary.cueClasses;
      let cues = this.#vocabulary.cueClassesAlways;
      for (const word of this.#words) cues |= classes.get(word.key) ?? 0;
      this.#cues = cues;
    }
    return this.#cues;
  }

  get listsParticipants(): boolean {
    return (this.#participantList ??= (this.cues & SentenceCue.participantCueStart) !== 0 && containsAnyCue(this.#words, this.#vocabulary));
  }

  /** Where what someone said opens ("said that"): the index of its "that", or the sentence's length when nothing is reported. */
  get reportedSpeechStart(): number {
    if (this.#reported === undefined) {
      const words = this.#words;
      const opener = this.#vocabulary.words.reportedSpeech;
      let start = words.length;
      for (let index = 1; index < words.length; index++) {
        const word = words[index] as Word;
        if (word.key !== opener) continue;
        // "отметил, что": a comma may stand between the verb and what was said.
        const verb = words[index - 1]?.value === "," ? words[index - 2] : words[index - 1];
        if (verb !== undefined && this.#vocabulary.speechVerbs.has(verb.key)) {
          start = index;
          break;
        }
      }
      this.#reported = start;
    }
    return this.#reported;
  }

  /** An "on behalf of" phrase stands somewhere in the sentence. */
  get speaksOnBehalf(): boolean {
    if (this.#behalf === undefined) {
      const phrases = this.#vocabulary.words.onBehalfOf;
      this.#behalf = this.#words.some((_word, index) => phraseEndsAt(this.#words, index, phrases));
    }
    return this.#behalf;
  }
}

// The facts are kept on the sentence's words, for the one vocabulary of its document.
const factsOf = memoizeOn((words: readonly Word[]) => {
  let facts: SentenceFacts | undefined;
  return (vocabulary: PeopleVocabulary): SentenceFacts => (facts ??= new SentenceFacts(words, vocabulary));
});

/** Whether any participation cue stands in the sentence: one pass, the cues looked up by their first word. */
function containsAnyCue(words: readonly Word[], vocabulary: PeopleVocabulary): boolean {
  for (let index = 0; index < words.length; index++) {
    const cues = vocabulary.cuesByFirstWord.get((words[index] as Word).key);
    if (cues === undefined) continue;
    for (const cue of cues) if (phraseAt(words, index, cue)) return true;
  }
  return false;
}

function recallsEarlierEvent(words: readonly Word[], vocabulary: PeopleVocabulary): boolean {
  for (const opener of vocabulary.words.recallOpeners) {
    if (!phraseAt(words, 0, opener)) continue;
    // "Earlier in the day, the Minister met ...": the same visit, another meeting of it.
    return !vocabulary.words.sameDay.some((phrase) => phraseAt(words, opener.length, phrase));
  }
  return false;
}

function greetedOrInvited(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  return hasCue(words, vocabulary, SentenceCue.messageNoun) && wordShortlyBefore(words, at, vocabulary.messageNouns, SENTENCE_STOPS);
}

function recalledBefore(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  return hasCue(words, vocabulary, SentenceCue.recallVerb) && wordShortlyBefore(words, at, vocabulary.recallVerbs, CLAUSE_STOPS);
}

const SENTENCE_STOPS: ReadonlySet<string> = new Set([".", ";"]);
const CLAUSE_STOPS: ReadonlySet<string> = new Set([".", ";", ","]);

/** One of `wanted` among the eight words before `at`, with none of `stops` between. */
function wordShortlyBefore(words: readonly Word[], at: number, wanted: ReadonlySet<string>, stops: ReadonlySet<string>): boolean {
  for (let index = at - 1; index >= 0 && at - index <= 8; index--) {
    const key = (words[index] as Word).key;
    if (stops.has(key)) return false;
    if (wanted.has(key)) return true;
  }
  return false;
}

function isQuestion(words: readonly Word[], vocabulary: PeopleVocabulary): boolean {
  return vocabulary.questionMarkers.has(words[0]?.key ?? "") && words[1]?.value === ":";
}

/** Words walked back from a name before the walk asks whether the sentence says "on behalf of" at all. */
const SHORT_BEHALF_WALK = 8;

/**
 * The scope of "on behalf of" is the phrase it governs ("on behalf of Co-Chairs X and Y"): it
 * ends at a semicolon, a colon, ", and" or a word of the clause that follows ("On behalf of
 * the EU, the agreement was signed by X": X signed).
 */
function inBehalfScope(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  // The walk back over the title before the name mostly ends within a few words, cheaper than
  // looking for the phrase in the whole sentence; a longer one (a list of titled names) goes
  // on only in a sentence that has the phrase, so that no sentence is walked once per name.
  for (let index = at - 1, steps = 0; index >= 1; index--, steps++) {
    if (steps === SHORT_BEHALF_WALK && !factsOf(words)(vocabulary).speaksOnBehalf) return false;
    const word = words[index] as Word;
    const key = word.key;
    if (key === ";" || key === ":") return false;
    if (vocabulary.listJoiners.has(key) && (words[index - 1] as Word).value === ",") return false;
    if (phraseEndsAt(words, index, vocabulary.words.onBehalfOf)) return true;
    if (!isTitleMaterial(word, vocabulary)) return false;
  }
  return false;
}

/**
 * A word of a title phrase or a name: capitalised words, the connectors of titles ("of",
 * "the", "for", "and"), the modifiers before a title ("newly appointed") and the punctuation
 * inside one.
 */
function isTitleMaterial(word: Word, vocabulary: PeopleVocabulary): boolean {
  if (word.kind !== "word") return TITLE_PUNCTUATION.has(word.value);
  return word.capitalized || vocabulary.titleConnectors.has(word.key) || vocabulary.titleModifiers.has(word.key);
}

const TITLE_PUNCTUATION: ReadonlySet<string> = new Set([",", "(", ")", "-", "–", ".", "'", "’", "&"]);

/** Most words between a name and the event word whose other party it is ("met with the Deputy Minister of ..., X"). */
const MAX_PARTNER_PHRASE = 24;

/**
 * The person is the other party of an event: before the name stand, past a title phrase, a
 * preposition of the other party ("with") that follows an event word ("met with", "talks
 * with"), or a verb whose object is the other party ("received the Ambassador of Y, X").
 */
function partnerOfEvent(words: readonly Word[], from: number, vocabulary: PeopleVocabulary): boolean {
  let at = from - 1;
  for (let steps = 0; at >= 0 && steps < MAX_PARTNER_PHRASE && isTitleMaterial(words[at] as Word, vocabulary); at--, steps++) {
    // "X and Y": the walk crosses another name, but never a clause's comma before a verb.
  }
  const stop = words[at];
  if (stop === undefined || stop.kind !== "word") return false;
  if (vocabulary.partnerVerbs.has(stop.key)) return true;
  if (!vocabulary.partnerPrepositions.has(stop.key)) return false;
  // "held a meeting with representatives of ... and with the Consul, X": a second "with" looks
  // further back for its event word.
  const reach = vocabulary.listJoiners.has(words[at - 1]?.key ?? "") ? MAX_PARTNER_PHRASE : 5;
  for (let index = at - 1; index >= 0 && at - index <= reach; index--) {
    const word = words[index] as Word;
    if (word.kind !== "word" && (reach === 5 || word.value === "." || word.value === ";")) return false;
    if (vocabulary.participationWords.has(word.key)) return true;
  }
  return false;
}

/** "X said that ... Y": a speech verb and "that" before the name, in its sentence. */
function inReportedSpeech(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  return at > factsOf(words)(vocabulary).reportedSpeechStart;
}

/** The title is a voice of the issuer ("Spokesperson", "Official Spokesperson and Director of ..."). */
function isVoice(role: string | null, vocabulary: PeopleVocabulary): boolean {
  if (role === null) return false;
  const lower = role.toLowerCase();
  return vocabulary.words.voiceTitles.some((title) => lower.includes(title));
}

/**
 * The mention names the issuer's voice: a voice title ("Spokesperson X") or one in lower case
 * in apposition before the name ("the official spokesperson ..., Minister X").
 *
 * @example
 * ```ts
 * isIssuerVoice(context, vocabulary); // true for "The official spokesperson of the Ministry, Ambassador X, said ..."
 * ```
 */
export function isIssuerVoice(context: MentionContext, vocabulary: PeopleVocabulary): boolean {
  return isVoice(context.mention.role, vocabulary) || voiceApposedBefore(context.words, context.mention.from, vocabulary);
}

/** Most words between a voice title in lower case and the name it is in apposition to. */
const MAX_VOICE_GAP = 12;

/**
 * "The official spokesperson of the Secretary-General, Minister Plenipotentiary X, said": a
 * voice title written in lower case, then a comma, then the name's own title phrase.
 */
function voiceApposedBefore(words: readonly Word[], from: number, vocabulary: PeopleVocabulary): boolean {
  if (!hasCue(words, vocabulary, SentenceCue.voiceTitle)) return false;
  let comma = false;
  for (let at = from - 1; at >= 0 && from - at <= MAX_VOICE_GAP; at--) {
    const word = words[at] as Word;
    if (word.value === ",") {
      if (comma) return false;
      comma = true;
      continue;
    }
    if (word.value === "." || word.value === ";") return false;
    if (comma && vocabulary.words.voiceTitles.includes(word.key)) return true;
  }
  return false;
}

/** One of the words of an earlier time stands shortly before the name, in its sentence ("the previous visit ... by X"). */
function earlierBefore(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  return hasCue(words, vocabulary, SentenceCue.earlierWord) && wordShortlyBefore(words, at, vocabulary.earlierWords, SENTENCE_STOPS);
}

/** One of the future words stands shortly before the name, in its clause ("the forthcoming visit ... by X"). */
function futureBefore(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  return hasCue(words, vocabulary, SentenceCue.futureWord) && wordShortlyBefore(words, at, vocabulary.futureWords, SENTENCE_STOPS);
}

/** "Statement by X", "attributable to X" within six words before the name. */
function authoredBy(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  const preposition = vocabulary.words.authorPreposition;
  for (let index = at - 1; index >= 0 && index >= at - 6; index--) {
    if (phraseEndsAt(words, index, vocabulary.words.attributions)) return true;
    const word = words[index] as Word;
    if (word.key === preposition) {
      const before = words[index - 1];
      return vocabulary.authoredNouns.has(before?.key ?? "") || vocabulary.authoredParticiples.has(before?.lower ?? "");
    }
    // "реформ, инициированных Главой государства X": the agent's title and name follow the participle.
    if (preposition === "" && vocabulary.authoredParticiples.has(word.lower)) return true;
    if (preposition === "" && word.kind !== "word") return false;
  }
  return false;
}

/** Most words an apposition between commas may hold ("X, Chairperson of the Ad Hoc Committee on ... of the Assembly, said"). */
const MAX_APPOSITION_WORDS = 24;

/** Past ", Title of ..., " after a name, to reach the verb. */
function skipApposition(words: readonly Word[], to: number): number {
  let at = to;
  if (words[at]?.value === ",") {
    let next = at + 1;
    while (next < words.length && words[next]?.value !== "," && next - at < MAX_APPOSITION_WORDS) next++;
    if (words[next]?.value === ",") at = next + 1;
  }
  return at;
}

/**
 * An absence phrase (the lexicon's `absenceCues`) right after the name, past its
 * apposition and one relative clause ("X, who was expected to join, was unable to attend").
 */
function absentAfter(words: readonly Word[], from: number, to: number, vocabulary: PeopleVocabulary): boolean {
  const cues = vocabulary.absenceCues;
  if (cues.length === 0 || !hasCue(words, vocabulary, SentenceCue.absenceCueStart)) return false;
  const afterName = skipAfterName(words, to, vocabulary);
  const tries = [afterName, skipApposition(words, afterName)];
  const second = tries[1] as number;
  tries.push(skipApposition(words, second > afterName ? second - 1 : second));
  for (let at of tries) {
    // The comma closing an apposition opened before the name.
    if (words[at]?.value === "," && words[from - 1]?.value === ",") at++;
    if (vocabulary.actAdverbs.has(words[at]?.key ?? "")) at++;
    // "X informed that he would not attend": the person's own word of absence.
    const pronouns = vocabulary.words.subjectPronouns ?? [];
    if (vocabulary.speechVerbs.has(words[at]?.key ?? "") && words[at + 1]?.key === vocabulary.words.reportedSpeech && pronouns.includes(words[at + 2]?.key ?? "")) at += 3;
    for (const cue of vocabulary.absenceCuesByFirstWord.get(words[at]?.key ?? "") ?? NO_CUES) if (phraseAt(words, at, cue)) return true;
  }
  return false;
}

const NO_CUES: readonly WordPhrase[] = [];

function actsAfter(words: readonly Word[], from: number, to: number, vocabulary: PeopleVocabulary): boolean {
  // Every way of acting ends on an act verb.
  if (!hasCue(words, vocabulary, SentenceCue.actVerb)) return false;
  const afterName = skipAfterName(words, to, vocabulary);
  // "the Minister of Internal Affairs, X, signed a memorandum ..., under which ...": the comma
  // after the name closes the apposition before it; what follows is the verb, not another apposition.
  if (words[afterName]?.value === "," && words[from - 1]?.value === "," && verbAt(words, afterName + 1, vocabulary)) return true;
  let at = skipApposition(words, afterName);
  // "The Special Representative, X (MP, Ireland), reported ...": the comma closing an
  // apposition opened before the name.
  if (words[at]?.value === "," && words[from - 1]?.value === ",") at++;
  if (verbAt(words, at, vocabulary)) return true;
  // "Dr. X, Rector of the University, and an alumnus of the course, shared ...": a second
  // apposition, joined by "and", before the verb.
  if (at > afterName && vocabulary.listJoiners.has(words[at]?.key ?? "") && !(words[at + 1] as Word | undefined)?.capitalized) {
    const second = skipApposition(words, at - 1);
    if (second > at && verbAt(words, second, vocabulary)) return true;
  }
  // "X and the Director of the Consular Department Y co-chaired ...": one of two subjects.
  if (!vocabulary.listJoiners.has(words[at]?.key ?? "")) return false;
  at++;
  for (let steps = 0; at < words.length && steps < MAX_PARTNER_PHRASE && isTitleMaterial(words[at] as Word, vocabulary); at++, steps++) {
    // the other subject, with its title
  }
  return verbAt(words, at, vocabulary);
}

/** An act verb at `at`, perhaps after an adverb ("also met") or, where the language puts one there, a short phrase ("в своем выступлении отметил"). */
function verbAt(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  const index = vocabulary.actAdverbs.has(words[at]?.key ?? "") ? at + 1 : at;
  const verb = words[index]?.key;
  if (verb !== undefined && vocabulary.actVerbs.has(verb)) return true;
  // "..., а Y – о подготовке кадров": the verb said of someone before, left out.
  if (vocabulary.gappedActs.some((phrase) => phraseAt(words, index, phrase))) return true;
  for (let next = index, gap = 0; gap < vocabulary.actGap; next++, gap++) {
    const word = words[next];
    if (word === undefined || word.kind !== "word" || word.capitalized) return false;
    if (vocabulary.actVerbs.has(words[next + 1]?.key ?? "")) return true;
  }
  return false;
}

/** The speaker named after the verb, titles and honorifics between. */
function saidBefore(words: readonly Word[], from: number, vocabulary: PeopleVocabulary): boolean {
  if (!hasCue(words, vocabulary, SentenceCue.invertedSpeechVerb)) return false;
  for (let at = from - 1; at >= 0 && from - at <= 6; at--) {
    const word = words[at] as Word;
    if (vocabulary.invertedSpeechVerbs.has(word.key)) return words[at - 1]?.value === "," || words[at - 1]?.value === '"';
    if (!word.capitalized && !vocabulary.titleJoiners.has(word.key)) return false;
  }
  return false;
}

function passiveAfter(words: readonly Word[], to: number, vocabulary: PeopleVocabulary): boolean {
  if (!hasCue(words, vocabulary, SentenceCue.auxiliary)) return false;
  const at = skipApposition(words, to);
  const verb = words[at]?.key ?? "";
  const passive = vocabulary.words.passive;
  if (vocabulary.passiveAuxiliaries.has(verb)) {
    const next = words[at + 1]?.key ?? "";
    return next.endsWith(passive.participleEnding) || vocabulary.passiveParticiples.has(next);
  }
  if (vocabulary.perfectAuxiliaries.has(verb)) return words[at + 1]?.key === passive.perfectParticiple;
  // "X had warned the donors the week before": done before the event.
  if (passive.pastPerfectAuxiliaries?.includes(verb) === true) {
    const next = words[at + 1]?.key ?? "";
    return next.endsWith(passive.participleEnding) || vocabulary.passiveParticiples.has(next) || passive.pastParticiples?.includes(next) === true;
  }
  return false;
}

function otherMeeting(words: readonly Word[], at: number, vocabulary: PeopleVocabulary): boolean {
  if (!hasCue(words, vocabulary, SentenceCue.otherMeetingEnd)) return false;
  for (let index = at - 1; index >= 1 && index >= at - 20; index--) {
    if (phraseEndsAt(words, index, vocabulary.words.otherMeetings)) return true;
  }
  return false;
}

/** Most words between a background clause's opener and its event ("which was launched during the visit"). */
const MAX_BACKGROUND_CLAUSE = 10;

/**
 * The name is the agent of an event that a relative clause dates something by (the lexicon's
 * `backgroundClause`): before it, past its title phrase, "of"/"by", then "during the visit" or
 * the like, and earlier in the same clause a relative opener after a comma.
 */
function inBackgroundClause(words: readonly Word[], from: number, vocabulary: PeopleVocabulary): boolean {
  const clause = vocabulary.words.backgroundClause;
  if (clause === undefined) return false;
  let at = from - 1;
  for (let steps = 0; at >= 0 && steps < MAX_PARTNER_PHRASE && (words[at] as Word).kind === "word" && (words[at] as Word).capitalized; at--, steps++) {
    // the title before the name ("President", "Prime Minister")
  }
  if (!clause.agents.includes(words[at]?.key ?? "")) return false;
  at--;
  if (!clause.events.includes(words[at]?.key ?? "")) return false;
  at--;
  if (words[at]?.key === "the") at--;
  if (!clause.prepositions.includes(words[at]?.key ?? "")) return false;
  for (let index = at - 1; index >= 1 && at - index <= MAX_BACKGROUND_CLAUSE; index--) {
    const word = words[index] as Word;
    if (word.kind !== "word") return false;
    if (clause.openers.includes(word.key)) return words[index - 1]?.value === ",";
  }
  return false;
}
