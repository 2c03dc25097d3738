/**
 * The words organisation names are made of and the words around them that tell a name from
 * a title, a person or a government. Lower case, written as in text ("joint-stock"): words
 * compare folded (hyphens and apostrophes dropped, American spellings), the lists alike.
 */
export interface OrganizationWords {
  /** Spellings of one word that differ between British and American usage, folded to the second ("centre" → "center"). */
  readonly spellingVariants: readonly (readonly [variant: string, folded: string])[];
  /** Lower-case words a gazetteer name may hold ("of", "the", "de", "van"): left out when names are compared. */
  readonly nameConnectors: readonly string[];
  /** Lower-case words that join the capitalised words of a name in running text ("Ministry *of* Foreign Affairs"). */
  readonly runConnectors: readonly string[];
  /** Connectors that open a complement, splitting a name into phrases ("Council *of* Ministers *for* ..."). */
  readonly complementConnectors: readonly string[];
  /**
   * Heads of a body that stands in a place named after it ("the *Embassy* of Japan in
   * Mongolia"): after them a {@link OrganizationWords.locationConnectors} word joins the name.
   */
  readonly locatedHeads: readonly string[];
  /**
   * Heads of bodies whose names list several portfolios with commas ("Ministry of Energy, Water
   * Resources and Irrigation"): after their complement a comma and portfolio words go on with
   * the name. By their fold.
   */
  readonly portfolioBodyHeads?: readonly string[];
  /** Words that join a place to a {@link OrganizationWords.locatedHeads} body's name ("in"). */
  readonly locationConnectors: readonly string[];
  /**
   * Acronyms that head a ministry's name, with the name they stand for ("the MFA of
   * Turkmenistan" is the Ministry of Foreign Affairs of Turkmenistan). Matched in capitals.
   */
  readonly headAcronyms: readonly (readonly [acronym: string, name: string])[];
  /**
   * Names every state's ministry of a kind bears ("Ministry of Foreign Affairs"): without a
   * country they are the issuer's, named with its country when the page tells it.
   */
  readonly genericMinistries: readonly string[];
  /** Heads of an organ named by its subject ("Committee on Political Affairs"): never a body of its own. */
  readonly subjectOrganHeads: readonly string[];
  /** Connectors that open such a subject ("on"). */
  readonly subjectConnectors: readonly string[];
  /** Lower-case words of a body two states share ("joint", "intergovernmental"), after a compound of their names. */
  readonly jointWords: readonly string[];
  /** Lower-case heads of such a body ("commission", "committee"). */
  readonly jointHeads: readonly string[];
  /** Singular titles and ranks: they end a name ("CSTO *Secretary* General") and are never organs. */
  readonly titleWords: readonly string[];
  /** Words that follow a title inside it ("Secretary *General*"). */
  readonly postTitleWords: readonly string[];
  /**
   * Capitalised words that never begin or continue a name: pronouns, determiners, prepositions,
   * months. Compared with a word's first hyphen part without dots ("us" of "U.S.-based").
   */
  readonly nonNameWords: readonly string[];
  /** Plural words for people that make "Council of *Ministers*" an organ, not a body of its own. */
  readonly pluralPersons: readonly string[];
  /** Heads of collegial bodies whose "of <people>" complement makes them organs ("Council of Ministers"). */
  readonly collegialHeads: readonly string[];
  /** Words that make a "Council of Ministers of …" a government ("Republic", "Kingdom"). */
  readonly stateWords: readonly string[];
  /** Modifiers by which a national body of the gazetteer stays itself ("U.S. National Security Council"); compared like {@link OrganizationWords.nonNameWords}. */
  readonly ownCountryWords: readonly string[];
  /** Words of a company's legal form or kind, which name no company alone ("Joint Stock Company"). */
  readonly legalFormWords: readonly string[];
  /** Modifiers that make an assembly a parliament of its own, not an organ ("Parliamentary Assembly"). */
  readonly parliamentaryWords: readonly string[];
  /** Words after an acronym that make it an organisation ("XYZ member states"). */
  readonly memberWords: readonly string[];
  /** Head nouns of a government named after its leader ("the Biden *Administration*"). */
  readonly administrationHeads: readonly string[];
  /** Modifiers that make "X Administration" an agency ("Presidential Administration"), not a government. */
  readonly administrationModifiers: readonly string[];
  /** Heads of a news agency's name ("TASS News *Agency*"). */
  readonly newsAgencyHeads: readonly string[];
  /** Words that make such a head a news agency's ("News"). */
  readonly newsWords: readonly string[];
  /** Words that make it a ministry's unit after all ("Press and News *Department*"). */
  readonly unitWords: readonly string[];
  /**
   * Words of a body's press or contact unit ("*Media Relations* Office", "*Press and Public
   * Information* Unit", "Department of *Information*"): a unit named by these words and its
   * head noun alone is an organ of the issuer, never an organisation of its own. Lower case.
   */
  readonly pressUnitWords?: readonly string[];
  /** Head nouns of a parliament's chamber that are not a parliament's own ("*Chamber* of Deputies of the Parliament"), lower case. */
  readonly chamberHeads?: readonly string[];
  /** Words of a local body that name no place ("the *City* Council", "the *Municipal* Assembly"): such a body without its place is no name. Lower case. */
  readonly localBodyWords?: readonly string[];
  /** Plural nouns of elected members that make a council of them a parliament's chamber ("Council of *Representatives*", "Chamber of *Deputies*"), lower case. */
  readonly legislatorWords?: readonly string[];
  /** Heads of the name of armed forces or an armed group ("Rapid Support *Forces*"), lower case. */
  readonly forceHeads?: readonly string[];
  /**
   * A ministry's short name and its full one ("Foreign Ministry", "Ministry of Foreign
   * Affairs"): a body named by the short one is the same as one named by the full one.
   */
  readonly ministryShortNames?: readonly (readonly [short: string, full: string])[];
  /** Words that make such a name no one body's ("*Coalition* Forces", "*Security* Forces", "*Government* Forces"), lower case. */
  readonly genericForceWords?: readonly string[];
  /**
   * Organ words of a short reference to a body the release names by its head noun ("the
   * *Council* of the League", "the Forum *Secretariat*"), lower case.
   */
  readonly shortReferenceOrgans?: readonly string[];
  /** Words a line may put before the issuer's country ("*Government of the* People's Republic of Bangladesh"), lower case. */
  readonly countryLinePrefixes?: readonly string[];
  /** Heads of a building's name ("Cape Town International Convention *Centre*"). */
  readonly buildingHeads?: readonly string[];
  /** Words just before such a head that make the phrase a building, not a body ("*Convention* Centre"). */
  readonly buildingWords?: readonly string[];
  /** Words of a legal form a company's name in quotation marks follows ("Holding *Company* \"Pamir Energy\"", "*JSC* \"Uztransgaz\""), lower case. */
  readonly companyHeads?: readonly string[];
  /**
   * What places a body under a state's highest organ, as part of its name ("Security Council
   * *under* the President of ..."), and the organs it may be placed under (*President*,
   * *Government*), lower case.
   */
  readonly superiorConnectors?: readonly string[];
  readonly superiorOrgans?: readonly string[];
  /** Heads of a group of states inside a body ("African *Group*" of the WTO), lower case. */
  readonly stateGroupHeads?: readonly string[];
  /** Words of a region that name such a group alone ("*African* Group", "*Latin American and Caribbean* Group"), lower case. */
  readonly regionWords?: readonly string[];
}
