/** A phrase as lower-case words ("took", "part"). */
export type WordPhrase = readonly string[];

/**
 * The words the people extractor reads to tell who took part in the main event, and the
 * function words of its title grammar. Lower case, as `Word.key` gives them.
 */
export interface PeopleWords {
  /**
   * Words that, in the first body sentences, make the sentence's people take part in the main
   * event ("met", "talks", "visited", "summit"). Every one is an event word of the language;
   * the gathering nouns that only place an event ("session", "forum", "delegation") are not.
   */
  readonly participationWords: readonly string[];
  /** Verbs of speaking or acting at the event, right after a name or its apposition ("said", "stressed"). */
  readonly actVerbs: readonly string[];
  /** Adverbs that may stand between a name and its verb ("also"). */
  readonly actAdverbs: readonly string[];
  /**
   * Most lower-case words that may stand between a name and its verb of acting, where the
   * language puts a phrase there ("Сергей Лавров в своем выступлении отметил"); 0 or absent
   * when only {@link PeopleWords.actAdverbs} may.
   */
  readonly actGap?: number;
  /** Verbs that, after a quotation, come before the speaker's name ('"...," said Ambassador X'). */
  readonly invertedSpeechVerbs: readonly string[];
  /** Phrases that list who took part ("taking part", "attended by", "led by"). */
  readonly participationCues: readonly WordPhrase[];
  /**
   * Words before a name's clause that put the person in the event to come, not this one ("the
   * forthcoming visit ... by Minister X").
   */
  readonly futureWords: readonly string[];
  /** Words before a name's clause that put the person in an earlier time ("the previous visit", "her predecessor X"). */
  readonly earlierWords: readonly string[];
  /**
   * Prepositions that name the other party of an event word ("met with", "talks with"): the
   * person named after one, past a title phrase, took part.
   */
  readonly partnerPrepositions: readonly string[];
  /** Verbs whose direct object is the other party ("received the Ambassador X", "met the Minister X"). */
  readonly partnerVerbs: readonly string[];
  /** Phrases that open a sentence about another, earlier event ("earlier", "before that"). */
  readonly recallOpeners: readonly WordPhrase[];
  /** Phrases after a recall opener that keep the sentence on the event's own day ("earlier in the day", "earlier today"). */
  readonly sameDay: readonly WordPhrase[];
  /**
   * The word that opens reported speech after a verb of speaking ("said that ..."): people named
   * in what was said are spoken of, unless they act in it themselves.
   */
  readonly reportedSpeech: string;
  /** Verbs of speaking after which {@link PeopleWords.reportedSpeech} opens what was said ("said", "stressed", "noted"). */
  readonly reportingVerbs: readonly string[];
  /** Titles of a voice of the issuer ("Spokesperson", "Press Secretary"): who speaks for the release, not at its event. */
  readonly voiceTitles: readonly string[];
  /** Verbs of recalling: a person named shortly after one is recalled, not present. */
  readonly recallVerbs: readonly string[];
  /** Nouns of messages passed on from or to someone who is not there ("greetings", "invitation"). */
  readonly messageNouns: readonly string[];
  /** Phrases before a name whose scope makes the person represented, not present ("behalf of"). */
  readonly onBehalfOf: readonly WordPhrase[];
  /** Words that end the scope of {@link PeopleWords.onBehalfOf} after a comma ("and"). */
  readonly listJoiners: readonly string[];
  /** Phrases before the name of the text's author ("attributable to"). */
  readonly attributions: readonly WordPhrase[];
  /** The preposition of an author ("Statement by"). */
  readonly authorPreposition: string;
  /** Nouns whose "by" names the text's author, not a participant ("statement", "readout", "photo"). */
  readonly authoredNouns: readonly string[];
  /**
   * Lower-case participles whose agent made a thing spoken of, and is named as its author, not
   * as a participant ("the reforms initiated by President X", "реформ, инициированных Главой
   * государства X"): after {@link PeopleWords.authorPreposition}, or right before the agent's
   * title and name where the language has none (an instrumental). Optional.
   */
  readonly authoredParticiples?: readonly string[];
  /** Words that open a journalist's question in a transcript ("q", "question"), before a colon. */
  readonly questionMarkers: readonly string[];
  /** The passive and perfect after a name: the person is spoken of, not acting at the event. */
  readonly passive: {
    /** Auxiliaries of the passive ("was", "were", "is"). */
    readonly auxiliaries: readonly string[];
    /** The ending of a participle after them ("ed"). */
    readonly participleEnding: string;
    /** Participles that do not have that ending, or that count in any case ("born", "appointed"). */
    readonly participles: readonly string[];
    /** Auxiliaries of the perfect ("has", "have")... */
    readonly perfectAuxiliaries: readonly string[];
    /** ...followed by this participle ("been"). */
    readonly perfectParticiple: string;
    /**
     * Auxiliaries of the past perfect ("had"): followed by a participle (the ending, the
     * listed ones, or {@link pastParticiples}) after the name, they tell what the person had
     * done before the event ("X had warned the donors the week before"). Absent: none.
     */
    readonly pastPerfectAuxiliaries?: readonly string[];
    /** Irregular participles read after a past perfect auxiliary ("met", "spoken"). */
    readonly pastParticiples?: readonly string[];
  };
  /** Phrases before the people of another meeting the sentence reports on ("meeting between"). */
  readonly otherMeetings: readonly WordPhrase[];
  /** Nouns of events: an organisation named with one ("the BRICS Summit") is no one's employer. */
  readonly eventNouns: readonly string[];
  /**
   * A relative clause that dates something by another event, whose agent is named after it:
   * the clause's openers after a comma ("which", "that"), the prepositions of time before the
   * event ("during", "at"), the event's nouns ("visit", "meeting") and the words before its
   * agent ("of", "by"), lower case. "..., which was launched during the visit of President X to
   * Oslo": X is the agent of an earlier event, mentioned. Absent: no such clauses are read.
   */
  readonly backgroundClause?: {
    readonly openers: readonly string[];
    readonly prepositions: readonly string[];
    readonly events: readonly string[];
    readonly agents: readonly string[];
  };
  /** The noun of a side in talks ("from the Kazakh side"), and the words before its country. */
  readonly side: { readonly noun: string; readonly before: WordPhrase };
  /**
   * Nouns of a party whose country adjective gives the country of the people named after it
   * ("the Kenyan delegation was led by X", "his Mauritanian counterpart, X").
   */
  readonly partyNouns: readonly string[];
  /**
   * Phrases right after a name (or its apposition) that keep the person away from the event
   * ("was unable to attend", "did not attend"): named, but not taking part.
   */
  readonly absenceCues?: readonly WordPhrase[];
  /**
   * Nouns of a party whose "of <country>" gives the country of the person named after them
   * ("the delegation of Kazakhstan was headed by X", "the representative of the Republic of
   * Kazakhstan, Deputy Chairman X").
   */
  readonly partyOfNouns?: readonly string[];
  /** Lower-case nouns after which a run of capitalised words names a place ("Sayyid Karam district"). */
  readonly placeNouns?: readonly string[];
  /**
   * Head nouns of named things other than bodies, lower case: written capitalised right after
   * a run of capitalised words, they make the run a modifier of the thing's name, not a
   * person's ("Green Jobs Country Programme", "Green Growth Strategy"). The head nouns of
   * bodies' names ("Company", "Foundation") count so too, from the organisations gazetteer.
   */
  readonly namedThingHeads?: readonly string[];
  /**
   * Phrases after which a name is an institution's namesake, not a person of the release
   * ("the Academy of Civil Protection named after Malik Gabdullin"), lower case.
   */
  readonly eponymCues?: readonly WordPhrase[];
  /**
   * Phrases right after a name that stand for an act verb left out because the sentence said it
   * of someone before ("X рассказала о ..., а Y – о ..."): the person acts too.
   */
  readonly gappedActs?: readonly WordPhrase[];
  /**
   * The pronoun of a release written in the first person ("Today I held talks with ..."): the
   * one person its masthead names before the headline is the one who speaks (lower case).
   */
  readonly firstPerson?: readonly string[];
  /** Pronouns that take up a named subject in what the person says ("X informed that he would not attend"). */
  readonly subjectPronouns?: readonly string[];
  /**
   * "<country> was represented by <title> <name>": the verb (as its key) and the auxiliaries
   * between the country and it; the person named after it is that country's.
   */
  readonly representedBy?: { readonly verb: string; readonly auxiliaries: readonly string[] };
  /** Function words the title grammar reads. */
  readonly connectors: {
    /** Words that may stand between the parts of a title phrase before a name ("of", "the", "for"). */
    readonly titlePhrase: readonly string[];
    /**
     * Lower-case words inside a capitalised title phrase ("Minister of the Interior"): a title
     * gives them back when a country's name starts inside it, and they may stand between a
     * verb of speech and the speaker's title.
     */
    readonly titleJoiners: readonly string[];
    /** Words after which a city names a place, not a person ("in", "visited"). */
    readonly beforePlace: readonly string[];
    /** Prepositions that tie a noun to what follows: before a title, they end another noun's phrase ("Visit to Brazil of the Minister"). */
    readonly prepositions: readonly string[];
    /**
     * Words that tie a body to the one it is under ("Committee ... under the Government of
     * Tajikistan"): the role ends before them, their country is still the person's.
     */
    readonly subordination?: readonly string[];
  };
}
