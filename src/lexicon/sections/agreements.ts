import type { AgreementKind } from "../../schema/agreement.js";

/**
 * A verb that reports an outcome only with one of some objects near it ("reached
 * consensus", "took decisions"), as a rule with an id a test or a debugger can cite.
 */
export interface ObjectVerbRule {
  /** Stable id, kebab-case ("reach-consensus"). */
  readonly id: string;
  /** The verb's forms that report the outcome (past forms, and present ones where they do). */
  readonly verbs: readonly string[];
  /** Nouns that make the verb an outcome when they stand near it. */
  readonly objects: readonly string[];
  /** The kind of outcome the verb then reports. */
  readonly kind: AgreementKind;
  /**
   * The verb's subject is a document that records outcomes ("The communique formalises the
   * agreements"): the subject is the object, and the present tense reports the outcome too.
   */
  readonly documentSubject?: boolean;
  /**
   * The object must follow the verb: the passive ("the signing was witnessed by ...") only
   * says who looked on at an outcome another sentence reports.
   */
  readonly objectAfterOnly?: boolean;
}

/**
 * A verb that reports a joint outcome only with one of some complements and a subject that
 * names more than one party ("The two ministers confirmed that they would ..."): said by
 * one side alone it is a statement ("The minister confirmed that Japan would ...").
 */
export interface JointVerbRule {
  /** Stable id, kebab-case ("confirm-jointly"). */
  readonly id: string;
  readonly verbs: readonly string[];
  /** Words right after the verb that open the outcome ("that"). */
  readonly complements: readonly string[];
  readonly kind: AgreementKind;
}

/**
 * How a language tells that a past time is meant ("previously agreed", "signed last year",
 * "in recent years", "over the past decade"), for outcomes recalled from earlier events.
 */
export interface EarlierTimeWords {
  /** Words that place what they qualify before the event on their own. */
  readonly words: readonly string[];
  /** Those of {@link words} that do not when one of these follows ("earlier today"). */
  readonly notBefore: Readonly<Record<string, readonly string[]>>;
  /** Words that do when one of these follows ("last year", "recent years"). */
  readonly withNext: Readonly<Record<string, readonly string[]>>;
  /**
   * "the past": the word, the article before it, and the periods that may follow it ("the
   * past years"; nothing, or a pause, does too).
   */
  readonly past: { readonly word: string; readonly after: string; readonly periods: readonly string[] };
}

/**
 * The words the agreements plugin reads: the outcome verbs of the annotation guidelines
 * (agreed, signed, adopted, approved, decided, concluded, committed, pledged, endorsed,
 * ratified, reached consensus or understanding), and the words that make a candidate a
 * hedge, a negation, standing policy or a recall of an earlier event. Lower case, as
 * {@link Word.lower} gives them.
 */
export interface AgreementWords {
  /** Past forms that report an outcome by themselves, by the kind they report. */
  readonly outcomeVerbs: Readonly<Record<AgreementKind, readonly string[]>>;
  /**
   * Verbs that report an outcome only with a given object. A verb in several rules (one per
   * kind its objects give: "приняли решение" decided, "приняли заявление" adopted) is tried
   * with each, in order.
   */
  readonly objectVerbs: readonly ObjectVerbRule[];
  /** Verbs of appointment: their passive reports a decision ("was confirmed as Chairman"). */
  readonly appointmentVerbs: readonly string[];
  /** Base, present and -ing forms of outcome verbs: candidates that are not (yet) outcomes. */
  readonly outcomeLemmaForms: readonly string[];
  /** Auxiliaries of modality and the future: an outcome under them is hedged. */
  readonly modals: readonly string[];
  /** Verbs and adjectives of intention: a candidate after them and "to" is hedged ("plans to sign"). */
  readonly intentions: readonly string[];
  /** Words that make any candidate after them in the clause a condition or a possibility. */
  readonly hedges: readonly string[];
  /** Participles after an -ing candidate that make it a plan ("the signing is planned"). */
  readonly plannedWords: readonly string[];
  /** Words that negate the verb they stand before. */
  readonly negations: readonly string[];
  /** The ending that negates an auxiliary it closes ("didn't"). */
  readonly negationEnding: string;
  /** Adverbs and particles that may stand between a subject or auxiliary and the verb. */
  readonly adverbs: readonly string[];
  /** The ending of manner adverbs, skipped like {@link adverbs} ("formally"). */
  readonly adverbEnding: string;
  /** Past-tense auxiliaries of the main event ("was signed", "has been agreed"). */
  readonly pastAuxiliaries: readonly string[];
  /** Present-tense auxiliaries: "is committed to" states a standing policy, not an outcome. */
  readonly presentAuxiliaries: readonly string[];
  /** Auxiliaries of the passive ("was signed", "has been agreed"). */
  readonly passiveAuxiliaries: readonly string[];
  /** Auxiliaries of the simple past passive, which alone make an appointment a decision. */
  readonly pastPassiveAuxiliaries: readonly string[];
  /** Auxiliary of the past perfect: "had signed" tells of an earlier event. */
  readonly pastPerfect: string;
  /** Other words of a verb group: the infinitive marker and the auxiliary "do". */
  readonly otherAuxiliaries: readonly string[];
  /** The infinitive marker ("plans to sign"). */
  readonly infinitive: string;
  /** Words that join two verbs sharing their auxiliaries ("considered and agreed"). */
  readonly coordinators: readonly string[];
  /** The word that joins the last item of a list ("Mirziyoyev and Lukashenko"). */
  readonly listJoiner: string;
  /** Words that open a second clause sharing the sentence's subject ("..., and agreed"). */
  readonly clauseJoiners: readonly string[];
  /** Determiners: after one, a participle is an adjective ("the agreed plan"). */
  readonly determiners: readonly string[];
  /** The word of "as agreed", which refers to an earlier outcome. */
  readonly asEarlier: string;
  /** Nouns of carrying out what was agreed before: "the implementation of the agreements reached". */
  readonly followUpWords: readonly string[];
  /** Verbs of reporting and discussing: what they govern is talk about outcomes, not one. */
  readonly reportingVerbs: readonly string[];
  /** Verbs of recalling: "He recalled that ... signed" tells of an earlier event. */
  readonly recallingVerbs: readonly string[];
  /** The complementizer after a verb of recalling ("recalled that"). */
  readonly complementizer: string;
  /** Words after which a bare participle modifies the noun before it ("the agreements signed during"). */
  readonly participleFollowers: readonly string[];
  /** Words that open a sentence-initial time adverbial ("In recent years, ..."). */
  readonly timeOpeners: readonly string[];
  /** Words that place a candidate before the event. */
  readonly earlierTime: EarlierTimeWords;
  /**
   * Month names: "of 9 November 2020" dates what it qualifies.
   * TODO(merge): the calendar section's month names, once the lexicon has one.
   */
  readonly monthNames: readonly string[];
  /** Prepositions before a year that dates what they qualify ("in 2018", "since 2015"). */
  readonly yearPrepositions: readonly string[];
  /** Subject words that name no party ("They agreed", "It was decided"). */
  readonly pronounSubjects: readonly string[];
  /** Words that start the complement of an outcome verb and are not part of the object. */
  readonly complementMarkers: readonly string[];
  /** Words that open an introductory phrase, not a subject ("In accordance with ..., the heads signed"). */
  readonly prepositions: readonly string[];
  /** Irregular past forms that end a sentence-initial subject ("They held talks, and agreed"). */
  readonly irregularPast: readonly string[];
  /** The ending of regular past forms and participles. */
  readonly pastEnding: string;
  /** The ending of gerunds and present participles. */
  readonly gerundEnding: string;
  /** Auxiliaries of a finite verb after a participle: "The agreement signed today will boost trade". */
  readonly finiteAuxiliaries: readonly string[];
  /** Words that may stand between that participle and its finite verb besides {@link adverbs}. */
  readonly participleAdverbs: readonly string[];
  /** Words that can open a noun phrase standing as a subject. */
  readonly phraseOpeners: readonly string[];
  /** Adverbs that open a sentence before its subject ("Today the ministers signed"); not "both" or "all". */
  readonly openingAdverbs: readonly string[];
  /** The word that introduces the agent of a passive ("signed by"). */
  readonly agentMarker: string;
  /** Words that end an agent ("signed by the ministers during the visit"). */
  readonly agentStops: readonly string[];
  /** Honorifics that may stand inside a party's name ("Mr Lavrov and Mr Wang"). */
  readonly partyHonorifics: readonly string[];
  /**
   * Present forms that open an operative paragraph of a resolution or communiqué, by the kind
   * they report ("Decides to establish ...", "5. Endorses the Roadmap ..."): the body's
   * outcome, said without a subject. Capitalised at the start of a paragraph, or after its
   * opening participial phrase.
   */
  readonly operativeVerbs: Readonly<Partial<Record<AgreementKind, readonly string[]>>>;
  /**
   * Present forms said by the parties of a joint text of their own outcome ("We agree to
   * ...", "We endorse the plan"), by kind, after a subject of {@link performativeSubjects}.
   */
  readonly performativeVerbs: Readonly<Partial<Record<AgreementKind, readonly string[]>>>;
  /** Subjects that make a present outcome verb performative ("we", "the two sides"): the word right before the verb. */
  readonly performativeSubjects: readonly string[];
  /**
   * The complements a performative verb needs, when it needs one ("agree to", not "agree
   * that terrorism is a threat", which is an opinion).
   */
  readonly performativeComplements: Readonly<Record<string, readonly string[]>>;
  /**
   * Participles and adjectives that open a preambular paragraph ("Recalling ...", "Noting
   * ...", "Guided by ..."): a paragraph that opens with one and ends without a full stop
   * states the context of the operative ones; the outcomes it names are earlier ones.
   */
  readonly preambleOpeners: readonly string[];
  /** Marks that end a preambular paragraph (";" and ","), as they end its sentence. */
  readonly preambleEnds: readonly string[];
  /** Verbs that report a joint outcome only with a complement and a joint subject. */
  readonly jointVerbs: readonly JointVerbRule[];
  /** Words that make a subject name more than one party ("two", "both", "sides", "they"). */
  readonly jointSubjectWords: readonly string[];
  /**
   * Pronouns of one person: a decision that one speaker reports as his own ("he explained
   * that he has decided to postpone his visit") is no outcome reached in the event.
   */
  readonly singularPronouns: readonly string[];
  /** Words after a participle opening a sentence that make it a caption ("Adopted by the Council at its 1156th meeting"). */
  readonly captionFollowers: readonly string[];
  /**
   * Pronouns that open a relative clause ("которые" of "соглашения, которые были подписаны"):
   * an outcome verb in one is read with the noun it qualifies. Optional; none by default.
   */
  readonly relativePronouns?: readonly string[];
  /**
   * What a verb of deciding solves rather than decides, right after it ("решили вопрос"), as
   * keys (`Word.key`). Optional; none by default.
   */
  readonly solvedObjects?: readonly string[];
  /**
   * Words after which the infinitive of an outcome verb reports the outcome ("удалось
   * договориться", "смогли согласовать"), lower case. Optional; none by default.
   */
  readonly successWords?: readonly string[];
}
